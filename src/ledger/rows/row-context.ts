/**
 * What reading a data row of one sheet needs (the columns found, each money and date column's
 * notation, the date system, the as-of day) and what it gives: an invoice or a rejection.
 */
import type { Notation, IsoDay, DayOrder, DateSystem, Cents } from "../../core";
import type { ColumnDecision } from "../header/column-decision";
import type { SubtotalColumns } from "./subtotal-row";
import type { ColumnMatch, Invoice, LedgerField, LedgerIssue } from "../types";

/** The money columns whose notation is decided per sheet. */
export type MoneyField = "amount" | "openAmount" | "creditLimit";
/** The date columns whose day order is decided per sheet. */
export type DateField = "invoiceDate" | "dueDate" | "settledDate" | "reminderDate";

/** What every row of one sheet shares. */
export interface RowContext {
  columns: ReadonlyMap<LedgerField, ColumnMatch>;
  notations: Readonly<Record<MoneyField, ColumnDecision<Notation>>>;
  dayOrders: Readonly<Record<DateField, ColumnDecision<DayOrder>>>;
  dateSystem: DateSystem;
  asOf: IsoDay | null;
  defaultCurrency: string;
  subtotal: SubtotalColumns;
}

/** An accepted invoice with its warnings, or a rejection with its errors and what it weighs. */
export type RowOutcome =
  | { accepted: true; invoice: Invoice; issues: LedgerIssue[] }
  | {
      accepted: false;
      amount: Cents;
      open: Cents;
      issues: LedgerIssue[];
      /** The row's currency when it could be read (else the default currency is counted). */
      currency?: string;
    };
