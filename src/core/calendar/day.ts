import { assert } from "../assert";
import { describeValue, describeValueNl } from "../describe-value";
import { epochDayOfCivil, packedCivilOfEpochDay } from "./civil-day";

/**
 * A calendar day as ISO text `YYYY-MM-DD` (years 1000..9999), branded so arbitrary strings cannot
 * pass for days. Days carry no time and no time zone: arithmetic goes through epoch-day integers
 * (days since 1970-01-01) computed with pure integer formulas, never through local-time `Date`.
 */
export type IsoDay = string & { readonly __brand: "IsoDay" };

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1..12) of `year` (proleptic Gregorian calendar). */
export function daysInMonth(year: number, month: number): number {
  assert(
    Number.isSafeInteger(year),
    "day.invalid-year",
    () => `${describeValue(year)} is not a valid year.`
  );
  assert(
    Number.isInteger(month) && month >= 1 && month <= 12,
    "day.invalid-month",
    () => `${describeValue(month)} is not a month number (1..12).`
  );
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `text` is a `YYYY-MM-DD` string naming a real calendar day in years 1000..9999. */
export function isIsoDay(text: unknown): text is IsoDay {
  if (typeof text !== "string") return false;
  const match = ISO_PATTERN.exec(text);
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Brands `text` as an {@link IsoDay}; asserts it is a valid `YYYY-MM-DD` day in years 1000..9999. */
export function isoDay(text: string): IsoDay {
  assert(
    isIsoDay(text),
    "day.invalid",
    () => `${describeValue(text)} is not a valid day (YYYY-MM-DD, years 1000-9999).`
  );
  return text;
}

/** The day `year`-`month`-`day` (month 1..12); asserts that it exists (no 2026-02-30). */
export function makeDay(year: number, month: number, day: number): IsoDay {
  assert(
    isValidDate(year, month, day),
    "day.invalid",
    () =>
      `${describeValue(year)}-${describeValue(month)}-${describeValue(day)} is not a valid day (years 1000-9999).`
  );
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDay;
}

function parts(d: IsoDay): [number, number, number] {
  const match = ISO_PATTERN.exec(d);
  assert(
    match && isIsoDay(d),
    "day.invalid",
    () => `${describeValue(d)} is not a valid day (YYYY-MM-DD).`
  );
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The year of `d`. */
export function yearOf(d: IsoDay): number {
  return parts(d)[0];
}

/** The month of `d`, 1..12. */
export function monthOf(d: IsoDay): number {
  return parts(d)[1];
}

/** The day of the month of `d`, 1..31. */
export function dayOfMonth(d: IsoDay): number {
  return parts(d)[2];
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`: integer-only, so it
 * is exact and independent of the process time zone.
 */
export function toEpochDay(d: IsoDay): number {
  const [year, month, day] = parts(d);
  return epochDayOfCivil(year, month, day);
}

/** The day `n` days after 1970-01-01 (Hinnant's `civil_from_days`); asserts years 1000..9999. */
export function fromEpochDay(n: number): IsoDay {
  assert(
    Number.isSafeInteger(n),
    "day.invalid-epoch-day",
    () => `${describeValue(n)} is not a whole number of days.`,
    () => `${describeValueNl(n)} is geen geheel aantal dagen.`
  );
  const packed = packedCivilOfEpochDay(n);
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  assert(
    year >= MIN_YEAR && year <= MAX_YEAR,
    "day.out-of-range",
    () => `Epoch day ${n} falls in the year ${year}, outside 1000-9999.`,
    () => `Dag ${n} (geteld vanaf 1 januari 1970) valt in het jaar ${year}, buiten 1000-9999.`
  );
  return makeDay(year, month, day);
}

/** `d` plus `n` whole days (`n` may be negative). */
export function addDays(d: IsoDay, n: number): IsoDay {
  assert(
    Number.isSafeInteger(n),
    "day.invalid-count",
    () => `${describeValue(n)} is not a whole number of days.`
  );
  return fromEpochDay(toEpochDay(d) + n);
}

/** `later - earlier` in days (negative when `later` is before `earlier`). */
export function diffDays(later: IsoDay, earlier: IsoDay): number {
  return toEpochDay(later) - toEpochDay(earlier);
}

/** Negative, zero or positive as `a` is before, on or after `b` (usable with `Array.sort`). */
export function compareDays(a: IsoDay, b: IsoDay): number {
  return diffDays(a, b);
}

/** The first day of the month of `d`. */
export function startOfMonth(d: IsoDay): IsoDay {
  const [year, month] = parts(d);
  return makeDay(year, month, 1);
}

/** The last day of the month of `d`. */
export function endOfMonth(d: IsoDay): IsoDay {
  const [year, month] = parts(d);
  return makeDay(year, month, daysInMonth(year, month));
}

/**
 * `d` plus `n` calendar months, clamped to the end of the target month: 2026-01-31 + 1 = 2026-02-28,
 * 2024-01-31 + 1 = 2024-02-29 (the usual reading of "one month later" for payment terms).
 */
export function addMonths(d: IsoDay, n: number): IsoDay {
  assert(
    Number.isSafeInteger(n),
    "day.invalid-count",
    () => `${describeValue(n)} is not a whole number of months.`
  );
  const [year, month, day] = parts(d);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  assert(
    targetYear >= MIN_YEAR && targetYear <= MAX_YEAR,
    "day.out-of-range",
    () => `${d} plus ${n} months falls in the year ${targetYear}, outside 1000-9999.`
  );
  return makeDay(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `d` plus `n` years; Feb 29 becomes Feb 28 in a non-leap target year. */
export function addYears(d: IsoDay, n: number): IsoDay {
  assert(
    Number.isSafeInteger(n),
    "day.invalid-count",
    () => `${describeValue(n)} is not a whole number of years.`
  );
  return addMonths(d, n * 12);
}

/** ISO day of the week: 1 = Monday .. 7 = Sunday. (1970-01-01 was a Thursday.) */
export function dayOfWeek(d: IsoDay): number {
  const n = toEpochDay(d);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * The UTC calendar day of a `Date` (exceljs and JSON give dates as UTC instants; the time of day is
 * dropped). Asserts a valid Date in years 1000..9999.
 */
export function dayFromUtcDate(date: Date): IsoDay {
  assert(
    date instanceof Date && !Number.isNaN(date.getTime()),
    "day.invalid-date",
    () => `${describeValue(date)} is not a valid Date.`
  );
  return fromEpochDay(Math.floor(date.getTime() / 86_400_000));
}
