import { MONTH_NAMES, type MonthLanguage } from "./month-names";

/**
 * A day written out for a message: "22 november 2026" (nl) or "22 November 2026" (en). A day-first
 * text with the month named cannot be misread, which matters in messages about day/month order.
 * Takes any `YYYY-MM-DD` text, also one that names no real day ("1900-02-29", Excel's fictitious
 * day), so a message can say which day was meant; other text is returned as it is.
 */
export function longDay(day: string, language: MonthLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match === null ? undefined : MONTH_NAMES[language][Number(match[2]) - 1];
  if (match === null || month === undefined) return day;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
