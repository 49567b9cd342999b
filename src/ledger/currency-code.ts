/**
 * Currency of a row: an ISO 4217 code ("EUR", "usd"), a symbol (€ $ £) or a word ("euro"), and the
 * currency marker that a foreign-currency amount text may carry ("USD 1,200.00", "$ 12").
 */
import { normalizeHeader } from "./header-text";
import { quote, readOk, type FieldRead } from "./field-read";

const SYMBOLS: Readonly<Record<string, string>> = {
  "€": "EUR",
  $: "USD",
  us$: "USD",
  "£": "GBP",
  "¥": "JPY",
  chf: "CHF",
  fr: "CHF",
};

const WORDS: Readonly<Record<string, string>> = {
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  usdollar: "USD",
  pond: "GBP",
  pound: "GBP",
  pounds: "GBP",
  ponden: "GBP",
  frank: "CHF",
  zwitsersefrank: "CHF",
};

/** The ISO code of a currency text, or null when it is not a currency we recognise. */
export function currencyCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  const symbol = SYMBOLS[trimmed.toLowerCase()];
  if (symbol !== undefined) return symbol;
  return WORDS[normalizeHeader(trimmed)] ?? null;
}

/** Reads a currency cell; blank means `fallback` (the default currency). */
export function readCurrency(text: string | null, fallback: string): FieldRead<string> {
  if (text === null) return readOk(fallback);
  const code = currencyCodeOf(text);
  if (code !== null) return readOk(code);
  return readOk(
    text.toUpperCase(),
    `Currency ${quote(text)} is not a known currency code; kept as written.`,
    `Valuta ${quote(text)} is geen bekende valutacode; overgenomen zoals geschreven.`
  );
}

/** A foreign-currency marker at the start or end of an amount text, and the text without it. */
const FOREIGN_MARKER =
  /^(?:([A-Z]{3})|(US\$|\$|£|¥|CHF))\s*(.*?)$|^(.*?)\s*(?:([A-Z]{3})|(\$|£|¥))$/;

/**
 * Splits a non-euro currency marker off an amount text: "USD 1,200.00" -> USD and "1,200.00",
 * "$12" -> USD and "12". Euro markers are left to the amount parser. Null when there is none.
 */
export function splitForeignCurrency(text: string): { currency: string; amount: string } | null {
  const match = FOREIGN_MARKER.exec(text.trim());
  if (match === null) return null;
  const marker = match[1] ?? match[2] ?? match[5] ?? match[6] ?? "";
  const amount = (match[3] ?? match[4] ?? "").trim();
  const code = currencyCodeOf(marker);
  if (code === null || code === "EUR" || !/\d/.test(amount)) return null;
  return { currency: code, amount };
}
