/**
 * The row loop every record decoder shares: each data row below the header (blank rows and control
 * lines skipped), with a reader that takes a cell's value or records why it cannot, so a bad row
 * becomes issues naming its row, column and value and the other rows are still read.
 */
import { columnLetter } from "../ledger";
import { cellShown, isBlankCell, type CellRead } from "./record-cell-readers";
import { isControlRow, type LocatedColumns } from "./record-columns";
import type { RecordCodecIssue, RecordColumn, RecordRows } from "./record-table";

/**
 * The most characters a cell of a record table may hold: Excel's own limit for a cell. Openstaand
 * never writes a longer one, so a longer cell means a damaged or foreign file; its row is not read
 * (and a megabyte name never reaches a letter or a log).
 */
export const RECORD_MAX_CELL_CHARS = 32_767;

/** The issue for the first over-long cell of a row, or null. */
function overlongCell<K extends string>(
  row: readonly unknown[],
  sheetRow: number,
  at: { readonly [key in K]: number },
  columns: { readonly [key in K]: RecordColumn }
): RecordCodecIssue | null {
  const index = row.findIndex(
    (cell) => typeof cell === "string" && cell.length > RECORD_MAX_CELL_CHARS
  );
  if (index < 0) return null;
  const text = row[index] as string;
  const key = (Object.keys(at) as K[]).find((k) => at[k] === index);
  const column = key === undefined ? `${columnLetter(index)}` : columns[key].header;
  const count = text.length.toLocaleString("en-US");
  const limit = RECORD_MAX_CELL_CHARS.toLocaleString("en-US");
  return {
    row: sheetRow,
    column,
    value: `${text.slice(0, 40)}…`,
    message: `${column} holds ${count} characters, more than the ${limit} an Excel cell can hold; Openstaand never writes such a cell, so the row is not read.`,
    nl: `${column} bevat ${count.replace(/,/g, ".")} tekens, meer dan de ${limit.replace(/,/g, ".")} die in een Excel-cel passen; zo'n cel schrijft Openstaand nooit, dus de regel wordt niet gelezen.`,
  };
}

/** One data row being read. */
export interface RecordRowReader<K extends string> {
  /** The raw cell of column `k` (null when the table lacks that column). */
  cell(k: K): unknown;
  /** The value of `read`; when it failed, an issue for column `k` and `fallback`. */
  take<T>(k: K, read: CellRead<T>, fallback: T): T;
  /** As {@link take}, and an issue too when the cell is empty: the row needs that value. */
  need<T>(k: K, read: CellRead<T | null>): T | null;
  /** The issues of this row so far; a row with any is left out. */
  readonly bad: readonly RecordCodecIssue[];
}

/**
 * Calls `visit` for every data row of `table` below the header `located` found (a row without a
 * `customer` that reads as a control or total line is skipped), and returns the values read with
 * the issues of the rows that could not be (those where `bad` is not empty or `visit` gave null).
 */
export function readRecordRows<K extends string, T>(
  table: RecordRows,
  located: LocatedColumns<K>,
  columns: { readonly [key in K]: RecordColumn },
  customer: NoInfer<K>,
  visit: (row: RecordRowReader<K>) => T | null
): { values: T[]; issues: RecordCodecIssue[] } {
  const all = [table.headers, ...table.rows];
  const at = located.at;
  const values: T[] = [];
  const issues: RecordCodecIssue[] = [];
  for (let index = located.headerIndex + 1; index < all.length; index++) {
    const row = all[index] as readonly unknown[];
    if (row.every(isBlankCell) || isControlRow(row, at[customer])) continue;
    const overlong = overlongCell(row, index + 1, at, columns);
    if (overlong !== null) {
      issues.push(overlong);
      continue;
    }
    const bad: RecordCodecIssue[] = [];
    const cell = (k: K): unknown => (at[k] >= 0 ? row[at[k]] : null);
    const take = <V>(k: K, read: CellRead<V>, fallback: V): V => {
      if (read.ok) return read.value;
      const header = columns[k].header;
      bad.push({
        row: index + 1,
        column: header,
        value: cellShown(cell(k)),
        message: `${header} ${read.en}.`,
        nl: `${header} ${read.nl}.`,
      });
      return fallback;
    };
    const need = <V>(k: K, read: CellRead<V | null>): V | null => {
      const value = take(k, read, null);
      if (value === null && read.ok) {
        const header = columns[k].header;
        bad.push({
          row: index + 1,
          column: header,
          value: "",
          message: `${header} is empty; the row cannot be read without it.`,
          nl: `${header} is leeg; zonder dat is de regel niet te lezen.`,
        });
      }
      return value;
    };
    const value = visit({ cell, take, need, bad });
    if (bad.length > 0 || value === null) issues.push(...bad);
    else values.push(value);
  }
  return { values, issues };
}
