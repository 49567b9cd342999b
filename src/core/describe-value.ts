import { longDay } from "./calendar/long-day";

/**
 * Renders any value for an error message: strings quoted, numbers as written, others by kind.
 * Long strings are shortened so a message stays one readable line.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (value === undefined) return "an empty value";
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid Date" : `the Date ${value.toISOString()}`;
  }
  if (Array.isArray(value)) return `a list of ${value.length} values`;
  return `a value of type ${typeof value}`;
}

/** A description of a value that is only rendered when a message is actually built. */
export interface LazyDescription {
  toString(): string;
}

/**
 * {@link describeValue}, deferred: interpolating the result in a template string renders it. Parsers
 * that run per cell keep one of these for their error messages instead of describing every value.
 */
export function lazyDescription(value: unknown): LazyDescription {
  let text: string | undefined;
  return { toString: () => (text ??= describeValue(value)) };
}

/**
 * {@link describeValue} in Dutch, for the Dutch twin of a message: strings quoted as they are,
 * numbers with a decimal comma ("12,5"), booleans as Dutch Excel shows them (WAAR/ONWAAR), a Date
 * as its UTC day written out ("de datum 1 januari 2025"), with the time only when it is not midnight.
 */
export function describeValueNl(value: unknown): string {
  if (typeof value === "string") return describeValue(value);
  if (typeof value === "number") return describeValue(value).replace(".", ",");
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "een lege waarde (null)";
  if (value === undefined) return "een lege waarde";
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "een ongeldige datum";
    const iso = value.toISOString();
    if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return `de datum ${iso}`;
    const time = iso.slice(11, 19);
    const day = longDay(iso.slice(0, 10), "nl");
    return time === "00:00:00" ? `de datum ${day}` : `de datum ${day} ${time} (UTC)`;
  }
  if (Array.isArray(value)) return `een lijst van ${value.length} waarden`;
  return `een waarde van het type ${typeof value}`;
}

/** {@link describeValueNl}, deferred like {@link lazyDescription}. */
export function lazyDescriptionNl(value: unknown): LazyDescription {
  let text: string | undefined;
  return { toString: () => (text ??= describeValueNl(value)) };
}
