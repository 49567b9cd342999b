/**
 * Finding a record table's columns by their header (any order, extra columns ignored), the header
 * row found even when the user inserted rows above it, and the control or total lines to skip.
 */
import { cellShown, isBlankCell } from "./record-cell-readers";
import type { RecordCodecIssue, RecordColumn, RecordRows } from "./record-table";

/** Header text compared loosely: case, surrounding and repeated spaces do not matter. */
export function headerKey(text: unknown): string {
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim().toLowerCase() : "";
}

/** Where the columns are: the header row's index in [headers, ...rows] and each column's index. */
export interface LocatedColumns<K extends string> {
  /** 0-based index of the header row in [headers, ...rows]; -1 when none was found. */
  headerIndex: number;
  at: { readonly [key in K]: number };
  /** Table-level issues (no header row, a required column missing). */
  issues: RecordCodecIssue[];
}

/**
 * Finds the header row — the first row of [headers, ...rows] that names every required column, else
 * the first that names any known column — and each column in it. A table with no data rows and no
 * header is simply empty: no issue.
 */
export function locateColumns<K extends string>(
  table: RecordRows,
  columns: { readonly [key in K]: RecordColumn },
  what: { en: string; nl: string }
): LocatedColumns<K> {
  const all = [table.headers, ...table.rows];
  const keys = Object.keys(columns) as K[];
  const indexIn = (row: readonly unknown[]) => {
    const map = new Map<string, number>();
    row.forEach((cell, i) => {
      const key = headerKey(cell);
      if (key !== "" && !map.has(key)) map.set(key, i);
    });
    return map;
  };
  const required = keys.filter((k) => columns[k].required);
  let headerIndex = all.findIndex((row) => {
    const map = indexIn(row);
    return required.every((k) => map.has(headerKey(columns[k].header)));
  });
  if (headerIndex < 0)
    headerIndex = all.findIndex((row) => {
      const map = indexIn(row);
      return keys.some((k) => map.has(headerKey(columns[k].header)));
    });
  const at = Object.fromEntries(keys.map((k) => [k, -1])) as { [key in K]: number };
  const issues: RecordCodecIssue[] = [];
  if (headerIndex < 0) {
    if (all.some((row) => row.some((cell) => !isBlankCell(cell))))
      issues.push({
        row: 1,
        column: "",
        value: cellShown(table.headers[0]),
        message: `The ${what.en} has no header row (${required.map((k) => columns[k].header).join(", ")}), so none of its rows can be read.`,
        nl: `${what.nl} heeft geen kopregel (${required.map((k) => columns[k].header).join(", ")}), dus geen van de regels is te lezen.`,
        table: true,
      });
    return { headerIndex, at, issues };
  }
  const map = indexIn(all[headerIndex] as readonly unknown[]);
  for (const k of keys) at[k] = map.get(headerKey(columns[k].header)) ?? -1;
  for (const k of required)
    if (at[k] < 0)
      issues.push({
        row: headerIndex + 1,
        column: columns[k].header,
        value: "",
        message: `The ${what.en} has no column '${columns[k].header}', so none of its rows can be read.`,
        nl: `${what.nl} heeft geen kolom '${columns[k].header}', dus geen van de regels is te lezen.`,
        table: true,
      });
  return { headerIndex, at, issues };
}

/**
 * True for a control line ("Controletotaal: 3 berichten") or an Excel table's total row ("Totaal"
 * alone in a cell): no customer, and such a cell. A row without customer whose name merely starts
 * with "Totaal" is not one (it is reported as a row without customer).
 */
export function isControlRow(row: readonly unknown[], customerColumn: number): boolean {
  if (customerColumn >= 0 && !isBlankCell(row[customerColumn])) return false;
  return row.some(
    (cell) =>
      typeof cell === "string" &&
      /^\s*'?(?:(?:controletotaal|control total)\b.*|totaal|total)\s*$/is.test(cell)
  );
}
