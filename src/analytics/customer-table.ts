/**
 * The customer table of the report: one row per customer with something open or something to flag,
 * largest exposure first, by a plain sort: a data-frame library that compiles its comparators with
 * Function() would be refused by the workbench's Content-Security-Policy (no 'unsafe-eval').
 */
import type { CreditFlag } from "./credit-flags";

/** One customer row; amounts in cents, days as floats (rounded for output only). */
export interface CustomerRow {
  index: number;
  id: string;
  name: string | null;
  open: number;
  buckets: number[];
  creditLimit: number | null;
  settled: number;
  avgDaysLate: number | null;
  medianDaysLate: number | null;
  paidLatePct: number | null;
  trend: number | null;
  disputes: number;
  flags: CreditFlag[];
}

/** Orders `rows` by open amount (largest first), then by customer id; keeps those open or flagged. */
export function customerTable(rows: readonly CustomerRow[]): CustomerRow[] {
  return rows
    .filter((row) => row.open !== 0 || row.flags.length > 0)
    .sort((a, b) => b.open - a.open || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
