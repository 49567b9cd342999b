/**
 * VAT relief candidates (teruggaaf btw op oninbare vorderingen, art. 29 Wet OB): open invoices whose
 * final payment date passed more than a year ago, with the VAT they contain. The day and the amount
 * come from src/core/vat-relief (one year after the due date; VAT = open · 21/121, half up).
 */
import { toEpochDay, vatReliefAmount, vatReliefDate, cents } from "../core";
import { isoOf } from "./month-windows";
import { openAt } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** One candidate; amounts in cents. */
export interface VatReliefCandidate {
  invoiceId: string;
  customer: number;
  dueDay: number;
  /** The day the claim counts as uncollectable at the latest. */
  reliefDay: number;
  open: number;
  vat: number;
}

/**
 * Open invoices (positive open amount) on epoch day `d` whose relief day is on or before `d`, oldest
 * relief day first. Written-off items are not open and so not listed here: their VAT should already
 * have been reclaimed.
 */
export function vatReliefCandidates(
  frame: ReceivablesFrame,
  d: number,
  vatRatePercent = 21
): VatReliefCandidate[] {
  const found: VatReliefCandidate[] = [];
  const reliefCache = new Map<number, number>();
  let firstDue = Infinity;
  let lastDue = -Infinity;
  const { dueDay, customer, length } = frame;
  // In ledger order (the columns and the invoice numbers are read front to back), then sorted.
  for (let i = 0; i < length; i++) {
    const due = dueDay[i] as number;
    if (due === noDay || d - due < 365) continue;
    const open = openAtRow(frame, i, d);
    if (open <= 0) continue;
    let reliefDay = reliefCache.get(due);
    if (reliefDay === undefined) {
      reliefDay = toEpochDay(vatReliefDate(isoOf(due) as Parameters<typeof vatReliefDate>[0]));
      reliefCache.set(due, reliefDay);
    }
    if (reliefDay > d) continue;
    found.push({
      invoiceId: frame.invoiceId(i),
      customer: customer[i] as number,
      dueDay: due,
      reliefDay,
      open,
      vat: vatReliefAmount(cents(open), vatRatePercent),
    });
    if (due < firstDue) firstDue = due;
    if (due > lastDue) lastDue = due;
  }
  // Oldest relief day first, then due day. The relief day only grows with the due day (one year
  // after it, or a fixed day before 2017), so that is the order of the due days: a counting sort
  // over them, stable (the same due day keeps the ledger's order), without comparisons.
  if (found.length === 0) return found;
  const starts = new Int32Array(lastDue - firstDue + 2);
  for (const c of found)
    starts[c.dueDay - firstDue + 1] = (starts[c.dueDay - firstDue + 1] as number) + 1;
  for (let at = 1; at < starts.length; at++)
    starts[at] = (starts[at] as number) + (starts[at - 1] as number);
  const sorted = new Array<VatReliefCandidate>(found.length);
  for (const c of found) {
    const at = c.dueDay - firstDue;
    sorted[starts[at] as number] = c;
    starts[at] = (starts[at] as number) + 1;
  }
  return sorted;
}
