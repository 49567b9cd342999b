/** The ledger reader: messy open-items sheets in, typed ledger, issues and control totals out. */
export { cellText, classifyCell, isBlankRow, isExcelError, textOfCell } from "./cells/cell";
export { currencyCodeOf, headerCurrency, splitForeignCurrency } from "./cells/currency-code";
export { debtorTypeOf, readDebtorType } from "./cells/debtor-type";
export { readLanguage } from "./cells/language-code";
export { readPaymentTerm } from "./cells/payment-term";
export { readReminderStage } from "./cells/reminder-stage";
export { statusFlags, statusStopsReminders } from "./cells/status-flags";
export { fitsValues, isSureMatch } from "./cells/value-fit";
export { readYesNo, yesNoOf } from "./cells/yes-no";
export { assignColumns } from "./header/column-assignment";
export { columnIndexOfLetter, columnLetter } from "./header/column-letter";
export { detectHeader } from "./header/header-detect";
export { matchHeader } from "./header/header-match";
export { headerSignature } from "./header/header-signature";
export { normalizeHeader } from "./header/header-text";
export {
  FIELD_LABELS,
  FIELD_LABELS_NL,
  LEDGER_FIELDS,
  REQUIRED_FIELDS,
  isLedgerField,
} from "./header/ledger-fields";
export { ledgerCustomers, mergeDebtorKind } from "./customers";
export type { LedgerCustomer } from "./customers";
export { LedgerError } from "./ledger-error";
export { readLedger } from "./read-ledger";
export { INVOICE_KEYS, LedgerBuilder, ledgerRow, ledgerRows } from "./rows/ledger-builder";
export { derivedOpen, openAmountDoubt } from "./rows/open-amount";
export { isTotalLabel } from "./rows/subtotal-row";
export type {
  ColumnMatch,
  ControlTotals,
  CurrencyControl,
  DebtorKind,
  Invoice,
  Ledger,
  LedgerField,
  LedgerIssue,
  LedgerReadResult,
  ReadLedgerOptions,
} from "./types";
