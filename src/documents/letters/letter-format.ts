/** How letters write days and amounts: "20 november 2026" / "20 November 2026", "€ 1.234,56". */
import { type IsoDay, longDay, formatCents, type Cents } from "../../core";

/** A letter's language. */
export type LetterLanguage = "nl" | "en";

/** A day as a letter writes it: nl "20 november 2026", en "20 November 2026"; null gives "". */
export function letterDate(day: IsoDay | null, language: LetterLanguage): string {
  return day === null ? "" : longDay(day, language);
}

/** An amount as a letter writes it: nl "€ 1.234,56", en "€1,234.56". */
export function letterAmount(amount: Cents, language: LetterLanguage): string {
  return formatCents(amount, language);
}

/** A list as a sentence: ["a"] "a", ["a","b"] "a en b", ["a","b","c"] "a, b en c" (en: "and"). */
export function listText(items: readonly string[], language: LetterLanguage): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = language === "nl" ? " en " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}
