/**
 * Use-case: the pane's customer lists leave the pane (issue 17) — Debiteuren and Kredietcheck as
 * xlsx or CSV with every row of the list and a control line, handed to the user by saveExport: a
 * download in the workbench; in Excel the xlsx opens as a new workbook and the CSV becomes an owned
 * sheet "Openstaand – Debiteuren" (never the user's sheet).
 */
import type { CustomerRow, ReportModel } from "../../analytics";
import type { Lang } from "../../core";
import { creditListTable, customerListTable, type SheetTable } from "../../documents";
import type { ExportFile } from "../host/host";
import { listFile, type ExportList, type ListFormat } from "../lists/list-export";

export type { ListFormat } from "../lists/list-export";

/** Which list. */
export type CustomerListKind = "customers" | "credit";

const NAMES: Record<CustomerListKind, { file: string; sheet: string; en: string }> = {
  customers: { file: "debiteuren", sheet: "Debiteuren", en: "Customers" },
  credit: { file: "kredietcheck", sheet: "Kredietcheck", en: "Credit check" },
};

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

/** List `kind` with `rows` (as the pane lists them, all of them) as an {@link ExportList}. */
export function customerList(
  report: ReportModel,
  kind: CustomerListKind,
  rows: readonly CustomerRow[],
  lang: Lang
): ExportList {
  const { file, sheet, en } = NAMES[kind];
  return {
    file,
    sheet,
    title: lang === "nl" ? sheet : en,
    asOf: report.asOf,
    table: customerListData(report, kind, rows, lang),
    controlRows: 1,
  };
}

/**
 * List `kind` with `rows` (as the pane lists them, all of them) as a file in `format`, named after
 * the list and the report's day: "debiteuren-2026-11-20.xlsx".
 */
export function customerListFile(
  report: ReportModel,
  kind: CustomerListKind,
  rows: readonly CustomerRow[],
  lang: Lang,
  format: ListFormat
): Promise<ExportFile> {
  return listFile(customerList(report, kind, rows, lang), format);
}
