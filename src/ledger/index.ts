/** The ledger reader: messy open-items sheets in, typed ledger, issues and control totals out. */
export type {
  ColumnMatch,
  ControlTotals,
  CurrencyControl,
  Invoice,
  Ledger,
  LedgerField,
  LedgerIssue,
  LedgerReadResult,
  ReadLedgerOptions,
} from "./types";
export { LedgerError } from "./ledger-error";
export { readLedger } from "./read-ledger";
export { ledgerRow, ledgerRows } from "./rows/ledger-rows";
export { FIELD_LABELS, FIELD_LABELS_NL, LEDGER_FIELDS } from "./header/ledger-fields";
export { columnLetter, columnIndexOfLetter } from "./header/column-letter";
export { headerSignature } from "./header/header-signature";
