/**
 * Cash-in forecast: expected receipts per week for the next 13 weeks. Each open item is expected at
 * its due date plus the customer's median days late (the portfolio median when the customer has no
 * settled invoices in the last year; 0 when the ledger has no payment history at all). An item whose
 * expected day has already passed is spread over the weeks by the observed distribution: of the
 * past payments that were later than this item is now, the share that came in each week. What falls
 * beyond the 13 weeks, or has no observed pattern, is "later". Weeks + later = AR, to the cent
 * (largest-remainder split of each spread amount).
 */
import { largestRemainder } from "../core";
import { openAt } from "./open-at";
import type { PaymentBehaviour } from "./payment-behaviour";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** The forecast: `weeks[k]` covers days d+1+7k .. d+7+7k. Amounts in cents. */
export interface CashForecast {
  /** Epoch day each week starts. */
  weekStart: number[];
  amounts: number[];
  /** Expected after the last week, or not foreseeable. */
  later: number;
  total: number;
}

/** Index of the first value > x in sorted `values`. */
function upperBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The forecast on epoch day `d` over `weeks` weeks (default 13). */
export function cashForecast(
  frame: ReceivablesFrame,
  behaviour: PaymentBehaviour,
  d: number,
  weeks = 13
): CashForecast {
  const amounts = new Array<number>(weeks).fill(0);
  let later = 0;
  let total = 0;
  const portfolio = behaviour.portfolioMedian ?? 0;
  const shift = Int32Array.from(behaviour.customers, (c) =>
    Math.round(c.medianDaysLate ?? portfolio)
  );
  // Overdue items, to be spread afterwards by how late they are already (days past due, d - due).
  const overdueRows = new Int32Array(frame.length);
  let overdueCount = 0;
  let minLate = Infinity;
  let maxLate = -Infinity;
  const { dueDay, customer, length } = frame;
  for (let i = 0; i < length; i++) {
    const open = openAtRow(frame, i, d);
    if (open === 0) continue;
    total += open;
    const due = dueDay[i] as number;
    if (due === noDay) {
      later += open;
      continue;
    }
    const expected = due + (shift[customer[i] as number] as number);
    if (expected > d) {
      const week = Math.floor((expected - d - 1) / 7);
      if (week < weeks) amounts[week] = (amounts[week] as number) + open;
      else later += open;
    } else {
      overdueRows[overdueCount++] = i;
      if (d - due < minLate) minLate = d - due;
      if (d - due > maxLate) maxLate = d - due;
    }
  }
  // Σ open per lateness (exact: whole cents), then each lateness is spread on its own.
  const byLateness = new Float64Array(overdueCount > 0 ? maxLate - minLate + 1 : 0);
  const seen = new Uint8Array(byLateness.length);
  for (let j = 0; j < overdueCount; j++) {
    const i = overdueRows[j] as number;
    const at = d - (dueDay[i] as number) - minLate;
    byLateness[at] = (byLateness[at] as number) + openAtRow(frame, i, d);
    seen[at] = 1;
  }
  const samples = behaviour.portfolioDaysLate;
  for (let at = 0; at < byLateness.length; at++) {
    if (seen[at] === 0) continue;
    const lateness = at + minLate;
    const amount = byLateness[at] as number;
    // Payments later than `lateness` days: paid on due + x, i.e. (x - lateness) days after d.
    const from = upperBound(samples, lateness);
    const weights: bigint[] = [];
    let previous = from;
    for (let k = 0; k < weeks; k++) {
      const end = upperBound(samples, lateness + 7 * (k + 1));
      weights.push(BigInt(end - previous));
      previous = end;
    }
    weights.push(BigInt(samples.length - previous));
    if (samples.length - from === 0) {
      later += amount;
      continue;
    }
    const parts = largestRemainder(Math.abs(amount), weights);
    const sign = amount < 0 ? -1 : 1;
    parts.forEach((part, k) => {
      if (k < weeks) amounts[k] = (amounts[k] as number) + sign * part;
      else later += sign * part;
    });
  }
  return {
    weekStart: amounts.map((_, k) => d + 1 + 7 * k),
    amounts,
    later,
    total,
  };
}
