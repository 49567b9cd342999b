// Argument converters for the reminder, calendar, VAT-relief and identifier functions.
import { describeValue } from "../src/core";
import type { DebtorKind } from "../src/dunning";
import { debtorTypeOf } from "../src/ledger";
import { ArgumentError, isBlankArg } from "./args";

/** A whole number from a number cell or numeric text; `fallback` when blank. */
export function wholeNumberArg(argument: string, value: unknown, fallback: number): number {
  if (isBlankArg(value)) return fallback;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new ArgumentError(argument, `${describeValue(value)} is not a number`);
  }
  // Excel truncates day counts (WORKDAY(start; 2,7) = 2 days); we do the same.
  return Math.trunc(n);
}

/** A reminder stage: blank = none sent (0); otherwise a whole number 0..99. */
export function stageArg(argument: string, value: unknown): number {
  const stage = wholeNumberArg(argument, value, 0);
  if (stage < 0 || stage > 99 || (typeof value === "number" && !Number.isInteger(value))) {
    throw new ArgumentError(argument, `${describeValue(value)} is not a reminder stage (0-99)`);
  }
  return stage;
}

/** Business or consumer, from "zakelijk"/"particulier", "B2B"/"B2C", "business"/"consumer"; blank = business. */
export function debtorArg(argument: string, value: unknown): DebtorKind {
  if (isBlankArg(value)) return "business";
  const kind = typeof value === "string" ? debtorTypeOf(value) : null;
  if (kind === null) {
    throw new ArgumentError(
      argument,
      `${describeValue(value)} is not a debtor type (zakelijk/particulier, business/consumer, B2B/B2C)`
    );
  }
  return kind;
}

/** "nl" or "en" (also "Nederlands"/"English"); blank = `fallback` (nl). */
export function languageArg(
  argument: string,
  value: unknown,
  fallback: "nl" | "en" = "nl"
): "nl" | "en" {
  if (isBlankArg(value)) return fallback;
  // The usual spellings first: no new string per call in a recalculated column.
  if (value === "nl" || value === "en") return value;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (["nl", "nld", "dutch", "nederlands"].includes(text)) return "nl";
  if (["en", "eng", "english", "engels"].includes(text)) return "en";
  throw new ArgumentError(argument, `${describeValue(value)} is not a language ("nl" or "en")`);
}

/**
 * A VAT rate as Excel users write it: a percentage cell (21% is 0.21) or a plain number of percent
 * (21). Values below 1 are read as fractions, 1 and above as percent; blank = 21%.
 */
export function vatRateArg(argument: string, value: unknown): number {
  if (isBlankArg(value)) return 21;
  const n =
    typeof value === "string" ? Number(value.trim().replace(/%$/, "").replace(",", ".")) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new ArgumentError(
      argument,
      `${describeValue(value)} is not a VAT rate such as 21% or 9%`
    );
  }
  const percent = n < 1 ? n * 100 : n;
  // 0.09 * 100 = 9.000000000000002: keep two decimals of percent, as the core expects.
  return Math.round(percent * 100) / 100;
}

/** An identifier as text: numbers (a KvK number in a number cell) become their digits; blank = "". */
export function identifierArg(value: unknown): string {
  if (isBlankArg(value)) return "";
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return typeof value === "string" ? value : "";
}
