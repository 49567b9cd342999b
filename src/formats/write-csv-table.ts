/**
 * Writes a {@link SheetTable} as CSV text. The default is what Dutch Excel and Dutch bookkeeping
 * packages write: ";" between fields, decimal comma, days as dd-mm-jjjj, CRLF line ends, and a UTF-8
 * byte-order mark so Excel does not read "é" as "Ã©". English-style CSV is one option set away.
 */
import Papa from "papaparse";
import { dayOfMonth, isIsoDay, monthOf, yearOf, centsFromEuros } from "../core";
import type { SheetColumnType, SheetTable } from "../documents";

/** Options of {@link writeCsvTable}. */
export interface WriteCsvOptions {
  /** Field delimiter; default ";". */
  delimiter?: ";" | "," | "\t";
  /** Decimal separator of amounts; default ",". Amounts are written without thousands separators. */
  decimal?: "," | ".";
  /** How days are written: "dmy" 20-11-2026 (default), "mdy" 11/20/2026, "iso" 2026-11-20. */
  days?: "dmy" | "mdy" | "iso";
  /** Start with a UTF-8 byte-order mark (U+FEFF); default true. */
  bom?: boolean;
  /** Line ending; default "\r\n" as Excel writes. */
  newline?: "\r\n" | "\n";
}

/** The CSV text (starting with U+FEFF when `bom`; encode it with TextEncoder for UTF-8 bytes). */
export function writeCsvTable(table: SheetTable, options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ";";
  const decimal = options.decimal ?? ",";
  const days = options.days ?? "dmy";
  const rows = table.rows.map((row) =>
    row.map((value, i) => fieldText(value, table.types[i] ?? "text", decimal, days))
  );
  const text = Papa.unparse([[...table.headers], ...rows], {
    delimiter,
    newline: options.newline ?? "\r\n",
  });
  return ((options.bom ?? true) ? "\uFEFF" : "") + text + (options.newline ?? "\r\n");
}

function fieldText(
  value: string | number | null,
  type: SheetColumnType,
  decimal: "," | ".",
  days: "dmy" | "mdy" | "iso"
): string {
  if (value === null) return "";
  if (type === "amount" && typeof value === "number") return amountText(value, decimal);
  if (type === "date" && isIsoDay(value)) {
    const dd = String(dayOfMonth(value)).padStart(2, "0");
    const mm = String(monthOf(value)).padStart(2, "0");
    if (days === "dmy") return `${dd}-${mm}-${yearOf(value)}`;
    if (days === "mdy") return `${mm}/${dd}/${yearOf(value)}`;
    return value;
  }
  return String(value);
}

/** 1234.5 -> "1234,50": exact via cents, always two decimals (so "1.234" can never look ambiguous). */
function amountText(euros: number, decimal: "," | "."): string {
  const c = centsFromEuros(euros);
  const abs = Math.abs(c);
  return `${c < 0 ? "-" : ""}${Math.floor(abs / 100)}${decimal}${String(abs % 100).padStart(2, "0")}`;
}
