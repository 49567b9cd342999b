/**
 * Neutralises text against formula injection (OWASP "CSV injection"): a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return could be run as a formula by Excel, LibreOffice or
 * Google Sheets. Such text gets a leading apostrophe, which spreadsheets show as plain text and
 * which keeps every character of the original (nothing is lost). Leading spaces do not protect a
 * cell in every spreadsheet, so they do not count as a safe start; full-width `＝`/`＋`/`－`/`＠`
 * are treated like their ASCII forms because some spreadsheets normalise them.
 */
const DANGEROUS_START = /^[\s\u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The text, with a leading `'` when it could start a formula; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** True when {@link neutraliseFormula} would change the text. */
export function looksLikeFormula(text: string): boolean {
  return DANGEROUS_START.test(text);
}
