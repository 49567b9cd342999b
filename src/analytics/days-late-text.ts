/**
 * An average payment delay in words, for the reasons of the credit flags: days after the due date
 * are "te laat" / "late", days before it "vóór de vervaldatum" / "early", and an average that rounds
 * to 0,0 is "op tijd" / "on time" — never "-4,0 dagen te laat".
 */
import type { Lang as ReportLang } from "../core";

/**
 * `days` (settled date − due date, negative = early) rounded to a tenth, in words: nl "12,5 dagen te
 * laat", "4,0 dagen vóór de vervaldatum", "op tijd"; en "12.5 days late", "4.0 days early", "on time".
 * A rounded value of exactly 1 takes the singular ("1,0 dag te laat", "1.0 day early").
 */
export function daysLateText(days: number, lang: ReportLang): string {
  const tenths = Math.round(days * 10);
  if (tenths === 0) return lang === "nl" ? "op tijd" : "on time";
  const size = (Math.abs(tenths) / 10).toFixed(1);
  const one = Math.abs(tenths) === 10;
  if (lang === "nl") {
    const count = `${size.replace(".", ",")} ${one ? "dag" : "dagen"}`;
    return tenths > 0 ? `${count} te laat` : `${count} vóór de vervaldatum`;
  }
  return `${size} ${one ? "day" : "days"} ${tenths > 0 ? "late" : "early"}`;
}
