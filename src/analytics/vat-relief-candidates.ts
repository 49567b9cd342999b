/**
 * VAT relief candidates (teruggaaf btw op oninbare vorderingen, art. 29 Wet OB): open invoices whose
 * final payment date passed more than a year ago, with the VAT they contain. The day and the amount
 * come from src/core/vat-relief (one year after the due date; VAT = open · 21/121, half up).
 */
import { toEpochDay } from "../core/day";
import { vatReliefAmount, vatReliefDate } from "../core/vat-relief";
import { cents } from "../core/money";
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
  const out: VatReliefCandidate[] = [];
  const reliefCache = new Map<number, number>();
  for (let i = 0; i < frame.length; i++) {
    const due = frame.dueDay[i] as number;
    if (due === noDay || d - due < 365) continue;
    const open = openAtRow(frame, i, d);
    if (open <= 0) continue;
    let reliefDay = reliefCache.get(due);
    if (reliefDay === undefined) {
      reliefDay = toEpochDay(vatReliefDate(isoOf(due) as Parameters<typeof vatReliefDate>[0]));
      reliefCache.set(due, reliefDay);
    }
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
