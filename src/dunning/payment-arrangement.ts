/**
 * Payment arrangements (betalingsregelingen): instalments agreed with a debtor for a set of invoices.
 * While the debtor keeps to the arrangement the invoices pause in the reminder ladder; a missed
 * instalment ends the pause and the ladder resumes at the next stage.
 */
import {
  assert,
  compareDays,
  isIsoDay,
  type IsoDay,
  describeValue,
  cents,
  type Cents,
} from "../core";

/** One agreed instalment: pay `amount` on or before `due`. */
export interface Instalment {
  due: IsoDay;
  amount: Cents;
}

/** An arrangement with a debtor. */
export interface PaymentArrangement {
  id: string;
  customerId: string;
  /** The invoices the arrangement covers. */
  invoiceIds: readonly string[];
  instalments: readonly Instalment[];
  /** Day the arrangement was confirmed in writing; null while it is not (yet) confirmed. */
  confirmedOn: IsoDay | null;
}

/** A payment received under an arrangement. */
export interface ArrangementPayment {
  date: IsoDay;
  amount: Cents;
}

/**
 * Where an arrangement stands on a day:
 * - `kept`: every instalment due before that day was paid in time (the invoices stay paused);
 * - `late`: `missed` (0-based `index`) was not paid in full by its due date; `shortBy` is what was
 *   missing on that date;
 * - `completed`: the instalments are paid in full (even if one was late).
 * `paid` is what was received up to and including the day.
 */
export type ArrangementStatus =
  | { status: "kept"; paid: Cents; nextInstalment: Instalment | null }
  | { status: "late"; paid: Cents; missed: Instalment; index: number; shortBy: Cents }
  | { status: "completed"; paid: Cents };

function checkDayAmount(what: string, day: IsoDay, amount: Cents): void {
  assert(
    isIsoDay(day),
    "arrangement.invalid-day",
    `${what}: ${describeValue(day)} is not a day (YYYY-MM-DD).`
  );
  assert(
    Number.isSafeInteger(amount) && amount > 0,
    "arrangement.invalid-amount",
    `${what}: ${describeValue(amount)} is not a positive amount in cents.`
  );
}

/**
 * The status of `arrangement` on `asOf`, from the `payments` received (payments after `asOf` are
 * ignored). Payments are applied to the instalments in date order, so paying ahead counts for the
 * next instalments. An instalment is in time when the payments made on or before its due date cover
 * it and all earlier instalments; it is missed once its due date has passed without that.
 */
export function arrangementStatus(
  arrangement: PaymentArrangement,
  payments: readonly ArrangementPayment[],
  asOf: IsoDay
): ArrangementStatus {
  assert(
    isIsoDay(asOf),
    "arrangement.invalid-day",
    `${describeValue(asOf)} is not a day (YYYY-MM-DD).`
  );
  assert(
    arrangement.instalments.length > 0,
    "arrangement.no-instalments",
    `Arrangement ${describeValue(arrangement.id)} has no instalments.`
  );
  arrangement.instalments.forEach((i, n) =>
    checkDayAmount(`Arrangement ${arrangement.id}, instalment ${n + 1}`, i.due, i.amount)
  );
  payments.forEach((p, n) =>
    checkDayAmount(`Arrangement ${arrangement.id}, payment ${n + 1}`, p.date, p.amount)
  );

  const received = payments
    .filter((p) => compareDays(p.date, asOf) <= 0)
    .sort((a, b) => compareDays(a.date, b.date));
  const paid = cents(received.reduce((sum, p) => sum + p.amount, 0));
  const instalments = arrangement.instalments
    .map((instalment, index) => ({ instalment, index }))
    .sort((a, b) => compareDays(a.instalment.due, b.instalment.due) || a.index - b.index);
  const total = instalments.reduce((sum, { instalment }) => sum + instalment.amount, 0);
  if (paid >= total) return { status: "completed", paid };

  let owedSoFar = 0;
  for (const { instalment, index } of instalments) {
    owedSoFar += instalment.amount;
    if (compareDays(instalment.due, asOf) >= 0) {
      return { status: "kept", paid, nextInstalment: instalment };
    }
    const paidInTime = received
      .filter((p) => compareDays(p.date, instalment.due) <= 0)
      .reduce((sum, p) => sum + p.amount, 0);
    if (paidInTime < owedSoFar) {
      return {
        status: "late",
        paid,
        missed: instalment,
        index,
        shortBy: cents(owedSoFar - paidInTime),
      };
    }
  }
  return { status: "kept", paid, nextInstalment: null };
}
