/**
 * The DSO family and CEI on a day, from the frame: AR and current AR at the day, credit sales per
 * month from the running totals, then the pure formulas of src/core.
 *
 * They divide receivables by what was sold, so they need the sales of the window: a ledger that
 * records invoices as paid (a settled date, or nothing left open) for invoices of those months. An
 * open-items list holds only what is still open — partly paid rows included — and its "sales" are
 * those open items alone: DSO would come out near the age of the items (often 140 days and more).
 * Without a settled invoice in the window, DSO, BPDSO, ADD and CEI are null (not computable).
 */
import {
  averageDaysDelinquent,
  bestPossibleDso,
  countbackDso,
  standardDso,
  collectionEffectiveness,
} from "../core";
import { arAt, type ArTotals } from "./open-at";
import { salesBetween, settledBetween, type DailySums } from "./daily-sums";
import { monthsBack, windowStart } from "./month-windows";
import type { ReceivablesFrame } from "./receivables-frame";

/** Options of {@link receivableMetrics}. */
export interface MetricOptions {
  /** Months of sales for standard DSO, BPDSO and CEI (default 3). */
  months?: number;
  /** How far countback DSO may look back (default 24 months). */
  countbackMonths?: number;
  /** False when the ledger has no settled dates: AR at the window start, and so CEI, is unknown. */
  payments?: boolean;
}

/** The metrics on one day. Days and percentages as floats (rounded only for output); null = not computable. */
export interface ReceivableMetrics extends ArTotals {
  day: number;
  /** Credit sales in the N-month window and its length in days. */
  sales: number;
  days: number;
  /** Settled invoices invoiced in the window: 0 means no payment history there, so no DSO family. */
  settledInWindow: number;
  dsoCountback: number | null;
  dsoStandard: number | null;
  bpdso: number | null;
  add: number | null;
  cei: number | null;
  overduePct: number | null;
  over90Pct: number | null;
}

/** The DSO family, CEI, % overdue and % over 90 on epoch day `d`. */
export function receivableMetrics(
  frame: ReceivablesFrame,
  sums: DailySums,
  d: number,
  options: MetricOptions = {},
  totals: ArTotals = arAt(frame, d)
): ReceivableMetrics {
  const months = options.months ?? 3;
  const start = windowStart(d, months);
  const days = d - start;
  const sales = salesBetween(sums, start, d);
  const settledInWindow = settledBetween(sums, start, d);
  if (settledInWindow === 0) {
    return {
      ...totals,
      day: d,
      sales,
      days,
      settledInWindow,
      dsoCountback: null,
      dsoStandard: null,
      bpdso: null,
      add: null,
      cei: null,
      overduePct: totals.ar > 0 ? (totals.overdue / totals.ar) * 100 : null,
      over90Pct: totals.ar > 0 ? (totals.over90 / totals.ar) * 100 : null,
    };
  }
  const periods = monthsBack(d, options.countbackMonths ?? 24).map((p) => ({
    sales: salesBetween(sums, p.after, p.to),
    days: p.days,
  }));
  const dsoStandard = standardDso(totals.ar, sales, days);
  const bpdso = bestPossibleDso(totals.current, sales, days);
  const cei =
    options.payments === false
      ? null
      : collectionEffectiveness(arAt(frame, start).ar, sales, totals.ar, totals.current);
  return {
    ...totals,
    day: d,
    sales,
    days,
    settledInWindow,
    dsoCountback: countbackDso(totals.ar, periods),
    dsoStandard,
    bpdso,
    add: averageDaysDelinquent(dsoStandard, bpdso),
    cei,
    overduePct: totals.ar > 0 ? (totals.overdue / totals.ar) * 100 : null,
    over90Pct: totals.ar > 0 ? (totals.over90 / totals.ar) * 100 : null,
  };
}
