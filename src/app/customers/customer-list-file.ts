/**
 * Use-case: the pane's customer lists leave the pane (issue 17) — Debiteuren and Kredietcheck as
 * xlsx or CSV with every row of the list and a control line, handed to the user by saveExport: a
 * download in the workbench; in Excel the xlsx opens as a new workbook and the CSV becomes an owned
 * sheet "Openstaand – Debiteuren" (never the user's sheet).
 */
import type { CustomerRow, ReportModel } from "../../analytics";
import type { Lang } from "../../core";
import { creditListTable, customerListTable, type SheetTable } from "../../documents";
import { exportCsvBytes, exportXlsxBytes } from "../../formats";
import type { ExportFile } from "../host/host";

/** The formats a list leaves the pane in. */
export type ListFormat = "xlsx" | "csv";

/** Which list. */
export type CustomerListKind = "customers" | "credit";

const NAMES: Record<CustomerListKind, { file: string; sheet: string }> = {
  customers: { file: "debiteuren", sheet: "Debiteuren" },
  credit: { file: "kredietcheck", sheet: "Kredietcheck" },
};

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The table of list `kind` for `rows` of `report` (see customerListTable, creditListTable). */
export function customerListData(
  report: ReportModel,
  kind: CustomerListKind,
  rows: readonly CustomerRow[],
  lang: Lang
): SheetTable {
  return kind === "customers"
    ? customerListTable(rows, report.ageing.labels, lang)
    : creditListTable(rows, lang);
}

/**
 * List `kind` with `rows` (as the pane lists them, all of them) as a file in `format`, named after
 * the list and the report's day: "debiteuren-2026-11-20.xlsx".
 */
export async function customerListFile(
  report: ReportModel,
  kind: CustomerListKind,
  rows: readonly CustomerRow[],
  lang: Lang,
  format: ListFormat
): Promise<ExportFile> {
  const table = customerListData(report, kind, rows, lang);
  const { file, sheet } = NAMES[kind];
  const name = `${file}-${report.asOf}.${format}`;
  return format === "csv"
    ? { name, data: exportCsvBytes(table), type: "text/csv;charset=utf-8", sheetName: sheet }
    : { name, data: await exportXlsxBytes(table, sheet), type: XLSX, sheetName: sheet };
}
