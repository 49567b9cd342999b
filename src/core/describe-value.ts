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
