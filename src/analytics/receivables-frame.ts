/**
 * The columnar form every analysis runs on: one typed array per fact the metrics need (epoch days as
 * Int32, cents as Float64 holding whole numbers), customers as small integers. Built from a
 * {@link Ledger} ({@link frameFromLedger}) or straight from CSV bytes by the fast reader. Typed
 * arrays rather than row objects keep a million-row ledger at tens of megabytes and let the metric
 * loops run without allocation.
 */
import type { DebtorKind } from "../ledger";

/** Epoch day meaning "no day". */
export const NO_DAY = -2147483648;

/**
 * Per-customer details: the last non-empty value the ledger gives for the customer; the debtor's
 * kind as the ledger decides it (one consumer row makes a consumer).
 */
export interface CustomerInfo {
  id: string;
  name: string | null;
  creditLimit: number | null;
  kvk: string | null;
  vatId: string | null;
  iban: string | null;
  debtorType: DebtorKind | null;
  paymentTermDays: number | null;
}

/** The ledger as typed columns. */
export interface ReceivablesFrame {
  readonly length: number;
  /** Index into {@link customers}. */
  readonly customer: Int32Array;
  readonly customers: readonly CustomerInfo[];
  /** The invoice number of row i (a function so the fast reader can cut it from the text lazily). */
  readonly invoiceId: (i: number) => string;
  /** Epoch days ({@link NO_DAY} when absent). */
  readonly invoiceDay: Int32Array;
  /** The due date, or invoice date + payment term when the ledger has none (see dueDerived). */
  readonly dueDay: Int32Array;
  /** 1 when dueDay was derived from invoice date + term, 2 when no day at all was available. */
  readonly dueDerived: Uint8Array;
  readonly settledDay: Int32Array;
  /** Invoice amount in cents (negative for credit notes). */
  readonly amount: Float64Array;
  /** Open amount in cents as the ledger gives it (at its export day). */
  readonly open: Float64Array;
  readonly disputed: Uint8Array;
  readonly writtenOff: Uint8Array;
  /** Best available day of a write-off (see frameFromLedger), NO_DAY when not written off. */
  readonly writeOffDay: Int32Array;
  /**
   * The currency of every amount in the frame (ISO 4217); absent means euro. A frame holds one
   * currency only: amounts in different currencies are never added.
   */
  readonly currency?: string;
  /** The ledger's rows in other currencies, kept out of every figure and listed apart. */
  readonly otherCurrencies?: readonly OtherCurrencyItem[];
  /** Which optional columns the ledger has (so a missing column is not flagged per customer). */
  readonly has: {
    readonly kvk: boolean;
    readonly vatId: boolean;
    readonly iban: boolean;
    readonly creditLimit: boolean;
    readonly settledDate: boolean;
  };
}

/** A ledger row in a currency other than the frame's: shown on its own, never added to the figures. */
export interface OtherCurrencyItem {
  currency: string;
  invoiceId: string;
  customerId: string;
  customerName: string | null;
  /** ISO days, null when absent. */
  invoiceDate: string | null;
  dueDate: string | null;
  /** Cents of `currency`. */
  amount: number;
  open: number;
  writtenOff: boolean;
}

/** Options shared by the frame builders. */
export interface FrameOptions {
  /** The currency the figures are in (default "EUR"); rows in another currency are listed apart. */
  currency?: string;
  /** Payment term for invoices without due date and without a term (default 30, art. 6:119a BW). */
  defaultTermDays?: number;
}

/** A frame under construction: the typed arrays at a capacity, filled by the readers. */
export interface FrameColumns {
  customer: Int32Array;
  invoiceDay: Int32Array;
  dueDay: Int32Array;
  dueDerived: Uint8Array;
  settledDay: Int32Array;
  amount: Float64Array;
  open: Float64Array;
  disputed: Uint8Array;
  writtenOff: Uint8Array;
  writeOffDay: Int32Array;
}

/**
 * Allocates the typed columns for `n` rows, the day columns filled with {@link NO_DAY}; with
 * `filled` false all zero (for a caller that overwrites every row anyway).
 */
export function allocateColumns(n: number, filled = true): FrameColumns {
  const days = (): Int32Array => (filled ? new Int32Array(n).fill(NO_DAY) : new Int32Array(n));
  return {
    customer: new Int32Array(n),
    invoiceDay: days(),
    dueDay: days(),
    dueDerived: new Uint8Array(n),
    settledDay: days(),
    amount: new Float64Array(n),
    open: new Float64Array(n),
    disputed: new Uint8Array(n),
    writtenOff: new Uint8Array(n),
    writeOffDay: days(),
  };
}

/** The first `n` rows of `columns` (views, no copy). */
export function trimColumns(columns: FrameColumns, n: number): FrameColumns {
  return {
    customer: columns.customer.subarray(0, n),
    invoiceDay: columns.invoiceDay.subarray(0, n),
    dueDay: columns.dueDay.subarray(0, n),
    dueDerived: columns.dueDerived.subarray(0, n),
    settledDay: columns.settledDay.subarray(0, n),
    amount: columns.amount.subarray(0, n),
    open: columns.open.subarray(0, n),
    disputed: columns.disputed.subarray(0, n),
    writtenOff: columns.writtenOff.subarray(0, n),
    writeOffDay: columns.writeOffDay.subarray(0, n),
  };
}

/**
 * Fills in due days that are missing: invoice day + the row's term, else the customer's term, else
 * the default term. Marks them in dueDerived (1), or 2 when there is no invoice day either.
 */
export function deriveMissingDueDays(
  columns: FrameColumns,
  customers: readonly CustomerInfo[],
  rowTerms: ArrayLike<number> | null,
  defaultTermDays: number
): void {
  const n = columns.dueDay.length;
  for (let i = 0; i < n; i++) {
    if (columns.dueDay[i] !== NO_DAY) continue;
    const invoiceDay = columns.invoiceDay[i] as number;
    if (invoiceDay === NO_DAY) {
      columns.dueDerived[i] = 2;
      continue;
    }
    const rowTerm = rowTerms === null ? -1 : (rowTerms[i] as number);
    const term =
      rowTerm >= 0
        ? rowTerm
        : (customers[columns.customer[i] as number]?.paymentTermDays ?? defaultTermDays);
    columns.dueDay[i] = invoiceDay + term;
    columns.dueDerived[i] = 1;
  }
}
