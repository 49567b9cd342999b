/**
 * The result of reading one cell for one field. A failure carries a plain-English message that names
 * the field and the value, and the same in Dutch (`messageNl`, for the Dutch task pane); the row
 * reader decides whether it rejects the row (error) or only warns. A success may still carry a
 * warning (read, but doubtful), again in both languages.
 */
export type FieldRead<T> =
  | { ok: true; value: T; warning?: undefined; warningNl?: undefined }
  | { ok: true; value: T; warning: string; warningNl: string }
  | { ok: false; message: string; messageNl: string };

/** A successful read. */
export function readOk<T>(value: T): FieldRead<T>;
/** A successful read with a warning, in English and Dutch. */
export function readOk<T>(value: T, warning: string, warningNl: string): FieldRead<T>;
export function readOk<T>(value: T, warning?: string, warningNl?: string): FieldRead<T> {
  return warning === undefined || warningNl === undefined
    ? { ok: true, value }
    : { ok: true, value, warning, warningNl };
}

/** A failed read, in English and Dutch. */
export function readFailed<T>(message: string, messageNl: string): FieldRead<T> {
  return { ok: false, message, messageNl };
}

/** Quotes a raw cell text for a message: `"12,3,4"`. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** Excel's TRUE/FALSE as Dutch Excel shows them: WAAR/ONWAAR. */
export function booleanNl(value: boolean): string {
  return value ? "WAAR" : "ONWAAR";
}
