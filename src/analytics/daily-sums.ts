/**
 * Running totals by day: credit sales (invoice amounts by invoice date, credit notes negative),
 * settled invoices (a count, by invoice date: the evidence of a payment history) and written-off
 * amounts (by write-off day). Sums over any day range are then two array reads, exact in
 * cents, which is what lets the trends evaluate 13 month-ends without re-reading the ledger.
 */
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;

/** Prefix sums over the days firstDay..lastDay. */
export interface DailySums {
  /** Epoch day of index 0; noDay when the ledger has no dated invoice. */
  firstDay: number;
  lastDay: number;
  /** sales[i] = Σ amounts invoiced on firstDay..firstDay+i-1 (length span+1). */
  sales: Float64Array;
  /** Same for written-off amounts. */
  writtenOff: Float64Array;
  /** settled[i] = number of settled invoices (see {@link isSettledInvoice}) invoiced on those days. */
  settled: Float64Array;
}

/**
 * Whether row `i` is an invoice the ledger records as paid: a positive amount, not written off, and a
 * settled date or nothing left open. A partly paid invoice is not: an open-items list that shows a
 * part payment is still a list of what is open, not a record of what was sold and paid.
 */
export function isSettledInvoice(frame: ReceivablesFrame, i: number): boolean {
  if (frame.writtenOff[i] === 1 || (frame.amount[i] as number) <= 0) return false;
  return frame.settledDay[i] !== noDay || frame.open[i] === 0;
}

/** The written-off amount of a row: its open amount, or the whole amount when none is left open. */
export function writtenOffAmount(frame: ReceivablesFrame, i: number): number {
  const open = frame.open[i] as number;
  return open !== 0 ? open : (frame.amount[i] as number);
}

/** Builds the running totals. */
export function dailySums(frame: ReceivablesFrame): DailySums {
  let first = Infinity;
  let last = -Infinity;
  const { invoiceDay, writeOffDay, writtenOff, amount, length } = frame;
  for (let i = 0; i < length; i++) {
    const dayOf = invoiceDay[i] as number;
    if (dayOf !== noDay) {
      if (dayOf < first) first = dayOf;
      if (dayOf > last) last = dayOf;
    }
    const w = writeOffDay[i] as number;
    if (writtenOff[i] === 1 && w !== noDay) {
      if (w < first) first = w;
      if (w > last) last = w;
    }
  }
  if (first === Infinity) {
    return {
      firstDay: noDay,
      lastDay: noDay,
      sales: new Float64Array(1),
      writtenOff: new Float64Array(1),
      settled: new Float64Array(1),
    };
  }
  const span = last - first + 1;
  const sales = new Float64Array(span + 1);
  const wo = new Float64Array(span + 1);
  const settled = new Float64Array(span + 1);
  for (let i = 0; i < length; i++) {
    const dayOf = invoiceDay[i] as number;
    if (dayOf !== noDay) {
      sales[dayOf - first + 1] = (sales[dayOf - first + 1] as number) + (amount[i] as number);
      if (isSettledInvoice(frame, i))
        settled[dayOf - first + 1] = (settled[dayOf - first + 1] as number) + 1;
    }
    const w = writeOffDay[i] as number;
    if (writtenOff[i] === 1 && w !== noDay)
      wo[w - first + 1] = (wo[w - first + 1] as number) + writtenOffAmount(frame, i);
  }
  for (let i = 1; i <= span; i++) {
    sales[i] = (sales[i] as number) + (sales[i - 1] as number);
    wo[i] = (wo[i] as number) + (wo[i - 1] as number);
    settled[i] = (settled[i] as number) + (settled[i - 1] as number);
  }
  return { firstDay: first, lastDay: last, sales, writtenOff: wo, settled };
}

function prefix(sums: DailySums, series: Float64Array, d: number): number {
  if (sums.firstDay === noDay || d < sums.firstDay) return 0;
  const index = Math.min(d - sums.firstDay + 1, series.length - 1);
  return series[index] as number;
}

/** Credit sales invoiced on days after `from` up to and including `to` (cents). */
export function salesBetween(sums: DailySums, from: number, to: number): number {
  return prefix(sums, sums.sales, to) - prefix(sums, sums.sales, from);
}

/** Written off on days after `from` up to and including `to` (cents). */
export function writtenOffBetween(sums: DailySums, from: number, to: number): number {
  return prefix(sums, sums.writtenOff, to) - prefix(sums, sums.writtenOff, from);
}

/** Settled invoices invoiced on days after `from` up to and including `to` (a count). */
export function settledBetween(sums: DailySums, from: number, to: number): number {
  return prefix(sums, sums.settled, to) - prefix(sums, sums.settled, from);
}
