/**
 * Writes a {@link SheetTable} as an .xlsx workbook the way a careful person would lay it out: a bold,
 * frozen header row with an autofilter, real date cells (dd-mm-jjjj), amounts as numbers with a euro
 * format, sensible column widths. exceljs, so it works in Node and in the browser.
 */
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./load-exceljs";
import { isIsoDay, monthOf, yearOf, dayOfMonth } from "../core";
import type { SheetColumnType, SheetTable } from "../documents";

/** Excel number formats per column type (format codes are locale-neutral; Excel shows them localised). */
const NUMBER_FORMATS: { readonly [T in SheetColumnType]: string | null } = {
  text: null,
  integer: "0",
  amount: '"€ "#,##0.00;-"€ "#,##0.00',
  date: "dd-mm-yyyy",
};

/** Options of {@link writeXlsxTable}. */
export interface WriteXlsxOptions {
  /** Worksheet name (max 31 characters, Excel's limit); default "Openstaande posten". */
  sheetName?: string;
}

/** The workbook as bytes. Day text that is not a valid ISO day is written as text, unchanged. */
export async function writeXlsxTable(
  table: SheetTable,
  options: WriteXlsxOptions = {}
): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "Openstaand";
  const sheet = workbook.addWorksheet(options.sheetName ?? "Openstaande posten", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const header = sheet.addRow([...table.headers]);
  header.font = { bold: true };
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, i) => cellValue(value, table.types[i] ?? "text")));
    row.eachCell((cell, column) => {
      const format = NUMBER_FORMATS[table.types[column - 1] ?? "text"];
      if (format !== null && (typeof cell.value === "number" || cell.value instanceof Date))
        cell.numFmt = format;
    });
  }
  table.headers.forEach((title, i) => {
    const longest = Math.max(
      title.length,
      ...table.rows.slice(0, 200).map((row) => String(row[i] ?? "").length)
    );
    sheet.getColumn(i + 1).width = Math.min(45, Math.max(8, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function cellValue(value: string | number | null, type: SheetColumnType): ExcelJS.CellValue {
  if (type === "date" && isIsoDay(value)) {
    // A UTC midnight Date: exceljs turns it into the whole serial of that day, in any time zone.
    return new Date(Date.UTC(yearOf(value), monthOf(value) - 1, dayOfMonth(value)));
  }
  return value;
}
