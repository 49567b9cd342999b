/**
 * VAT relief on bad debts (teruggaaf btw bij oninbare vorderingen, art. 29 lid 1 Wet OB 1968 as in
 * force since 1 January 2017): a claim counts as uncollectable at the latest one year after the
 * agreed final payment date has passed, and the VAT paid on it can be reclaimed in the return for
 * the period in which that day falls. Without an agreed payment date the final payment date is the
 * 30th day after the debtor received the invoice. Transitional rule: a claim whose final payment date
 * passed before 1 January 2017 had its year start on that day, so it counts as uncollectable on
 * 1 January 2018 at the latest. The claim may become uncollectable earlier (bankruptcy, a curator's
 * statement); these functions give the latest day.
 */
import { assert } from "../assert";
import { addDays, addYears, compareDays, isIsoDay, type IsoDay } from "../calendar/day";
import { describeValue } from "../describe-value";
import { cents, type Cents } from "../money/money";

const REGIME_START = "2017-01-01" as IsoDay;
const TRANSITIONAL_DATE = "2018-01-01" as IsoDay;

/** Default Dutch VAT rate (algemeen tarief), in percent. */
export const DEFAULT_VAT_RATE_PERCENT = 21;

/**
 * The final payment date when none was agreed: 30 days after the debtor received the invoice.
 */
export function finalPaymentDateWithoutTerm(invoiceReceived: IsoDay): IsoDay {
  assert(
    isIsoDay(invoiceReceived),
    "vat-relief.invalid-day",
    () => `${describeValue(invoiceReceived)} is not a day (YYYY-MM-DD).`
  );
  return addDays(invoiceReceived, 30);
}

/**
 * The day an unpaid claim counts as uncollectable at the latest: one year after its final payment
 * date `due` (29 February + 1 year = 28 February). Due dates before 2017 give 2018-01-01.
 */
export function vatReliefDate(due: IsoDay): IsoDay {
  assert(
    isIsoDay(due),
    "vat-relief.invalid-day",
    () => `${describeValue(due)} is not a day (YYYY-MM-DD).`
  );
  return compareDays(due, REGIME_START) < 0 ? TRANSITIONAL_DATE : addYears(due, 1);
}

/**
 * The VAT contained in an open amount including VAT: open · rate / (100 + rate), in cents, rounded
 * half up (a half cent goes to the higher cent). Computed exactly with integers: the rate is taken in
 * hundredths of a percent (21 → 2100), so rates such as 9 or 21 (or 5.5 for other countries) are
 * exact. `openInclVat` must be zero or more; `ratePercent` 0..100 with at most 2 decimals.
 * The assertion messages are functions: built only on failure, not on each of a report's million rows.
 */
export function vatReliefAmount(
  openInclVat: Cents,
  ratePercent: number = DEFAULT_VAT_RATE_PERCENT
): Cents {
  assert(
    Number.isSafeInteger(openInclVat) && openInclVat >= 0,
    "vat-relief.invalid-amount",
    () => `${describeValue(openInclVat)} is not an open amount in cents (zero or more).`
  );
  const basisPoints = Math.round(ratePercent * 100);
  assert(
    typeof ratePercent === "number" &&
      ratePercent >= 0 &&
      ratePercent <= 100 &&
      Math.abs(basisPoints - ratePercent * 100) < 1e-6,
    "vat-relief.invalid-rate",
    () => `${describeValue(ratePercent)} is not a VAT rate in percent (0-100, at most 2 decimals).`
  );
  const numerator = BigInt(openInclVat) * BigInt(basisPoints);
  const denominator = BigInt(10_000 + basisPoints);
  // Half up: floor((2n + d) / 2d) for n >= 0.
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return cents(Number(rounded));
}
