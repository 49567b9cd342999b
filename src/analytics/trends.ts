/**
 * Trends: the metrics at each month-end of the last 13 months, as far as the ledger's history
 * reaches. A month-end before the first invoice plus the metric window is left out rather than shown
 * with a made-up value.
 */
import { badDebtAt, type BadDebt } from "./bad-debt";
import type { DailySums } from "./daily-sums";
import { receivableMetrics, type MetricOptions, type ReceivableMetrics } from "./dso";
import { monthEndsUpTo, windowStart } from "./month-windows";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;

/** One point of the trends. */
export interface TrendPoint {
  metrics: ReceivableMetrics;
  badDebt: BadDebt;
}

/**
 * The metrics at the month-ends up to `d` (the last point is `d` itself, a month-end or not), at
 * most `count` (default 13), oldest first. Empty when the ledger has no payment history.
 */
export function trends(
  frame: ReceivablesFrame,
  sums: DailySums,
  d: number,
  options: MetricOptions & { count?: number } = {}
): TrendPoint[] {
  if (sums.firstDay === noDay || options.payments === false) return [];
  const months = options.months ?? 3;
  return monthEndsUpTo(d, options.count ?? 13)
    .filter((end) => windowStart(end, months) >= sums.firstDay - 1)
    .map((end) => ({
      metrics: receivableMetrics(frame, sums, end, options),
      badDebt: badDebtAt(sums, end),
    }));
}
