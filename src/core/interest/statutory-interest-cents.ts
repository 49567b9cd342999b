import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { packedCivilOfEpochDay } from "../calendar/civil-day";
import { dayInYear } from "./interest-anniversary";
import { bigDivRoundHalfUp, divRoundHalfUpUnchecked } from "../money/round-half-up";
import {
  compiledRates,
  failBeforeTable,
  rateDaysThrough,
  type CompiledRates,
} from "./statutory-rate";
import { STATUTORY_RATES, type InterestKind, type RateTable } from "./statutory-rates";

/**
 * Interest in cents is `base × (rate in hundredths of a percent) × days / INTEREST_DENOMINATOR`:
 * 365 days (also in leap years) × 100 (percent) × 100 (hundredths).
 */
export const INTEREST_DENOMINATOR = 3_650_000;

// The statutory table is compiled once, at module load: the hot path below does no lookups.
const STATUTORY_COMMERCIAL = compiledRates("commercial");
const STATUTORY_CONSUMER = compiledRates("consumer");

/**
 * Statutory interest in cents on `principal` cents from `fromEpochDay` (the due date) to
 * `toEpochDay` (inclusive), without payments: the hot path behind =DEB.INTEREST. Days are epoch-day
 * integers (see `toEpochDay`). Same convention and result as `statutoryInterest(...).interest`:
 *
 * - interest days are `to − from`; each earns `base × rate / 365`, also in leap years;
 * - the interest year runs from `from` to `from + 1 year` (29 Feb → 28 Feb), and so on; each year's
 *   interest is computed exactly (split at rate changes) and rounded half up to the cent once, then
 *   added to the base (art. 6:119 lid 2 / 6:119a lid 3 BW); the final part year is not capitalised.
 *
 * Plain-number integer arithmetic while `base × Σ(rate × days)` stays below 2^53 (about € 196
 * million of base); BigInt beyond that, so any principal is exact. Allocates nothing per year.
 */
export function statutoryInterestCents(
  principal: number,
  fromEpochDay: number,
  toEpochDay: number,
  kind: InterestKind,
  rates: RateTable = STATUTORY_RATES
): number {
  // Checks without building messages: assert's message argument would be a template string
  // evaluated on every call, which on this hot path costs more than the interest itself.
  if (!(Number.isSafeInteger(principal) && principal >= 0)) {
    assert(
      false,
      "interest.bad-principal",
      `${describeValue(principal)} is not a principal in cents (a whole number, zero or more).`
    );
  }
  if (!(Number.isSafeInteger(fromEpochDay) && Number.isSafeInteger(toEpochDay))) {
    assert(
      false,
      "interest.bad-day",
      `${describeValue(fromEpochDay)} or ${describeValue(toEpochDay)} is not a whole epoch day.`
    );
  }
  if (toEpochDay < fromEpochDay) {
    assert(
      false,
      "interest.to-before-from",
      `The calculation day is ${fromEpochDay - toEpochDay} day(s) before the due date.`
    );
  }
  const table =
    rates === STATUTORY_RATES
      ? kind === "commercial"
        ? STATUTORY_COMMERCIAL
        : STATUTORY_CONSUMER
      : compiledRates(kind, rates);
  if (toEpochDay === fromEpochDay) return 0;
  if (fromEpochDay < table.origin) failBeforeTable(table, kind, fromEpochDay + 1);
  return accrue(table, principal, fromEpochDay, toEpochDay);
}

function accrue(table: CompiledRates, principal: number, from: number, to: number): number {
  const packedStart = packedCivilOfEpochDay(from);
  const startYear = Math.floor(packedStart / 10000);
  const month = Math.floor(packedStart / 100) % 100;
  const dayOfMonth = packedStart % 100;
  let base = principal;
  let total = 0;
  let yearStart = from;
  let rateDaysBefore = rateDaysThrough(table, from);
  // Centuries of compounding outgrow exact cents (and then Infinity): stop at the first unsafe base.
  for (let k = 1; yearStart < to && Number.isSafeInteger(base); k++) {
    const anniversary = dayInYear(startYear + k, month, dayOfMonth);
    const yearEnd = anniversary < to ? anniversary : to;
    // Σ rate × days over the interest days yearStart+1 .. yearEnd (prefix sums over the table).
    const rateDaysAtEnd = rateDaysThrough(table, yearEnd);
    const rateDays = rateDaysAtEnd - rateDaysBefore;
    const numerator = base * rateDays;
    const interest =
      numerator <= Number.MAX_SAFE_INTEGER
        ? divRoundHalfUpUnchecked(numerator, INTEREST_DENOMINATOR)
        : Number(bigDivRoundHalfUp(BigInt(base) * BigInt(rateDays), BigInt(INTEREST_DENOMINATOR)));
    total += interest;
    base += interest; // capitalised after the anniversary; irrelevant once yearEnd is `to`
    yearStart = yearEnd;
    rateDaysBefore = rateDaysAtEnd;
  }
  if (!Number.isSafeInteger(base)) {
    assert(
      false,
      "interest.too-large",
      `The interest on ${principal} cents is too large to count exactly in cents.`
    );
  }
  return total;
}
