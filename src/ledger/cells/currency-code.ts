/**
 * Currency of a row: an ISO 4217 code ("EUR", "usd"), a symbol (€ $ £) or a word ("euro"), and the
 * currency marker that a foreign-currency amount text may carry ("USD 1,200.00", "$ 12").
 */
import { normalizeHeader } from "../header/header-text";
import { quote, readOk, type FieldRead } from "../rows/field-read";
import type { ColumnMatch, LedgerField, LedgerIssue } from "../types";

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

/** Symbols a header may end in; not "fr", which ends too many Dutch headers' abbreviations. */
const HEADER_SYMBOLS: Readonly<Record<string, string>> = {
  "€": "EUR",
  $: "USD",
  us$: "USD",
  "£": "GBP",
};

/**
 * ISO codes a money column's header may end in ("Bedrag (USD)", "Saldo GBP"). A closed list rather
 * than any three letters: "Bedrag btw" or "Totaal excl" must not become a currency.
 */
const HEADER_CODES = new Set([
  "EUR",
  "USD",
  "GBP",
  "CHF",
  "JPY",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "RON",
  "BGN",
  "ISK",
  "TRY",
  "CAD",
  "AUD",
  "NZD",
  "CNY",
  "HKD",
  "SGD",
  "INR",
  "ZAR",
  "BRL",
  "MXN",
  "AED",
]);

/**
 * The currency a money column's header names as its last word — "Bedrag (USD)", "Saldo in GBP",
 * "Open €", "Amount [CHF]", "Bedrag in euro" — or null when it names none. An export without a
 * currency column says its currency this way; reading such a column as euros would add dollars
 * into euro totals.
 */
export function headerCurrency(header: string): string | null {
  const words = header.split(/[\s()[\]]+/).filter((w) => w !== "");
  const last = words.at(-1);
  if (words.length < 2 || last === undefined) return null;
  if (/^[A-Za-z]{3}$/.test(last))
    return HEADER_CODES.has(last.toUpperCase()) ? last.toUpperCase() : null;
  return HEADER_SYMBOLS[last.toLowerCase()] ?? WORDS[normalizeHeader(last)] ?? null;
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

/**
 * The currency of rows without a currency cell, when the caller set none: what the amount's (or
 * else the open amount's) header names, else EUR. A header currency other than EUR is reported as
 * information on the header row, and two money headers naming different currencies as a warning
 * (the amount's wins), so the reader never silently counts dollars as euros.
 */
export function currencyFromHeaders(
  columns: ReadonlyMap<LedgerField, ColumnMatch>,
  headerRow: number,
  given: string | undefined
): { currency: string; issues: LedgerIssue[] } {
  if (given !== undefined || columns.has("currency"))
    return { currency: given ?? "EUR", issues: [] };
  const named = (["amount", "openAmount"] as const).flatMap((field) => {
    const column = columns.get(field);
    const code = column === undefined ? null : headerCurrency(column.header);
    return column === undefined || code === null ? [] : [{ column, code }];
  });
  const first = named[0];
  if (first === undefined) return { currency: "EUR", issues: [] };
  const issues: LedgerIssue[] = [];
  const other = named.find((n) => n.code !== first.code);
  if (other !== undefined)
    issues.push({
      row: headerRow,
      column: other.column.letter,
      value: other.column.header,
      message: `The header ${quote(other.column.header)} names ${other.code}, but ${quote(first.column.header)} names ${first.code}; the amounts are read as ${first.code}. Add a currency column if the rows differ.`,
      messageNl: `De kop ${quote(other.column.header)} noemt ${other.code}, maar ${quote(first.column.header)} noemt ${first.code}; de bedragen zijn gelezen als ${first.code}. Voeg een kolom met de valuta toe als de regels verschillen.`,
      severity: "warning",
    });
  if (first.code !== "EUR")
    issues.push({
      row: headerRow,
      column: first.column.letter,
      value: first.column.header,
      message: `The amounts are in ${first.code}, as the header ${quote(first.column.header)} says: they are kept apart from the euro figures.`,
      messageNl: `De bedragen zijn in ${first.code}, zoals de kop ${quote(first.column.header)} zegt: ze blijven buiten de cijfers in euro.`,
      severity: "info",
    });
  return { currency: first.code, issues };
}
