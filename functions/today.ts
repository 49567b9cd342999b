import { makeDay, type IsoDay } from "../src/core/day";

/**
 * Today's date as the user sees it: the local calendar day of the machine Excel runs on. This is the
 * one place where a clock is read for the functions; core always receives the day as a parameter.
 * The functions that call it when the day is left out are declared @volatile, so Excel recalculates
 * them on every recalculation and when the workbook opens: yesterday's answer never stays in a cell.
 */
export function today(now: Date = new Date()): IsoDay {
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** {@link today} as an epoch day (days since 1970-01-01), without building the day's text. */
export function todayEpochDay(now: Date = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
