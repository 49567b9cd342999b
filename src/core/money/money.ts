import { assert } from "../assert";
import { describeValue } from "../describe-value";

/**
 * An amount of money in integer euro cents. Branded so that a plain number (euros, a count, a day)
 * cannot be passed where cents are meant; make one with {@link cents} or {@link centsFromEuros}.
 */
export type Cents = number & { readonly __brand: "Cents" };

/** Zero cents. */
export const ZERO = 0 as Cents;

/**
 * Brands an integer number of cents. Asserts that `n` is a safe integer (so sums stay exact);
 * `-0` becomes `0`.
 */
export function cents(n: number): Cents {
  assert(
    typeof n === "number" && Number.isSafeInteger(n),
    "money.not-cents",
    () => `${describeValue(n)} is not a whole number of cents (a safe integer was expected).`
  );
  return (n === 0 ? 0 : n) as Cents;
}

/**
 * Converts a euro amount to cents, rounding half away from zero *as the number reads*.
 *
 * Why not `Math.round(x * 100)`: binary floats make 1.005 * 100 = 100.49999999999999, which rounds
 * to 100 although everybody reads "1.005" and means 101 cents. We round the shortest decimal text
 * that identifies the float (`String(x)`, ECMAScript's round-trip representation), digit by digit,
 * so the result is exactly the decimal rounding of what a person sees: 1.005 -> 101,
 * 0.1 + 0.2 (0.30000000000000004) -> 30, -0.5 -> -50, 147703.18 -> 14770318. Rejects NaN, Infinity
 * and amounts beyond the safe-integer range of cents.
 */
export function centsFromEuros(euros: number): Cents {
  assert(
    typeof euros === "number" && Number.isFinite(euros),
    "money.not-finite",
    () => `${describeValue(euros)} is not a finite euro amount.`
  );
  const text = String(Math.abs(euros)); // "1.005", "1e-7", "1.2345e+21"
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  assert(match, "money.not-finite", () => `${describeValue(euros)} is not a finite euro amount.`);
  const intDigits = match[1] ?? "";
  const digits = intDigits + (match[2] ?? "");
  // Position of the decimal point within `digits` after multiplying by 100.
  const point = intDigits.length + Number(match[3] ?? "0") + 2;
  let whole: string;
  let next: string;
  if (point <= 0) {
    whole = "0";
    next = point === 0 ? (digits[0] ?? "0") : "0";
  } else {
    whole = point >= digits.length ? digits.padEnd(point, "0") : digits.slice(0, point);
    next = digits[point] ?? "0";
  }
  const magnitude = Number(whole) + (next >= "5" ? 1 : 0);
  assert(
    Number.isSafeInteger(magnitude),
    "money.too-large",
    () => `${describeValue(euros)} euros is too large to count exactly in cents.`
  );
  return cents(euros < 0 ? -magnitude : magnitude);
}

/**
 * Converts cents to a euro number with at most 2 decimals (e.g. 14770318 -> 147703.18).
 * `centsFromEuros(centsToEuros(c)) === c` for every |c| up to 4e15 (40 trillion euros); beyond
 * about 7e15 cents neighbouring cent values share one float.
 */
export function centsToEuros(c: Cents): number {
  return cents(c) / 100;
}

/** Adds two amounts exactly; asserts the sum stays a safe integer. */
export function addCents(a: Cents, b: Cents): Cents {
  const sum = cents(a) + cents(b);
  assert(
    Number.isSafeInteger(sum),
    "money.too-large",
    () => `The sum of ${a} and ${b} cents is too large.`
  );
  return cents(sum);
}

/** Sums amounts exactly (empty -> {@link ZERO}); asserts every partial sum stays a safe integer. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = ZERO;
  for (const value of values) total = addCents(total, value);
  return total;
}

/**
 * Formats cents for display: nl `"€ 1.234,56"`, `"-€ 12,50"`; en `"€1,234.56"`, `"-€12.50"`.
 * Written by hand (not Intl) so output is identical in every runtime and ICU build.
 */
export function formatCents(c: Cents, locale: "nl" | "en"): string {
  const value = cents(c);
  const abs = Math.abs(value);
  const euros = String((abs - (abs % 100)) / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  const [group, decimal, symbol] = locale === "nl" ? [".", ",", "€ "] : [",", ".", "€"];
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 ? "-" : ""}${symbol}${grouped}${decimal}${fraction}`;
}

/**
 * An amount in `currency` (ISO 4217) as text: euros as {@link formatCents} writes them, any other
 * currency with its code in front ("USD 700,00" in Dutch, "USD 700.00" in English) — never with a €.
 */
export function formatMoney(c: Cents, currency: string, locale: "nl" | "en"): string {
  if (currency === "EUR") return formatCents(c, locale);
  const euroStyle = formatCents(c, locale);
  const sign = euroStyle.startsWith("-") ? "-" : "";
  return `${sign}${currency} ${euroStyle.replace(/^-?€ ?/, "")}`;
}
