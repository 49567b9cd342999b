import {
  amountFailure,
  readDecimal,
  sameDecimal,
  showDecimal,
  splitAmountText,
  type DecimalDigits,
} from "./amount-text";
import { centsFromEuros, cents, type Cents } from "./money";

/** How a text amount writes its separators. nl: "1.234,56" (decimal comma); en: "1,234.56" (decimal point). */
export type Notation = "nl" | "en";

/**
 * The outcome of {@link parseAmount}: cents, or a plain English reason that names the value, with its
 * Dutch twin `reasonNl` for a Dutch interface.
 */
export type AmountResult =
  { ok: true; cents: Cents } | { ok: false; reason: string; reasonNl: string };

/**
 * Reads an amount from a cell value.
 *
 * - Numbers: {@link centsFromEuros} (rounded half away from zero to the cent, as Excel displays them).
 * - Text, Dutch or English notation: "1.234,56", "1,234.56", "1 234,56" (space, NBSP or narrow NBSP
 *   as thousands separator), "€ 1.234,56", "EUR 12", "12,50 €", "-12,50", "- 12,50", "€-12,50",
 *   "-€ 12,50", "+12", "(12,50)" (negative), "12,50-" (SAP-style trailing minus), "12,-" / "12,--"
 *   (whole euros), and "-" / "€ -" alone (Excel's accounting format for nil) = 0.
 * - Text whose notation shows itself ("12,50", "1.234.567", "1,234.56") is read that way whatever
 *   `notation` says. Only text that reads as two different amounts ("1.234", "12,500") needs
 *   `notation` (the column's, from {@link detectNotation}); without it the result is an error.
 * - Text with more than two decimals is rejected unless the extra digits are zeros ("12,5000" is
 *   fine): a person reading "1,2345" sees no cent amount, so rounding it would be a silent guess.
 *   So "1.234" with notation "en" (1.234 euros) is an error, not 1.23.
 * - Booleans, dates, NaN, Infinity, Excel error values ("#N/A") and empty text are errors.
 */
export function parseAmount(value: unknown, notation?: Notation): AmountResult {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return amountFailure(
        value,
        (shown) => `${shown} is not a finite amount.`,
        (shown) => `${shown} is geen eindig bedrag.`
      );
    try {
      return { ok: true, cents: centsFromEuros(value) };
    } catch {
      return tooLarge(value);
    }
  }
  if (typeof value === "boolean")
    return amountFailure(
      value,
      (shown) => `${shown} is a yes/no value, not an amount.`,
      (shown) => `${shown} is een ja/nee-waarde, geen bedrag.`
    );
  if (value === null || value === undefined)
    return {
      ok: false,
      reason: "An empty cell is not an amount.",
      reasonNl: "Een lege cel is geen bedrag.",
    };
  if (value instanceof Date)
    return amountFailure(
      value,
      (shown) => `${shown} is a date, not an amount.`,
      (shown) => `${shown} is een datum, geen bedrag.`
    );
  if (typeof value !== "string")
    return amountFailure(
      value,
      (shown) => `${shown} is not an amount.`,
      (shown) => `${shown} is geen bedrag.`
    );

  const split = splitAmountText(value, value);
  if (!split.ok) return split;
  if (split.zero) return { ok: true, cents: cents(0) };
  const nl = readDecimal(split.body, "nl");
  const en = readDecimal(split.body, "en");
  let chosen: DecimalDigits;
  if (nl && en && !sameDecimal(nl, en)) {
    if (notation === undefined) return ambiguity(value, split.body, nl, en);
    chosen = notation === "nl" ? nl : en;
  } else if (nl || en) {
    chosen = (nl ?? en) as DecimalDigits;
  } else {
    return amountFailure(
      value,
      (shown) => `${shown} is not an amount: its separators fit neither 1.234,56 nor 1,234.56.`,
      (shown) =>
        `${shown} is geen bedrag: de scheidingstekens passen niet bij 1.234,56 en niet bij 1,234.56.`
    );
  }
  return toCents(chosen, split.negative, value);
}

function tooLarge(value: unknown): AmountResult {
  return amountFailure(
    value,
    (shown) => `${shown} is too large to be an amount in cents.`,
    (shown) => `${shown} is te groot voor een bedrag in centen.`
  );
}

function toCents(d: DecimalDigits, negative: boolean, value: unknown): AmountResult {
  if (/[1-9]/.test(d.frac.slice(2))) {
    return amountFailure(
      value,
      (shown) =>
        `${shown} has more than two decimals (${showDecimal(d)}); an amount must be whole cents.`,
      (shown) =>
        `${shown} heeft meer dan twee decimalen (${showDecimal(d).replace(".", ",")}); een bedrag moet in hele centen zijn.`
    );
  }
  const magnitude = BigInt(d.int) * 100n + BigInt(d.frac.slice(0, 2).padEnd(2, "0"));
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return tooLarge(value);
  const n = Number(magnitude);
  return { ok: true, cents: cents(negative ? -n : n) };
}

function ambiguity(
  value: unknown,
  body: string,
  nl: DecimalDigits,
  en: DecimalDigits
): AmountResult {
  const separator = body.includes(".") ? "." : ",";
  const [thousands, decimal] = separator === "." ? [nl, en] : [en, nl];
  const [thousandsNotation, decimalNotation] =
    separator === "." ? ["Dutch", "English"] : ["English", "Dutch"];
  const [duizendtallen, decimaal] =
    separator === "." ? ["Nederlandse", "Engelse"] : ["Engelse", "Nederlandse"];
  const euros = (d: DecimalDigits): string => showDecimal(d).replace(".", ",");
  return amountFailure(
    value,
    (shown) =>
      `${shown} is ambiguous: ${showDecimal(thousands)} euros if "${separator}" separates thousands ` +
      `(${thousandsNotation} notation), or ${showDecimal(decimal)} euros if it is the decimal separator ` +
      `(${decimalNotation} notation); no other amount in the column settles which.`,
    (shown) =>
      `${shown} is dubbelzinnig: ${euros(thousands)} euro als "${separator}" de duizendtallen scheidt ` +
      `(${duizendtallen} notatie), of ${euros(decimal)} euro als "${separator}" het decimaalteken is ` +
      `(${decimaal} notatie); geen ander bedrag in de kolom geeft de doorslag.`
  );
}

/**
 * The notation evidence in one text value: "nl" or "en" when it reads validly in only that notation,
 * "ambiguous" when it reads as different amounts in both ("1.234"), "none" when the notation does
 * not matter ("12", "1 234", "-") or it is no amount at all.
 */
export function amountNotationOf(text: string): Notation | "ambiguous" | "none" {
  if (typeof text !== "string") return "none";
  const split = splitAmountText(text, "");
  if (!split.ok || split.zero) return "none";
  const nl = readDecimal(split.body, "nl");
  const en = readDecimal(split.body, "en");
  if (nl && en) return sameDecimal(nl, en) ? "none" : "ambiguous";
  return nl ? "nl" : en ? "en" : "none";
}

/**
 * Decides a column's notation from its text values (numbers are no evidence). `notation` is the
 * majority of nl/en evidence (null when there is none or a tie); `conflicting` is true when both
 * notations occur; `ambiguousCount` counts values that need the notation ("1.234").
 */
export function detectNotation(values: readonly unknown[]): {
  notation: Notation | null;
  conflicting: boolean;
  ambiguousCount: number;
} {
  let nl = 0;
  let en = 0;
  let ambiguousCount = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const evidence = amountNotationOf(value);
    if (evidence === "nl") nl++;
    else if (evidence === "en") en++;
    else if (evidence === "ambiguous") ambiguousCount++;
  }
  const notation = nl > en ? "nl" : en > nl ? "en" : null;
  return { notation, conflicting: nl > 0 && en > 0, ambiguousCount };
}
