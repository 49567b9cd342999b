/**
 * The typed shape of a ledger read from a sheet: the fields a column can map to, one invoice row,
 * the columnar ledger, and what {@link readLedger} reports (column matches, issues, control totals).
 */
import type { DayOrder, IsoDay, DateSystem, Cents, Notation } from "../core";

/** Consumer or business debtor: it decides the dunning ladder, the statutory interest rate and when collection costs may be charged. */
export type DebtorKind = "business" | "consumer";

/** A ledger field that a sheet column can be mapped to. */
export type LedgerField =
  | "invoiceId"
  | "customerId"
  | "customerName"
  | "invoiceDate"
  | "dueDate"
  | "amount"
  | "openAmount"
  | "settledDate"
  | "currency"
  | "description"
  | "reference"
  | "status"
  | "disputed"
  | "writtenOff"
  | "handedOver"
  | "doNotRemind"
  | "reminderStage"
  | "reminderDate"
  /** The day the goods were delivered (Leverdatum): the recht van reclame counts from it. */
  | "deliveryDate"
  | "contactPerson"
  | "address"
  | "postcode"
  | "city"
  | "country"
  | "email"
  | "phone"
  | "kvk"
  | "vatId"
  | "iban"
  | "creditLimit"
  | "debtorType"
  | "language"
  | "paymentTermDays"
  /** Invoice or credit note (e-Boekhouden's "Soort"); read to give a credit note its minus sign. */
  | "documentType";

/** One accepted open-items row. Money in cents, days as ISO days; absent optional data is `null`. */
export interface Invoice {
  /** 1-based sheet row the invoice was read from. */
  sheetRow: number;
  invoiceId: string;
  /** The customer number, or the customer name when the sheet has no number for this row. */
  customerId: string;
  customerName: string | null;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  /** Invoice amount; negative for a credit note. */
  amount: Cents;
  /** What is still to be paid; derived from amount and settled date when the sheet has no such column. */
  openAmount: Cents;
  settledDate: IsoDay | null;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  description: string | null;
  reference: string | null;
  /** The status text as written in the sheet. */
  status: string | null;
  disputed: boolean;
  writtenOff: boolean;
  handedOver: boolean;
  /**
   * Do not remind (aanmaningsstop): a yes/no column such as Blokkeren / Aanmaningsstop, or a status
   * such as "Niet aanmanen", "Geblokkeerd", "On hold". The invoice stays open in every figure.
   */
  doNotRemind: boolean;
  reminderStage: number | null;
  reminderDate: IsoDay | null;
  /**
   * The day the goods were delivered; only present when the sheet has a delivery-date column (a
   * ledger without one keeps its exact shape). Empty or unreadable: null (the invoice date is used).
   */
  deliveryDate?: IsoDay | null;
  contactPerson: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  country: string | null;
  email: string | null;
  phone: string | null;
  kvk: string | null;
  vatId: string | null;
  iban: string | null;
  creditLimit: Cents | null;
  debtorType: DebtorKind | null;
  language: "nl" | "en" | null;
  paymentTermDays: number | null;
}

/** Accepted invoices stored column by column (one array per {@link Invoice} key, all of `length`). */
export interface Ledger {
  readonly length: number;
  readonly columns: { readonly [K in keyof Invoice]: Invoice[K][] };
}

/** A sheet column mapped to a field. `confidence` is 1 for an exact known name, lower for a partial match. */
export interface ColumnMatch {
  field: LedgerField;
  /** The header text as written in the sheet. */
  header: string;
  /** 0-based column index in the values array. */
  index: number;
  /** Excel column letter ("A", "AB"). */
  letter: string;
  confidence: number;
  /**
   * Share (0..1) of the column's filled cells that fit the field (dates for a date field, amounts
   * for a money field); absent when the field has no kind to check or there were fewer than 3 values.
   */
  fit?: number;
}

/**
 * One rejected or doubtful row or cell. `row` is the 1-based sheet row; `column` the header text
 * (null for a whole-row issue); `value` the raw cell as text. An `error` means the row was rejected,
 * a `warning` that it was accepted but deserves a look, `info` that nothing is wrong but the reader
 * says what it did (a totals row of the export left out of every figure).
 */
export interface LedgerIssue {
  row: number;
  column: string | null;
  value: string;
  /** What is wrong, in English (the CLI and the JSON output use this one). */
  message: string;
  /** The same in Dutch, naming the same value, row and amounts (the task pane in Dutch). */
  messageNl: string;
  severity: "error" | "warning" | "info";
}

/**
 * Counts and sums that reconcile exactly: accepted + rejected = rowsRead, and per money total
 * accepted + rejected = read. Blank rows are counted apart and are not in rowsRead. An amount that
 * cannot be parsed counts as 0 cents.
 */
export interface ControlTotals {
  rowsRead: number;
  accepted: number;
  rejected: number;
  blankRows: number;
  /** Column sums as written; with more than one currency a checksum only — show {@link currencies}. */
  amount: { read: Cents; accepted: Cents; rejected: Cents };
  open: { read: Cents; accepted: Cents; rejected: Cents };
  /**
   * The same totals per currency (the default currency first, then A–Z), each reconciling on its
   * own; they partition the rows and the column sums above. Empty when no row was read.
   */
  currencies: CurrencyControl[];
  /**
   * Totals and subtotal rows of the export itself ("Totaal", a sum row): not invoices, so, like blank
   * rows, not in rowsRead nor in any figure; their amounts as printed (each reported as info).
   */
  excluded: { rows: number; amount: Cents; open: Cents };
}

/** The control totals of the rows in one currency (a rejected row counts in the currency it names). */
export interface CurrencyControl {
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  amount: { read: Cents; accepted: Cents; rejected: Cents };
  open: { read: Cents; accepted: Cents; rejected: Cents };
}

/** Options for {@link readLedger}; every one is optional. */
export interface ReadLedgerOptions {
  /** Day the ledger is judged on; an invoice settled after it still counts as open. */
  asOf?: IsoDay;
  /** Excel date system of numeric dates (default 1900). */
  dateSystem?: DateSystem;
  /** Explicit field -> column: the header text (case-insensitive) or a column letter. Overrides detection. */
  mapping?: Partial<Record<LedgerField, string>>;
  /** 1-based sheet row of the header; overrides detection. */
  headerRow?: number;
  /** Currency of rows without one (default "EUR"). */
  defaultCurrency?: string;
  /** Day order of numeric text dates such as 05/06/2026; overrides detection. */
  dayOrder?: DayOrder;
  /** Notation of text amounts such as 1.234; overrides detection. */
  notation?: Notation;
  /** Sheet row number of values[0] (default 1). */
  firstRow?: number;
  /**
   * Mappings the user confirmed earlier, by the header signature of their export (see
   * {@link headerSignature}). Without an explicit `mapping` and `headerRow`, a row among the first
   * 30 whose signature is here is taken for the header and its mapping applies.
   */
  profiles?: Readonly<Record<string, Partial<Record<LedgerField, string>>>>;
}

/** Everything {@link readLedger} found out about a sheet. */
export interface LedgerReadResult {
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: ColumnMatch[];
  /** Non-empty header texts that were not mapped to a field. */
  ignoredHeaders: string[];
  /** The header row's cell texts in column order ("" for a blank cell). */
  headers: string[];
  /** The header signature whose remembered mapping (options.profiles) was applied, or null. */
  profile: string | null;
  /** Day order used for numeric text dates, or null when no text date needed one. */
  dayOrder: DayOrder | null;
  /** Notation used for text amounts, or null when none needed one. */
  notation: Notation | null;
  ledger: Ledger;
  issues: LedgerIssue[];
  control: ControlTotals;
}
