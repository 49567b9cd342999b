/**
 * Business days in the sense of the Algemene termijnenwet: every day that is not a Saturday, a Sunday
 * or a holiday of {@link holidays}. Art. 1 Atw extends a deadline that ends on such a day to the next
 * day that is not one; {@link rollToBusinessDay} does exactly that.
 */
import { assert } from "../assert";
import { addDays, dayOfWeek, yearOf, type IsoDay } from "./day";
import { describeValue } from "../describe-value";
import { holidays } from "./dutch-holidays";

/** Largest |n| for {@link addBusinessDays} (about 380 years): it walks day by day. */
const MAX_BUSINESS_DAYS = 100_000;

const holidaySets = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = holidaySets.get(year);
  if (!set) {
    set = new Set(holidays(year).map((h) => h.day));
    holidaySets.set(year, set);
  }
  return set;
}

/** True when `day` is a Monday..Friday that is not a Dutch holiday (art. 3 Atw). */
export function isBusinessDay(day: IsoDay): boolean {
  return dayOfWeek(day) <= 5 && !holidaySet(yearOf(day)).has(day);
}

/** The first business day strictly after `day`. */
export function nextBusinessDay(day: IsoDay): IsoDay {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}

/**
 * `day` itself when it is a business day, otherwise the first business day after it: the extension of
 * art. 1 Atw for a deadline or a planned stage date that falls on a weekend or holiday.
 */
export function rollToBusinessDay(day: IsoDay): IsoDay {
  return isBusinessDay(day) ? day : nextBusinessDay(day);
}

/**
 * The day `n` business days after `day` (before it for negative `n`), like Excel's WORKDAY with the
 * Dutch holidays: the start day itself is not counted and `n = 0` returns `day` unchanged.
 */
export function addBusinessDays(day: IsoDay, n: number): IsoDay {
  assert(
    Number.isSafeInteger(n) && Math.abs(n) <= MAX_BUSINESS_DAYS,
    "business-days.invalid-count",
    `${describeValue(n)} is not a whole number of business days between -${MAX_BUSINESS_DAYS} and ${MAX_BUSINESS_DAYS}.`
  );
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0;) {
    current = addDays(current, step);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}
