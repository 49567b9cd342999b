/**
 * Neutralises text against formula injection (OWASP "CSV injection"): a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return could be run as a formula by Excel, LibreOffice or
 * Google Sheets. Such text gets a leading apostrophe, which spreadsheets show as plain text and
 * which keeps every character of the original (nothing is lost). Leading spaces do not protect a
 * cell in every spreadsheet, so they do not count as a safe start; full-width `＝`/`＋`/`－`/`＠`
 * are treated like their ASCII forms because some spreadsheets normalise them.
 */
const DANGEROUS_START = /^[\s\u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The text, with a leading `'` when it could start a formula; other text unchanged. Text that
 * already starts with `'` before such a start gets one too, so a reader removing one apostrophe
 * ({@link csvCellOriginal}) always gets the original back.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** True when {@link neutraliseFormula} would change the text. */
export function looksLikeFormula(text: string): boolean {
  return DANGEROUS_START.test(text.startsWith("'") ? text.slice(1) : text);
}

/**
 * What Excel and LibreOffice do with a CSV field when they open the file (double-click, Dutch
 * settings): with surrounding spaces ignored, a field that reads as a number ("00049", "1.234", "12,50",
 * "1E5", "50%") or a date or time ("1-2", "3/4/2026", "2026-11", "9:30") becomes a number or date,
 * whatever quotes surround it. Shown again, "00049" is 49, "1.234" is 1234, "1-2" is 1 februari:
 * the id is lost. Only a plain whole number without a leading zero or spaces (at most 15 digits,
 * Excel's precision) is shown as written.
 */
const SPREADSHEET_NUMBER =
  /^(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d*)?%?$|^\d+(?:,\d+)?[eE][+-]?\d+$|^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
const SHOWN_AS_WRITTEN = /^(?:0|[1-9]\d{0,14})$/;

/**
 * True when a spreadsheet opening a CSV would turn `text` into a number or date that shows
 * differently ("00049" → 49), so the CSV writes it as {@link csvTextCell} does.
 */
export function spreadsheetWouldAlter(text: string): boolean {
  return SPREADSHEET_NUMBER.test(text.replace(/^ +| +$/g, "")) && !SHOWN_AS_WRITTEN.test(text);
}

/**
 * A text cell for a CSV that a spreadsheet opens: {@link neutraliseFormula} first; then text that
 * the spreadsheet would alter ({@link spreadsheetWouldAlter}) is written as the string formula
 * `="00049"`, whose value in Excel (and LibreOffice with formulas evaluated) is the text 00049.
 * This formula cannot carry an attack: it is only produced for text made of digits and . , - / : %
 * E + and spaces (the patterns above), so it is one string literal — no quote to end it, no
 * function, no reference, no DDE. Hostile text never reaches this form: it starts with = + - @ tab
 * or CR and was given its apostrophe first, which the patterns do not match.
 */
export function csvTextCell(text: string): string {
  const safe = neutraliseFormula(text);
  return safe === text && spreadsheetWouldAlter(text) ? `="${text}"` : safe;
}

/**
 * The text of a cell written by {@link csvTextCell} (or {@link neutraliseFormula}) as it was
 * before: `="00049"` → 00049 and `'=1+1` → =1+1; other text unchanged. For readers of
 * Openstaand's own CSV files (the hand-over list, the reminder log).
 */
export function csvCellOriginal(text: string): string {
  const literal = /^="([^"]*)"$/.exec(text);
  if (literal !== null && spreadsheetWouldAlter(literal[1] as string)) return literal[1] as string;
  if (text.startsWith("'") && looksLikeFormula(text.slice(1))) return text.slice(1);
  return text;
}
