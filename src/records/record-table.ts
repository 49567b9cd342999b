/**
 * Openstaand's own record tables (the reminder log, the hand-over state) as a host or a file gives
 * them and as they are stored: their shapes, their column definitions, the options for reading
 * them and the issue a row that cannot be read becomes (in English and Dutch); the lenient cell
 * readers, the header search and the row loop every record decoder shares.
 */
import {
  parseAmount,
  yearOf,
  type IsoDay,
  parseDayText,
  describeValue,
  serialToDay,
  centsFromEuros,
  type Cents,
  type Text,
} from "../core";
import { classifyCell, textOfCell, columnLetter } from "../ledger";
import { csvCellOriginal } from "../documents";

/** A record table as read: a header row and rows of whatever cells the host gave. */
export interface RecordRows {
  headers: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** A table to store: what {@link RecordRows} reads back; the same shape as the Host's RecordTable. */
export interface RecordTableData {
  headers: string[];
  rows: (string | number | null)[][];
}

/** A row (or column) of a record table that could not be read. */
export interface RecordCodecIssue {
  /** 1-based row in the table as stored: the header row is row 1 when it is the first row. */
  row: number;
  /** The column's header ("Hoofdsom"); "" when the problem is the table itself. */
  column: string;
  /** The cell as text ("" when blank). */
  value: string;
  /** What is wrong, in English and Dutch. */
  text: Text;
  /** Set when the table as a whole cannot be read (no header row, a required column missing). */
  table?: true;
}

/** How to read cells. */
export interface RecordDecodeOptions {
  /**
   * The table comes from an export that neutralised formula-like text with a leading apostrophe
   * (see csv-injection): "'=x" is read as "=x". Off for tables from a host.
   */
  neutralised?: boolean;
}

/** What a column holds. */
export type RecordColumnType = "text" | "integer" | "amount" | "date";

/** One column of a record table. */
export interface RecordColumn {
  header: string;
  type: RecordColumnType;
  /** A table without this column cannot be read at all. */
  required: boolean;
}

/*
 * Reading the cells of a record table leniently — text or numbers for ids, ISO or Dutch date text
 * or an Excel serial (1900 system) for days, euro numbers or Dutch amount text for money. What
 * cannot be read says why, in English and Dutch.
 */

/** A cell read: the value, or why not (English and Dutch). */
export type CellRead<T> = { ok: true; value: T } | { ok: false; en: string; nl: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(en: string, nl: string): CellRead<T> => ({ ok: false, en, nl });

/** Years a logged day may have; a serial such as 45 typed into a date column is no log date. */
const YEARS = { from: 1950, to: 2199 };

/**
 * The cell as it was before the CSV export wrote it (when `options.neutralised`): the neutralising
 * apostrophe removed, and an id kept as text with `="00049"` read as 00049.
 */
function raw(value: unknown, options: RecordDecodeOptions): unknown {
  if (options.neutralised && typeof value === "string") return csvCellOriginal(value);
  return value;
}

/** The cell as text for an issue. */
export function cellShown(value: unknown): string {
  return textOfCell(classifyCell(value));
}

/** True when the cell is blank (null, "", spaces). */
export function isBlankCell(value: unknown): boolean {
  return classifyCell(value).kind === "blank";
}

/** Text, trimmed; null when blank. Numbers as written (10004 -> "10004"). */
export function readText(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<string | null> {
  const cell = classifyCell(raw(value, options));
  switch (cell.kind) {
    case "blank":
      return ok(null);
    case "error":
      return fail(`is the Excel error ${cell.code}`, `is de Excel-fout ${cell.code}`);
    case "text":
      return ok(cell.text);
    default:
      return ok(textOfCell(cell));
  }
}

/** A day: ISO or Dutch date text ("20-11-2026"), or an Excel serial (1900 system); null when blank. */
export function readDay(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<IsoDay | null> {
  const cell = classifyCell(raw(value, options));
  let day: IsoDay;
  if (cell.kind === "blank") return ok(null);
  if (cell.kind === "number" || (cell.kind === "text" && /^\d{5}(\.\d+)?$/.test(cell.text))) {
    const serial = cell.kind === "number" ? cell.value : Number(cell.text);
    try {
      day = serialToDay(serial, 1900);
    } catch {
      return fail(
        `${describeValue(serial)} is not a date`,
        `${describeValue(serial)} is geen datum`
      );
    }
  } else if (cell.kind === "text") {
    const parsed = parseDayText(cell.text, "dmy");
    if (!parsed.ok)
      return fail(
        `${describeValue(cell.text)} is not a date (write it as 20-11-2026 or 2026-11-20)`,
        `${describeValue(cell.text)} is geen datum (schrijf 20-11-2026 of 2026-11-20)`
      );
    day = parsed.day;
  } else if (cell.kind === "date") {
    day = textOfCell(cell) as IsoDay;
  } else {
    const shown = cell.kind === "error" ? cell.code : textOfCell(cell);
    return fail(`${shown} is not a date`, `${shown} is geen datum`);
  }
  const year = yearOf(day);
  if (year < YEARS.from || year > YEARS.to)
    return fail(
      `${describeValue(cellShown(value))} reads as ${day}, which cannot be a date in this record`,
      `${describeValue(cellShown(value))} wordt ${day}, en dat kan hier geen datum zijn`
    );
  return ok(day);
}

/**
 * Euros to cents: a number (at most two decimals, so 12.345 is refused rather than rounded) or
 * amount text in Dutch notation ("1.234,56", "€ 12,50", "-12,50"); null when blank.
 */
export function readCents(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<Cents | null> {
  const cell = classifyCell(raw(value, options));
  if (cell.kind === "blank") return ok(null);
  if (cell.kind === "number") {
    let amount: Cents;
    try {
      amount = centsFromEuros(cell.value);
    } catch {
      return fail(
        `${describeValue(cell.value)} is too large for an amount`,
        `${describeValue(cell.value)} is te groot voor een bedrag`
      );
    }
    // Whole cents, up to the float noise of a sum (0.1 + 0.2); 12.345 is refused, not rounded.
    if (Math.abs(cell.value - amount / 100) > 1e-9 * Math.max(1, Math.abs(cell.value)))
      return fail(
        `${describeValue(cell.value)} is not an amount in whole cents`,
        `${describeValue(cell.value)} is geen bedrag in hele centen`
      );
    return ok(amount);
  }
  if (cell.kind === "text") {
    const parsed = parseAmount(cell.text, "nl");
    if (parsed.ok) return ok(parsed.cents);
    return fail(
      `${describeValue(cell.text)} is not an amount in euros`,
      `${describeValue(cell.text)} is geen bedrag in euro's`
    );
  }
  const shown = cell.kind === "error" ? cell.code : textOfCell(cell);
  return fail(`${shown} is not an amount`, `${shown} is geen bedrag`);
}

/** A whole number of at least 1 (a stage); null when blank. */
export function readPositiveInteger(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<number | null> {
  const cell = classifyCell(raw(value, options));
  if (cell.kind === "blank") return ok(null);
  const n =
    cell.kind === "number"
      ? cell.value
      : cell.kind === "text" && /^\d+$/.test(cell.text)
        ? Number(cell.text)
        : NaN;
  if (Number.isSafeInteger(n) && n >= 1) return ok(n);
  const shown = describeValue(cellShown(value));
  return fail(`${shown} is not a whole number from 1 up`, `${shown} is geen heel getal vanaf 1`);
}

/*
 * Finding a record table's columns by their header (any order, extra columns ignored), the header
 * row found even when the user inserted rows above it, and the control or total lines to skip.
 */

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
        text: {
          en: `The ${what.en} has no header row (${required.map((k) => columns[k].header).join(", ")}), so none of its rows can be read.`,
          nl: `${what.nl} heeft geen kopregel (${required.map((k) => columns[k].header).join(", ")}), dus geen van de regels is te lezen.`,
        },
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
        text: {
          en: `The ${what.en} has no column '${columns[k].header}', so none of its rows can be read.`,
          nl: `${what.nl} heeft geen kolom '${columns[k].header}', dus geen van de regels is te lezen.`,
        },
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

/*
 * The row loop every record decoder shares: each data row below the header (blank rows and control
 * lines skipped), with a reader that takes a cell's value or records why it cannot, so a bad row
 * becomes issues naming its row, column and value and the other rows are still read.
 */

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
    text: {
      en: `${column} holds ${count} characters, more than the ${limit} an Excel cell can hold; Openstaand never writes such a cell, so the row is not read.`,
      nl: `${column} bevat ${count.replace(/,/g, ".")} tekens, meer dan de ${limit.replace(/,/g, ".")} die in een Excel-cel passen; zo'n cel schrijft Openstaand nooit, dus de regel wordt niet gelezen.`,
    },
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
        text: {
          en: `${header} ${read.en}.`,
          nl: `${header} ${read.nl}.`,
        },
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
          text: {
            en: `${header} is empty; the row cannot be read without it.`,
            nl: `${header} is leeg; zonder dat is de regel niet te lezen.`,
          },
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
