/**
 * The header signature of an export: its header row, normalised, as one text. The same export from
 * the same package gives the same signature next month, whatever the data below it, so a column
 * mapping the user confirmed once can be kept under it and applied when that export comes back.
 */
import { cellText } from "../cells/cell";
import { normalizeHeader } from "./header-text";

/** How many rows from the top may hold a remembered header (as header detection scans). */
const SCAN_ROWS = 30;

/**
 * The signature of a header row: each cell normalised ("Factuurnr." -> "factuurnr"), joined with
 * "|", blank cells kept in place (column letters stay right) and trailing blank cells dropped; ""
 * for a row without text.
 */
export function headerSignature(headers: readonly unknown[]): string {
  const names = Array.from(headers, (cell) => normalizeHeader(cellText(cell)));
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  return names.join("|");
}

/** The 0-based index of the first row among the first 30 whose signature is in `known`, or -1. */
export function rowWithSignature(
  values: readonly (readonly unknown[])[],
  known: (signature: string) => boolean
): number {
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let index = 0; index < limit; index++) {
    const signature = headerSignature(values[index] ?? []);
    if (signature !== "" && known(signature)) return index;
  }
  return -1;
}
