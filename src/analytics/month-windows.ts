/**
 * Month arithmetic on epoch days for the metrics: the months counted back from a day, and the start
 * of an N-month window ending on a day.
 */
import {
  addDays,
  addMonths,
  dayOfMonth,
  endOfMonth,
  fromEpochDay,
  startOfMonth,
  toEpochDay,
} from "../core";

/** A period of days after `after` up to and including `to` (epoch days), `days` long. */
export interface DayPeriod {
  after: number;
  to: number;
  days: number;
}

/**
 * The months counted back from `d`: first d's own month up to and including d, then the whole months
 * before it, `count` periods in all.
 */
export function monthsBack(d: number, count: number): DayPeriod[] {
  const periods: DayPeriod[] = [];
  const day = fromEpochDay(d);
  let to = d;
  let after = toEpochDay(startOfMonth(day)) - 1;
  periods.push({ after, to, days: dayOfMonth(day) });
  for (let k = 1; k < count; k++) {
    to = after;
    after = toEpochDay(startOfMonth(fromEpochDay(to))) - 1;
    periods.push({ after, to, days: to - after });
  }
  return periods;
}

/** True when `d` is the last day of its month. */
export function isMonthEnd(d: number): boolean {
  const day = fromEpochDay(d);
  return endOfMonth(day) === day;
}

/**
 * The day before an N-month window that ends on `d`: for a month-end, the end of the month N months
 * earlier (so 30 June, 3 months → after 31 March: April, May and June whole); otherwise the same day
 * of the month N months earlier (a rolling window).
 */
export function windowStart(d: number, months: number): number {
  const day = fromEpochDay(d);
  if (isMonthEnd(d)) return toEpochDay(endOfMonth(addMonths(startOfMonth(day), -months)));
  return toEpochDay(addMonths(day, -months));
}

/** The month-ends up to and including `d`'s month (the last being `d` itself), oldest first. */
export function monthEndsUpTo(d: number, count: number): number[] {
  const ends: number[] = [d];
  let first = toEpochDay(startOfMonth(fromEpochDay(d)));
  for (let k = 1; k < count; k++) {
    const end = first - 1;
    ends.push(end);
    first = toEpochDay(startOfMonth(fromEpochDay(end)));
  }
  return ends.reverse();
}

/** `d` plus `n` days as an ISO day (for output). */
export function isoOf(d: number, n = 0): string {
  return addDays(fromEpochDay(d), n);
}
