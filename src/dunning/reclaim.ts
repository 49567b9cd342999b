/**
 * Recht van reclame (art. 7:39–7:44 BW): a seller of goods not paid for may reclaim them by a
 * written notice. Art. 7:44 BW: the right lapses "zodra zowel zes weken zijn verstreken na de dag
 * waarop de vordering tot betaling van de koopprijs opeisbaar is geworden, als zestig dagen na de
 * dag waarop de zaak (…) is opgeslagen" — once BOTH periods have passed. So the last day it can be
 * used is the later of (due day + 42 days) and (delivery day + 60 days).
 *
 * The claim falls due on the invoice's due date (the agreed payment term; the invoice date when
 * none is known). The goods count as delivered on the invoice date unless the ledger gives a
 * delivery date; the window then says so. The last day is not moved past a weekend or holiday: a
 * warning errs on the early side.
 */
import { addDays, compareDays, toEpochDay, type Cents, type IsoDay } from "../core";
import type { Ledger } from "../ledger";

/** The last day the right of reclamation can be used, and the two periods it is the later of. */
export interface ReclaimPeriods {
  /** The due day + 6 weeks (42 days). */
  sixWeeksEnd: IsoDay;
  /** The delivery day + 60 days. */
  sixtyDaysEnd: IsoDay;
  /** The later of the two: on the day after it the right has lapsed. */
  lastDay: IsoDay;
}

/** The periods of art. 7:44 BW for a claim due on `due` for goods delivered on `delivered`. */
export function reclaimPeriods(due: IsoDay, delivered: IsoDay): ReclaimPeriods {
  const sixWeeksEnd = addDays(due, 42);
  const sixtyDaysEnd = addDays(delivered, 60);
  return {
    sixWeeksEnd,
    sixtyDaysEnd,
    lastDay: compareDays(sixWeeksEnd, sixtyDaysEnd) >= 0 ? sixWeeksEnd : sixtyDaysEnd,
  };
}

/** One open invoice of delivered goods whose right of reclamation can still be used. */
export interface ReclaimWindow extends ReclaimPeriods {
  customerId: string;
  invoiceId: string;
  open: Cents;
  /** The day the claim fell due (due date, else invoice date). */
  due: IsoDay;
  delivered: IsoDay;
  /** Where the delivery day came from: the ledger's delivery date, or the invoice date. */
  deliveredFrom: "delivery-date" | "invoice-date";
  /** Days from the day judged to the last day (0: today is the last day). */
  daysLeft: number;
  /** The last day falls within the warning days. */
  closing: boolean;
}

/** Options of {@link reclaimWindows}. */
export interface ReclaimOptions {
  /** A window whose last day is within this many days is `closing` (default 14). */
  warningDays?: number;
  /**
   * Per ledger row the delivery day (else the invoice date is used). Default: the ledger's own
   * delivery-date column (Leverdatum), when the sheet has one.
   */
  deliveryDates?: readonly (IsoDay | null | undefined)[];
}

/**
 * The open invoices of `ledger` (positive open amount, not written off, not a credit note) whose
 * right of reclamation can still be used on `asOf`, in ledger order. Every invoice counts as goods
 * delivered: call this only for a company that delivers goods.
 */
export function reclaimWindows(
  ledger: Ledger,
  asOf: IsoDay,
  options: ReclaimOptions = {}
): ReclaimWindow[] {
  const warning = options.warningDays ?? 14;
  const c = ledger.columns;
  const today = toEpochDay(asOf);
  const deliveryDates = options.deliveryDates ?? c.deliveryDate;
  const out: ReclaimWindow[] = [];
  for (let i = 0; i < ledger.length; i++) {
    if ((c.openAmount[i] as number) <= 0 || (c.amount[i] as number) <= 0 || c.writtenOff[i])
      continue;
    const invoiceDay = c.invoiceDate[i] ?? null;
    const column = deliveryDates?.[i] ?? null;
    const delivered = column ?? invoiceDay;
    const due = c.dueDate[i] ?? invoiceDay;
    if (delivered === null || due === null) continue;
    const periods = reclaimPeriods(due, delivered);
    const daysLeft = toEpochDay(periods.lastDay) - today;
    if (daysLeft < 0) continue;
    out.push({
      customerId: c.customerId[i] as string,
      invoiceId: c.invoiceId[i] as string,
      open: c.openAmount[i] as Cents,
      due,
      delivered,
      deliveredFrom: column !== null ? "delivery-date" : "invoice-date",
      ...periods,
      daysLeft,
      closing: daysLeft <= warning,
    });
  }
  return out;
}
