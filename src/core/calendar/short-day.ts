/**
 * A day as figures in a table or a console line: Dutch "20-11-2026" (dd-mm-jjjj), English ISO
 * "2026-11-20". Letters write the day in words instead (long-day.ts).
 */
import type { IsoDay } from "./day";

/** `day` as nl "20-11-2026" or en "2026-11-20"; null gives `none` (default ""). */
export function shortDay(day: IsoDay | null, language: "nl" | "en", none = ""): string {
  if (day === null) return none;
  if (language === "en") return day;
  const [y, m, d] = day.split("-");
  return `${d}-${m}-${y}`;
}
