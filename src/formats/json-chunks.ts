/**
 * Compact JSON in pieces: the same text as JSON.stringify(value), produced as strings of about
 * `size` characters each, so a large report is written as it is serialised instead of being held
 * as one string (and its UTF-8 copy) in memory. Arrays and plain objects of the first levels are
 * walked; anything deeper, anything else and any object with toJSON is serialised by
 * JSON.stringify itself. Pure.
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

/** Containers this deep are serialised whole by JSON.stringify (a report's rows are small). */
const WHOLE_AT_DEPTH = 3;

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= WHOLE_AT_DEPTH || !isPlainContainer(value)) {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const item: unknown = value[i];
      if (isSkipped(item)) yield "null";
      else yield* pieces(item, depth + 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (isSkipped(item)) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    yield* pieces(item, depth + 1);
  }
  yield "}";
}

/**
 * JSON.stringify(value) (compact) in pieces of at least `size` characters (the last may be
 * shorter); `value` must be JSON.stringify-able to a text (not undefined at the top).
 */
export function* jsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let buffer = "";
  for (const piece of pieces(value, 0)) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}
