/** Display formats of the task pane: money, days, figures; the same in every browser (no ICU drift). */
import { type IsoDay, formatCents, type Cents } from "../../src/core";
import type { Lang } from "../i18n/texts";

/** "€ 1.234,56" (nl) or "€1,234.56" (en) from cents; rounds fractional cents (averages). */
export function money(c: number, lang: Lang): string {
  return formatCents(Math.round(c) as Cents, lang);
}

/** "€ 1.235" (nl) or "€1,235" (en): whole euros for KPI cards. */
export function wholeEuros(c: number, lang: Lang): string {
  return money(Math.round(c / 100) * 100, lang).replace(/[.,]00$/, "");
}

/** 31-03-2026 (nl) or 31 Mar 2026 (en); "–" for no day. */
export function day(d: IsoDay | string | null | undefined, lang: Lang): string {
  if (!d) return "–";
  const [y, m, dd] = d.split("-");
  if (lang === "nl") return `${dd}-${m}-${y}`;
  const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  return `${Number(dd)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/** A figure with `digits` decimals in the language's notation: 38,3 (nl) or 38.3 (en). */
export function figure(x: number, lang: Lang, digits = 1): string {
  const fixed = x.toFixed(digits);
  const [int, frac] = fixed.split(".");
  const sign = (int ?? "").startsWith("-") ? "-" : "";
  const grouped = (int ?? "")
    .replace("-", "")
    .replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
  return `${sign}${grouped}${frac ? (lang === "nl" ? "," : ".") + frac : ""}`;
}

/** Whole number with grouping: 2.466 (nl) or 2,466 (en). */
export function count(n: number, lang: Lang): string {
  return figure(n, lang, 0);
}
