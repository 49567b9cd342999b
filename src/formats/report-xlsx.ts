/**
 * A report sheet spec as an .xlsx download for the standalone workbench: the same titled tables as
 * Excel writes them (src/hosts/excel), as Excel tables with the same number formats.
 * exceljs cannot create native charts, so the file carries a note row naming the charts the sheet
 * gets inside Excel; their data is in the tables. exceljs, so it runs in the browser and in Node.
 * The spec is checked first by the use-case (reportXlsxBytes in src/app), which names the sheet.
 */
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./load-exceljs";
import {
  type ReportCell,
  type ReportFormat,
  type ReportSheetSpec,
  NUMBER_FORMATS,
} from "../documents";
import { dayOfMonth, isIsoDay, monthOf, yearOf } from "../core";

/** Options of {@link writeReportXlsx}. */
export interface ReportXlsxOptions {
  /** Language of the note about the charts (default nl). */
  lang?: "nl" | "en";
}

/** Rows between two tables, as in the sheet Excel writes. */
const GAP_ROWS = 2;

/** The note row about the charts that only Excel itself can draw. */
export function chartNote(titles: readonly string[], lang: "nl" | "en"): string {
  const list = titles.map((t) => `'${t}'`).join(", ");
  return lang === "nl"
    ? `Grafieken: ${list} staan in het rapportblad dat Openstaand in Excel schrijft; een download kan geen Excel-grafieken bevatten. De cijfers staan in de tabellen hieronder.`
    : `Charts: ${list} are in the report sheet Openstaand writes inside Excel; a download cannot hold Excel charts. The figures are in the tables below.`;
}

function cellValue(cell: ReportCell | undefined, format: ReportFormat): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (format === "cents" && typeof cell === "number") return cell / 100;
  if (format === "date" && isIsoDay(cell)) {
    // A UTC midnight Date: exceljs turns it into the whole serial of that day, in any time zone.
    return new Date(Date.UTC(yearOf(cell), monthOf(cell) - 1, dayOfMonth(cell)));
  }
  return cell;
}

/** Headers made unique, as an Excel table needs them ("Bedrag", "Bedrag (2)"). */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const name = h.trim() === "" ? `Kolom ${i + 1}` : h;
    const n = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/**
 * The workbook of `spec` as bytes: one sheet `sheetName` ("Openstaand – <name>"); when the spec has charts, a note
 * on row 1 and the tables from row 3, otherwise the tables from row 1. Each table: a bold title row,
 * then an Excel table (header + body) with the spec's number formats, two blank rows between tables.
 * The use-case checks the spec and names the sheet first (reportXlsxBytes in src/app).
 */
export async function writeReportXlsx(
  spec: ReportSheetSpec,
  sheetName: string,
  options: ReportXlsxOptions = {}
): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "Openstaand";
  const sheet = workbook.addWorksheet(sheetName);
  const widths: number[] = [];
  const measure = (column: number, value: unknown, cap: number): void => {
    const length = value instanceof Date ? 10 : String(value ?? "").length + 2;
    widths[column] = Math.max(widths[column] ?? 8, Math.min(cap, length));
  };

  let row = 1;
  const charts = spec.charts ?? [];
  if (charts.length > 0) {
    const note = sheet.getCell(row, 1);
    note.value = chartNote(
      charts.map((c) => c.title),
      options.lang ?? "nl"
    );
    note.font = { italic: true };
    row += 2;
  }
  spec.tables.forEach((table, t) => {
    const title = sheet.getCell(row, 1);
    title.value = table.title;
    title.font = { bold: true };
    const kinds = table.headers.map((_, c) => table.formats?.[c] ?? "text");
    const headers = uniqueHeaders(table.headers);
    const body = table.rows.length > 0 ? table.rows : [[]];
    const rows = body.map((cells) => kinds.map((kind, c) => cellValue(cells[c], kind)));
    sheet.addTable({
      name: `Rapport${t + 1}`,
      ref: `A${row + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows,
    });
    rows.forEach((values, r) => {
      values.forEach((value, c) => {
        const cell = sheet.getCell(row + 2 + r, c + 1);
        cell.numFmt = NUMBER_FORMATS[kinds[c] ?? "text"];
        measure(c, value, kinds[c] === "text" ? 70 : 18);
      });
    });
    headers.forEach((h, c) => measure(c, h, 40));
    row += 2 + rows.length + GAP_ROWS;
  });
  widths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
