/**
 * The customer table of the report: one row per customer with something open or something to flag,
 * largest exposure first. Assembled as an arquero table: per-customer columns are joined into one
 * frame and ordered there, which keeps the report's tables in one shape for the HTML and JSON writers.
 */
import { desc, table } from "arquero";
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
  const kept = rows.filter((row) => row.open !== 0 || row.flags.length > 0);
  if (kept.length === 0) return [];
  const frame = table({
    position: kept.map((_, i) => i),
    open: kept.map((row) => row.open),
    id: kept.map((row) => row.id),
  }).orderby(desc("open"), "id");
  const order = frame.array("position") as ArrayLike<number>;
  return Array.from(order, (i) => kept[i] as CustomerRow);
}
