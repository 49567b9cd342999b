/**
 * Writes a table for export: every text cell neutralised against formula injection, then CSV
 * (";", UTF-8 with BOM, via the shared CSV writer) or xlsx (via the shared xlsx writer), and JSON
 * that cannot break out of an HTML <script> block.
 */
import type { SheetTable } from "../files/sheet-table";
import { writeCsvTable } from "../files/write-csv-table";
import { writeXlsxTable } from "../files/write-xlsx-table";
import { neutraliseFormula } from "./csv-injection";

/** The table with every text cell (and header) passed through {@link neutraliseFormula}. */
export function safeTable(table: SheetTable): SheetTable {
  return {
    headers: table.headers.map(neutraliseFormula),
    types: table.types,
    rows: table.rows.map((row) =>
      row.map((value, i) => {
        const type = table.types[i] ?? "text";
        if (typeof value === "string" && (type === "text" || !/^-?\d/.test(value)))
          return neutraliseFormula(value);
        return value;
      })
    ),
  };
}

/** The safe table as Dutch CSV bytes: ";" separated, decimal comma, dd-mm-jjjj, UTF-8 with BOM. */
export function exportCsvBytes(table: SheetTable): Uint8Array {
  return new TextEncoder().encode(writeCsvTable(safeTable(table)));
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
