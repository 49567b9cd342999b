/**
 * Interest anniversaries as epoch-day integers, without building ISO strings: the hot path of
 * DEB.INTEREST computes one anniversary per interest year and must not allocate. Same calendar as
 * src/core/day.ts (both use civil-day.ts); a test checks them against `addYears` there.
 */
import { epochDayOfCivil } from "../calendar/civil-day";

/**
 * The epoch day of the `k`-th anniversary of a start given as a packed civil date
 * ({@link packedCivilOfEpochDay}): `start + k years`, a 29 February start falling on 28 February in
 * common years (art. 6:119 lid 2 BW counts whole years from the start of the interest; the Feb-28
 * reading is the usual one and matches `addYears` in day.ts).
 */
export function anniversaryEpochDay(packedStart: number, k: number): number {
  return dayInYear(
    Math.floor(packedStart / 10000) + k,
    Math.floor(packedStart / 100) % 100,
    packedStart % 100
  );
}

/**
 * The epoch day of `month`/`day` in `year`, a 29 February becoming 28 February in a common year: the
 * anniversary rule of {@link anniversaryEpochDay} for a caller that keeps month and day apart.
 */
export function dayInYear(year: number, month: number, dayOfMonth: number): number {
  let day = dayOfMonth;
  if (month === 2 && day === 29 && !isLeapYear(year)) day = 28;
  const offset = year - FIRST_TABLE_YEAR;
  if (offset >= 0 && offset < JANUARY_FIRSTS.length) {
    // Table lookup instead of the civil formula: this runs once per interest year on the hot path.
    return JANUARY_FIRSTS[offset]! + DAYS_BEFORE_MONTH[isLeapYear(year) ? 1 : 0]![month]! + day - 1;
  }
  return epochDayOfCivil(year, month, day);
}

const FIRST_TABLE_YEAR = 1900;
/** Epoch day of 1 January of 1900 … 2199. */
const JANUARY_FIRSTS = Int32Array.from({ length: 300 }, (_, i) =>
  epochDayOfCivil(FIRST_TABLE_YEAR + i, 1, 1)
);
/** Days before month 1..12 (index 0 unused), in a common and in a leap year. */
const DAYS_BEFORE_MONTH = [0, 1].map((leap) => [
  0,
  0,
  31,
  59 + leap,
  90 + leap,
  120 + leap,
  151 + leap,
  181 + leap,
  212 + leap,
  243 + leap,
  273 + leap,
  304 + leap,
  334 + leap,
]);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
