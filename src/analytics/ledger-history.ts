/**
 * What history a ledger holds, and so which metrics it can support. An open-items list holds only
 * what is open today: no sales history (DSO would divide by the open items' own sales) and no payment
 * history (no trends, CEI, payment behaviour). Partly paid rows do not change that: the list is still
 * one of open items. A list that also keeps settled invoices (a settled date, or nothing left open)
 * has sales history; one with settled dates has payment history as well.
 */
import { isSettledInvoice } from "./daily-sums";
import { isoOf } from "./month-windows";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;

/** What the ledger can tell, with notes on what is not computable (nl and en). */
export interface LedgerHistory {
  /** Settled invoices are in the ledger (a settled date, or nothing left open; not partly paid ones). */
  sales: boolean;
  /** Settled dates are in the ledger. */
  payments: boolean;
  firstInvoice: string | null;
  lastInvoice: string | null;
  notes: { nl: string; en: string }[];
}

/** The history of `frame`. */
export function historyOf(frame: ReceivablesFrame): LedgerHistory {
  let sales = false;
  let payments = false;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < frame.length; i++) {
    if (frame.settledDay[i] !== noDay) payments = true;
    if (!sales && isSettledInvoice(frame, i)) sales = true;
    const inv = frame.invoiceDay[i] as number;
    if (inv !== noDay) {
      if (inv < first) first = inv;
      if (inv > last) last = inv;
    }
  }
  const notes: { nl: string; en: string }[] = [];
  if (!sales) {
    notes.push({
      nl: "De lijst bevat alleen openstaande posten (deels betaalde facturen tellen daarbij), geen volledig betaalde facturen: een lijst van openstaande posten is geen betaalhistorie, dus DSO, BPDSO, ADD, CEI, afschrijvingspercentage, trends en betaalgedrag zijn niet te berekenen. Exporteer ook de betaalde facturen (met betaaldatum) voor deze cijfers.",
      en: "The ledger lists only open items (partly paid ones included), no fully paid invoices: a list of open items is not a payment history, so DSO, BPDSO, ADD, CEI, the bad-debt rate, trends and payment behaviour cannot be computed. Export the paid invoices too (with their settled dates) to get them.",
    });
  } else if (!payments) {
    notes.push({
      nl: "De lijst bevat betaalde facturen maar geen betaaldatums: CEI, trends en betaalgedrag zijn niet te berekenen; de prognose gaat uit van betaling op de vervaldatum.",
      en: "The ledger has paid invoices but no settled dates: CEI, trends and payment behaviour cannot be computed; the forecast assumes payment on the due date.",
    });
  }
  return {
    sales,
    payments,
    firstInvoice: first === Infinity ? null : isoOf(first),
    lastInvoice: last === -Infinity ? null : isoOf(last),
    notes,
  };
}
