/**
 * A table to write to a file: headers, rows of plain values, and what each column holds, so a
 * writer can give days a date format and amounts a euro format.
 */

/** What a column holds: text, whole numbers, euro amounts (numbers, 2 decimals) or days (ISO text). */
export type SheetColumnType = "text" | "integer" | "amount" | "date";

/** A header row plus data rows. `types[i]` describes column i; missing types are "text". */
export interface SheetTable {
  headers: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  types: readonly SheetColumnType[];
}
