import { makeDay, type IsoDay } from "../src/core/day";

/**
 * Today's date as the user sees it: the local calendar day of the machine Excel runs on. This is the
 * one place where a clock is read for the functions; core always receives the day as a parameter.
 */
export function today(now: Date = new Date()): IsoDay {
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
