/**
 * Reading Openstaand's own record tables (the reminder log, the hand-over state) back from what a
 * host or a file gives: columns found by their header (any order, extra columns ignored), the
 * header row found even when the user inserted rows above it, blank rows and control or total lines
 * skipped, and each cell read leniently — text or numbers for ids, ISO or Dutch date text or an
 * Excel serial (1900 system) for days, euro numbers or Dutch amount text for money. What cannot be
 * read becomes an issue naming the row, the column and the value, in English and Dutch.
 */
import { parseAmount } from "../core/amount";
import { yearOf, type IsoDay } from "../core/day";
import { parseDayText } from "../core/day-text";
import { describeValue } from "../core/describe-value";
import { serialToDay } from "../core/excel-serial";
import { centsFromEuros, type Cents } from "../core/money";
import { classifyCell, textOfCell } from "../ledger/cell";
import { looksLikeFormula } from "./csv-injection";

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
  /** What is wrong, in English. */
  message: string;
  /** The same in Dutch. */
  nl: string;
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

/** A cell read: the value, or why not (English and Dutch). */
export type CellRead<T> = { ok: true; value: T } | { ok: false; en: string; nl: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(en: string, nl: string): CellRead<T> => ({ ok: false, en, nl });

/** Years a logged day may have; a serial such as 45 typed into a date column is no log date. */
const YEARS = { from: 1950, to: 2199 };

/** Header text compared loosely: case, surrounding and repeated spaces do not matter. */
export function headerKey(text: unknown): string {
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim().toLowerCase() : "";
}

/** The cell with an export's neutralising apostrophe removed (when `options.neutralised`). */
function raw(value: unknown, options: RecordDecodeOptions): unknown {
  if (options.neutralised && typeof value === "string" && value.startsWith("'")) {
    const rest = value.slice(1);
    if (looksLikeFormula(rest)) return rest;
  }
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
