/**
 * The result of reading one cell for one field. A failure carries a plain-English message that names
 * the field and the value; the row reader decides whether it rejects the row (error) or only warns.
 * A success may still carry a warning (read, but doubtful).
 */
export type FieldRead<T> =
  { ok: true; value: T; warning?: string } | { ok: false; message: string };

/** A successful read, optionally with a warning. */
export function readOk<T>(value: T, warning?: string): FieldRead<T> {
  return warning === undefined ? { ok: true, value } : { ok: true, value, warning };
}

/** A failed read. */
export function readFailed<T>(message: string): FieldRead<T> {
  return { ok: false, message };
}

/** Quotes a raw cell text for a message: `"12,3,4"`. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
