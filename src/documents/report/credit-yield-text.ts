/**
 * "What better credit control yields" written out: each figure with its label and how it was
 * computed, the formula with the company's actual numbers, in Dutch and English. One text for the
 * pane's Overzicht, the HTML report, the report sheet and the JSON, so the doors never differ.
 */
import type { CreditYield, CreditYieldGap } from "../../analytics";
import { formatCents, type Cents, type Lang } from "../../core";

/** The figures of the yield block. */
export type CreditYieldKey = "cash" | "financing" | "badDebt" | "yearly";

/** One figure: label, amount (cents; null = not computable) and how it was computed. */
export interface CreditYieldLine {
  key: CreditYieldKey;
  label: string;
  amount: number | null;
  how: string;
}

/** The yield block in one language. */
export interface CreditYieldText {
  title: string;
  /** One sentence saying what the block is and that the figures are the user's own settings. */
  intro: string;
  lines: CreditYieldLine[];
}

/** A rate in basis points as a percentage with two decimals: 600 → "6,00%" / "6.00%". */
export function basisPoints(bp: number, lang: Lang): string {
  const text = (bp / 100).toFixed(2);
  return `${lang === "nl" ? text.replace(".", ",") : text}%`;
}

/** written off ÷ sales as a percentage with two decimals (for display only). */
function ratePct(part: number, whole: number, lang: Lang): string {
  const text = ((part / whole) * 100).toFixed(2);
  return `${lang === "nl" ? text.replace(".", ",") : text}%`;
}

function gapText(gap: CreditYieldGap, lang: Lang, what: "cash" | "badDebt"): string {
  if (gap === "no-history")
    return lang === "nl"
      ? what === "cash"
        ? "Niet te berekenen: de lijst heeft geen betaalhistorie (alleen openstaande posten), dus geen kredietverkoop per dag."
        : "Niet te berekenen: de lijst heeft geen betaalhistorie (alleen openstaande posten), dus geen kredietverkoop over 12 maanden."
      : what === "cash"
        ? "Not computable: the list has no payment history (open items only), so no credit sales per day."
        : "Not computable: the list has no payment history (open items only), so no credit sales over 12 months.";
  return lang === "nl"
    ? what === "cash"
      ? "Niet te berekenen: geen kredietverkoop in de periode."
      : "Niet te berekenen: geen kredietverkoop in de 12 maanden tot de peildatum."
    : what === "cash"
      ? "Not computable: no credit sales in the period."
      : "Not computable: no credit sales in the 12 months up to the as-of day.";
}

/** The yield block of `y` in `lang`. */
export function creditYieldText(y: CreditYield, lang: Lang): CreditYieldText {
  const nl = lang === "nl";
  const euro = (c: number): string => formatCents(c as Cents, lang);
  const n = y.inputs.dsoReductionDays;
  const rate = basisPoints(y.inputs.financingRateBp, lang);
  const target = basisPoints(y.inputs.badDebtTargetBp, lang);
  const lines: CreditYieldLine[] = [];
  const dayWord = (k: number) => (nl ? (k === 1 ? "dag" : "dagen") : k === 1 ? "day" : "days");
  const c = y.cash;
  const months = (m: number) =>
    nl
      ? m === 1
        ? "de laatste maand"
        : `de laatste ${m} maanden`
      : m === 1
        ? "the last month"
        : `the last ${m} months`;
  lines.push({
    key: "cash",
    label: nl
      ? `Geld dat vrijkomt als de DSO ${n} ${dayWord(n)} daalt`
      : `Cash released if DSO falls by ${n} ${dayWord(n)}`,
    amount: c?.released ?? null,
    how:
      c === null
        ? gapText(y.gaps.cash ?? "no-sales", lang, "cash")
        : nl
          ? `Kredietverkoop ${euro(c.sales)} in ${c.days} dagen (${months(c.months)}) ÷ ${c.days} × ${n} ${dayWord(n)} = ${euro(c.released)}, eenmalig.`
          : `Credit sales ${euro(c.sales)} in ${c.days} days (${months(c.months)}) ÷ ${c.days} × ${n} ${dayWord(n)} = ${euro(c.released)}, once.`,
  });
  lines.push({
    key: "financing",
    label: nl
      ? `Minder financieringskosten per jaar (${rate} rente)`
      : `Financing cost saved per year (${rate} interest)`,
    amount: c?.financingSaved ?? null,
    how:
      c === null
        ? gapText(y.gaps.cash ?? "no-sales", lang, "cash")
        : nl
          ? `${euro(c.released)} × ${rate} rente per jaar = ${euro(c.financingSaved)}.`
          : `${euro(c.released)} × ${rate} interest a year = ${euro(c.financingSaved)}.`,
  });
  const b = y.badDebt;
  const current = b === null ? "" : ratePct(b.writtenOff12m, b.sales12m, lang);
  lines.push({
    key: "badDebt",
    label:
      b === null
        ? nl
          ? `Minder afschrijvingen per jaar bij ${target}`
          : `Less written off per year at ${target}`
        : nl
          ? `Minder afschrijvingen per jaar: van ${current} naar ${target}`
          : `Less written off per year: from ${current} to ${target}`,
    amount: b?.saved ?? null,
    how:
      b === null
        ? gapText(y.gaps.badDebt ?? "no-sales", lang, "badDebt")
        : b.atOrBelowTarget
          ? nl
            ? `Afgeschreven in 12 maanden ${euro(b.writtenOff12m)} = ${current} van ${euro(b.sales12m)} kredietverkoop; dat is niet boven het doel van ${target}, dus geen besparing.`
            : `Written off in 12 months ${euro(b.writtenOff12m)} = ${current} of ${euro(b.sales12m)} credit sales; that is not above the target of ${target}, so no saving.`
          : nl
            ? `Afgeschreven in 12 maanden ${euro(b.writtenOff12m)} = ${current} van ${euro(b.sales12m)} kredietverkoop; bij ${target}: ${euro(b.sales12m)} × ${target} = ${euro(b.atTarget)}; ${euro(b.writtenOff12m)} − ${euro(b.atTarget)} = ${euro(b.saved)}.`
            : `Written off in 12 months ${euro(b.writtenOff12m)} = ${current} of ${euro(b.sales12m)} credit sales; at ${target}: ${euro(b.sales12m)} × ${target} = ${euro(b.atTarget)}; ${euro(b.writtenOff12m)} − ${euro(b.atTarget)} = ${euro(b.saved)}.`,
  });
  const parts: string[] = [];
  if (c !== null)
    parts.push(`${euro(c.financingSaved)} ${nl ? "financieringskosten" : "financing"}`);
  if (b !== null) parts.push(`${euro(b.saved)} ${nl ? "afschrijvingen" : "write-offs"}`);
  lines.push({
    key: "yearly",
    label: nl ? "Samen per jaar" : "Together per year",
    amount: c === null && b === null ? null : y.yearly,
    how:
      c === null && b === null
        ? nl
          ? "Niet te berekenen (zie hierboven)."
          : "Not computable (see above)."
        : `${parts.join(" + ")} = ${euro(y.yearly)}.`,
  });
  return {
    title: nl ? "Wat beter debiteurenbeheer oplevert" : "What better credit control yields",
    intro: nl
      ? `Met uw eigen cijfers: een DSO die ${n} ${dayWord(n)} lager is, ${rate} rente per jaar op geleend geld en afschrijvingen van ${target} van de kredietverkoop (in te stellen bij Instellingen).`
      : `On your own figures: DSO ${n} ${dayWord(n)} lower, ${rate} interest a year on borrowed money and write-offs of ${target} of credit sales (set in Settings).`,
    lines,
  };
}
