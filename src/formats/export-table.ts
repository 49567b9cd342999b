/**
 * Writes a table for export: every text cell neutralised against formula injection, then CSV
 * (";", UTF-8 with BOM, via the shared CSV writer) or xlsx (via the shared xlsx writer), and JSON
 * that cannot break out of an HTML <script> block. In the CSV, text a spreadsheet would turn into a
 * number or date (a customer number "00049") is kept as text with `="00049"` (csv-injection.ts);
 * the xlsx has real text cells and needs no such form.
 */
import { type SheetTable, csvTextCell, neutraliseFormula } from "../documents";
import { writeCsvTable } from "./write-csv-table";
import { writeXlsxTable } from "./write-xlsx-table";

/** The table with every text cell (and header) passed through {@link neutraliseFormula}. */
export function safeTable(table: SheetTable): SheetTable {
  return cellsThrough(table, neutraliseFormula);
}

/**
 * The table for a CSV: every text cell (and header) passed through {@link csvTextCell} — neutralised
 * against formulas, and ids such as "00049" written so a spreadsheet keeps them as text.
 */
export function csvSafeTable(table: SheetTable): SheetTable {
  return cellsThrough(table, csvTextCell);
}

function cellsThrough(table: SheetTable, safe: (text: string) => string): SheetTable {
  return {
    headers: table.headers.map(neutraliseFormula),
    types: table.types,
    rows: table.rows.map((row) =>
      row.map((value, i) => {
        const type = table.types[i] ?? "text";
        if (typeof value === "string" && (type === "text" || !/^-?\d/.test(value)))
          return safe(value);
        return value;
      })
    ),
  };
}

/**
 * The table as Dutch CSV bytes: ";" separated, decimal comma, dd-mm-jjjj, UTF-8 with BOM, text
 * cells as {@link csvSafeTable} makes them.
 */
export function exportCsvBytes(table: SheetTable): Uint8Array {
  return new TextEncoder().encode(writeCsvTable(csvSafeTable(table)));
}

/** The safe table as .xlsx bytes, on a sheet named `sheetName`. */
export function exportXlsxBytes(table: SheetTable, sheetName: string): Promise<Uint8Array> {
  return writeXlsxTable(safeTable(table), { sheetName });
}

/**
 * JSON text (2-space indent) with `<`, `>`, `&` and the line separators escaped as \u sequences:
 * still the same JSON values, but no "<script>" or "</script>" can appear in the bytes.
 */
export function exportJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}
