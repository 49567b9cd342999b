// The VAT-relief list and the cash-in forecast as they were before the counting sort and the
// typed-array grouping (kept verbatim as oracles for test/analytics/report-passes.test.ts).
import {
  toEpochDay,
  largestRemainder,
  cents,
  vatReliefAmount,
  vatReliefDate,
} from "../../src/core";
import {
  type CashForecast,
  isoOf,
  openAt,
  type PaymentBehaviour,
  NO_DAY,
  type ReceivablesFrame,
  type VatReliefCandidate,
} from "../../src/analytics";

export function referenceVatRelief(
  frame: ReceivablesFrame,
  d: number,
  vatRatePercent = 21
): VatReliefCandidate[] {
  const out: VatReliefCandidate[] = [];
  for (let i = 0; i < frame.length; i++) {
    const due = frame.dueDay[i] as number;
    if (due === NO_DAY || d - due < 365) continue;
    const open = openAt(frame, i, d);
    if (open <= 0) continue;
    const reliefDay = toEpochDay(vatReliefDate(isoOf(due) as Parameters<typeof vatReliefDate>[0]));
    if (reliefDay > d) continue;
    out.push({
      invoiceId: frame.invoiceId(i),
      customer: frame.customer[i] as number,
      dueDay: due,
      reliefDay,
      open,
      vat: vatReliefAmount(cents(open), vatRatePercent),
    });
  }
  return out.sort((a, b) => a.reliefDay - b.reliefDay || a.dueDay - b.dueDay);
}

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

export function referenceCashForecast(
  frame: ReceivablesFrame,
  behaviour: PaymentBehaviour,
  d: number,
  weeks = 13
): CashForecast {
  const amounts = new Array<number>(weeks).fill(0);
  let later = 0;
  let total = 0;
  const overdueByLateness = new Map<number, number>();
  const portfolio = behaviour.portfolioMedian ?? 0;
  const medians = behaviour.customers.map((c) => c.medianDaysLate ?? portfolio);
  for (let i = 0; i < frame.length; i++) {
    const open = openAt(frame, i, d);
    if (open === 0) continue;
    total += open;
    const due = frame.dueDay[i] as number;
    if (due === NO_DAY) {
      later += open;
      continue;
    }
    const expected = due + Math.round(medians[frame.customer[i] as number] as number);
    if (expected > d) {
      const week = Math.floor((expected - d - 1) / 7);
      if (week < weeks) amounts[week] = (amounts[week] as number) + open;
      else later += open;
    } else {
      const lateness = d - due;
      overdueByLateness.set(lateness, (overdueByLateness.get(lateness) ?? 0) + open);
    }
  }
  const samples = behaviour.portfolioDaysLate;
  for (const [lateness, amount] of overdueByLateness) {
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
  return { weekStart: amounts.map((_, k) => d + 1 + 7 * k), amounts, later, total };
}
