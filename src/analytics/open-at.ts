/**
 * What was open on a day D: invoice date ≤ D and not settled on or before D. The open amount is the
 * ledger's own (an open-items list) or, for an invoice settled after D, the full amount (a payment
 * history). A written-off item leaves the receivables on its write-off day. Items without an invoice
 * date cannot be placed in time and count as open on every day.
 */
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;

/** Open amount in cents of row `i` on epoch day `d`. */
export function openAt(frame: ReceivablesFrame, i: number, d: number): number {
  const invoiceDay = frame.invoiceDay[i] as number;
  if (invoiceDay !== noDay && invoiceDay > d) return 0;
  if (frame.writtenOff[i] === 1) {
    const w = frame.writeOffDay[i] as number;
    if (w === noDay || w <= d) return 0;
  }
  const settled = frame.settledDay[i] as number;
  if (settled === noDay) return frame.open[i] as number;
  return settled <= d ? 0 : (frame.amount[i] as number);
}

/** Receivables on a day, in cents. */
export interface ArTotals {
  /** AR(D) = Σ open. */
  ar: number;
  /** Open with due date ≥ D (not yet due). */
  current: number;
  /** AR − current. */
  overdue: number;
  /** Open more than 90 days past due. */
  over90: number;
}

/** AR, current, overdue and over-90 on epoch day `d` (one pass, no allocation). */
export function arAt(frame: ReceivablesFrame, d: number): ArTotals {
  let ar = 0;
  let current = 0;
  let over90 = 0;
  const { dueDay, length } = frame;
  for (let i = 0; i < length; i++) {
    const open = openAt(frame, i, d);
    if (open === 0) continue;
    ar += open;
    const due = dueDay[i] as number;
    if (due === noDay || due >= d) current += open;
    else if (d - due > 90) over90 += open;
  }
  return { ar, current, overdue: ar - current, over90 };
}
