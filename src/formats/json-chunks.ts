/**
 * Compact JSON in pieces: the same text as JSON.stringify(value), produced as strings of about
 * `size` characters each, so a large report is written as it is serialised instead of being held
 * as one string (and its UTF-8 copy) in memory. Objects and short arrays are walked; the items of a
 * long array (a report's 20,000 customer rows) are each serialised whole by JSON.stringify, which
 * is about five times faster than walking them field by field; anything else, and any object with
 * toJSON, is serialised by JSON.stringify itself. Pure.
 */

function isPlainContainer(value: unknown): value is object {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** True for values JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/**
 * Arrays of at least this many items have each item serialised whole (rows are small); shorter
 * arrays and objects are walked, so a long array deeper down (a folder's reports) is still found.
 */
const LONG_ARRAY = 64;

/** JSON.stringify of an array item: null where it writes null (undefined, a function, …). */
const itemText = (item: unknown): string =>
  (isSkipped(item) ? null : JSON.stringify(item)) ?? "null";

/** A long array's text in pieces of about `size` characters. */
function* longArray(items: readonly unknown[], size: number): Generator<string> {
  let text = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += ",";
    text += itemText(items[i]);
    if (text.length >= size) {
      yield text;
      text = "";
    }
  }
  yield text + "]";
}

function* pieces(value: unknown, size: number): Generator<string> {
  if (!isPlainContainer(value)) {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    if (value.length >= LONG_ARRAY) {
      yield* longArray(value, size);
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const item: unknown = value[i];
      if (isPlainContainer(item)) yield* pieces(item, size);
      else yield itemText(item);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (isSkipped(item)) continue;
    // A value whose toJSON gives undefined is left out, as JSON.stringify leaves it out.
    const text = isPlainContainer(item) ? null : JSON.stringify(item);
    if (text === undefined) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (text === null) yield* pieces(item, size);
    else yield text;
  }
  yield "}";
}

/**
 * JSON.stringify(value) (compact) in pieces of at least `size` characters (the last may be
 * shorter); `value` must be JSON.stringify-able to a text (not undefined at the top).
 */
export function* jsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let buffer = "";
  for (const piece of pieces(value, size)) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}
