import { makeDay, type IsoDay } from "../src/core";

/**
 * Today's date as the user sees it: the local calendar day of the machine Excel runs on. This is the
 * one place where a clock is read for the functions; core always receives the day as a parameter.
 * The functions that call it when the day is left out are declared @volatile, so Excel recalculates
 * them on every recalculation and when the workbook opens: yesterday's answer never stays in a cell.
 */
export function today(now: Date = new Date()): IsoDay {
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The local day last computed by {@link todayEpochDay}: its epoch day and its span in clock time. */
let cachedDay = { epochDay: 0, startMs: 0, endMs: -1 };

/**
 * {@link today} as an epoch day (days since 1970-01-01), without building the day's text. Without an
 * argument it reads the clock (Date.now) and reuses the day while the clock stays within that local
 * day: a volatile column asks for today once per cell.
 */
export function todayEpochDay(now?: Date): number {
  if (now !== undefined) return epochDayOf(now);
  const ms = Date.now();
  if (ms >= cachedDay.startMs && ms < cachedDay.endMs) return cachedDay.epochDay;
  const date = new Date(ms);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  cachedDay = { epochDay: epochDayOf(date), startMs: start, endMs: end };
  return cachedDay.epochDay;
}

function epochDayOf(now: Date): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
