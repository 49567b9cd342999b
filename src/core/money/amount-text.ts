import { describeValue, describeValueNl } from "../describe-value";
/**
 * Internal to amount.ts: the lexical half of amount parsing. Splits a text amount into its sign and
 * its bare digits-and-separators body, and reads a body under one notation. No notation guessing here.
 */

/**
 * A text amount without sign, currency and brackets. `zero` marks the accounting "-" for nil. A
 * failure has an English reason and its Dutch twin.
 */
export type AmountText =
  | { ok: true; negative: boolean; body: string; zero: boolean }
  | { ok: false; reason: string; reasonNl: string };

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
 * A failed reading of `value`: its English reason and the Dutch twin, each built from the value as
 * the language describes it. Shared by the amount parser's reasons.
 */
export function amountFailure(
  value: unknown,
  en: (shown: string) => string,
  nl: (shown: string) => string
): { ok: false; reason: string; reasonNl: string } {
  return { ok: false, reason: en(describeValue(value)), reasonNl: nl(describeValueNl(value)) };
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
