/**
 * Amounts as people write them — "1.234,56", "€ 1,234.56", "(12,50)", "-" — read into cents, with
 * the notation decided per value or per column, and the lexical half (sign, currency, brackets,
 * separators) that reads one body under one notation.
 */
import { centsFromEuros, cents, type Cents } from "./money";
import { describeValue, describeValueNl } from "../describe-value";
import type { Text } from "../text";

/** How a text amount writes its separators. nl: "1.234,56" (decimal comma); en: "1,234.56" (decimal point). */
export type Notation = "nl" | "en";

/**
 * The outcome of {@link parseAmount}: cents, or a plain reason that names the value, in English and
 * Dutch.
 */
export type AmountResult = { ok: true; cents: Cents } | { ok: false; reason: Text };

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
      reason: { en: "An empty cell is not an amount.", nl: "Een lege cel is geen bedrag." },
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

/*
 * The lexical half of amount parsing. Splits a text amount into its sign and
 * its bare digits-and-separators body, and reads a body under one notation. No notation guessing here.
 */

/**
 * A text amount without sign, currency and brackets. `zero` marks the accounting "-" for nil. A
 * failure has its reason in English and Dutch.
 */
export type AmountText =
  { ok: true; negative: boolean; body: string; zero: boolean } | { ok: false; reason: Text };

/** An exact decimal read from a body: integer digits and fraction digits, both without separators. */
export interface DecimalDigits {
  int: string;
  frac: string;
}

const CURRENCY_START = /^(€|eur(?![a-z]))/i;
const CURRENCY_END = /((?<![a-z])eur|€)$/i;
/** "12,-" and "12,--" are Dutch for "12 euros, no cents" (also "12.-" as used in Switzerland). */
const WHOLE_EUROS_END = /(\d)[.,]-{1,2}$/;
const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i;

/**
 * A failed reading of `value`: its reason in English and Dutch, each built from the value as
 * the language describes it. Shared by the amount parser's reasons.
 */
export function amountFailure(
  value: unknown,
  en: (shown: string) => string,
  nl: (shown: string) => string
): { ok: false; reason: Text } {
  return {
    ok: false,
    reason: { en: en(describeValue(value)), nl: nl(describeValueNl(value)) },
  };
}

/**
 * Strips whitespace variants, currency markers (€, EUR), signs and brackets from a text amount.
 * `value` is what a failure's reason names (the cell value the text came from); it is described
 * only on failure.
 */
export function splitAmountText(text: string, value: unknown): AmountText {
  // All Unicode spaces (NBSP, narrow NBSP, thin space, ...) become one plain space; dashes and the
  // minus sign become "-".
  let s = text
    .replace(/\s+/g, " ")
    .replace(/[\u2012\u2013\u2014\u2212]/g, "-")
    .trim();
  if (s === "")
    return amountFailure(
      value,
      (shown) => `${shown} is empty, not an amount.`,
      (shown) => `${shown} is leeg, geen bedrag.`
    );
  if (EXCEL_ERROR.test(s))
    return amountFailure(
      value,
      (shown) => `${shown} is an Excel error value, not an amount.`,
      (shown) => `${shown} is een foutwaarde van Excel, geen bedrag.`
    );
  let minus = 0;
  let plus = 0;
  let brackets = 0;
  let currency = 0;
  for (let changed = true; changed;) {
    changed = true;
    let match: RegExpExecArray | null;
    if (s.startsWith("(") && s.endsWith(")") && s.length >= 2) {
      brackets++;
      s = s.slice(1, -1);
    } else if ((match = CURRENCY_START.exec(s)) || (match = CURRENCY_END.exec(s))) {
      currency++;
      s = match.index === 0 ? s.slice(match[0].length) : s.slice(0, match.index);
    } else if (WHOLE_EUROS_END.test(s)) {
      s = s.replace(WHOLE_EUROS_END, (_, digit: string, offset: number, all: string) => {
        // Keep the separator so the notation evidence survives ("1.234,-" is Dutch).
        const separator = all.charAt(offset + 1);
        return `${digit}${separator}00`;
      });
    } else if (s.startsWith("-")) {
      minus++;
      s = s.slice(1);
    } else if (s.endsWith("-")) {
      minus++;
      s = s.slice(0, -1);
    } else if (s.startsWith("+")) {
      plus++;
      s = s.slice(1);
    } else {
      changed = false;
    }
    s = s.trim();
  }
  if (currency > 1)
    return amountFailure(
      value,
      (shown) => `${shown} names the currency more than once.`,
      (shown) => `${shown} noemt de valuta meer dan één keer.`
    );
  if (minus + plus + brackets > 1)
    return amountFailure(
      value,
      (shown) => `${shown} has more than one sign or bracket pair.`,
      (shown) => `${shown} bevat meer dan één plus- of minteken of paar haakjes.`
    );
  if (s === "") {
    // Excel's accounting format shows nil as "-" (or "€ -").
    if (minus === 1) return { ok: true, negative: false, body: "0", zero: true };
    return amountFailure(
      value,
      (shown) => `${shown} has no digits, so it is not an amount.`,
      (shown) => `${shown} bevat geen cijfers en is dus geen bedrag.`
    );
  }
  if (!/^[\d., ]+$/.test(s) || !/\d/.test(s)) {
    const code = /^([A-Za-z]{3})\b|\b([A-Za-z]{3})$/.exec(s);
    const other = code?.[1] ?? code?.[2];
    if (other !== undefined && /^[A-Z]{3}$/.test(other) && /\d/.test(s)) {
      return amountFailure(
        value,
        (shown) =>
          `${shown} is in ${other}; only euro amounts (€, EUR or no currency) can be read.`,
        (shown) =>
          `${shown} is in ${other}; alleen bedragen in euro (€, EUR of zonder valuta) zijn te lezen.`
      );
    }
    return amountFailure(
      value,
      (shown) => `${shown} is not an amount.`,
      (shown) => `${shown} is geen bedrag.`
    );
  }
  return { ok: true, negative: minus + brackets === 1, body: s, zero: false };
}

/**
 * Reads `body` (digits, ".", ",", " ") in one notation, or null when it is not valid there.
 * nl: "," decimal, "." or " " thousands; en: "." decimal, "," or " " thousands. Thousands groups
 * must be exact ("1.234.567", not "1.23.4"), and a grouped number cannot start with 0.
 */
export function readDecimal(body: string, notation: "nl" | "en"): DecimalDigits | null {
  const [decimal, group] = notation === "nl" ? [",", "."] : [".", ","];
  const pieces = body.split(decimal);
  if (pieces.length > 2) return null;
  const intPart = pieces[0] ?? "";
  const fracPart = pieces[1];
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return null;
  let int: string;
  if (intPart === "") {
    if (fracPart === undefined) return null;
    int = "0";
  } else if (/^\d+$/.test(intPart)) {
    int = intPart;
  } else if (
    new RegExp(`^[1-9]\\d{0,2}(\\${group}\\d{3})+$`).test(intPart) ||
    /^[1-9]\d{0,2}( \d{3})+$/.test(intPart)
  ) {
    int = intPart.replace(/\D/g, "");
  } else {
    return null;
  }
  return { int, frac: fracPart ?? "" };
}

/** True when two readings are the same number ("012" = "12", "5" = "50"). */
export function sameDecimal(a: DecimalDigits, b: DecimalDigits): boolean {
  return (
    a.int.replace(/^0+/, "") === b.int.replace(/^0+/, "") &&
    a.frac.replace(/0+$/, "") === b.frac.replace(/0+$/, "")
  );
}

/** Plain decimal text of a reading, for messages: "1234", "1.234". */
export function showDecimal(d: DecimalDigits): string {
  const int = d.int.replace(/^0+(?=\d)/, "");
  const frac = d.frac.replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}
