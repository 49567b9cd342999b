/**
 * Use-case: any list of the pane leaves it (issue 17) — one path for every list, not one per view.
 * A list is an export table with its names and title ({@link ExportList}); it becomes an xlsx or
 * CSV file ({@link listFile}) that saveExport hands to the user (a download in the workbench; in
 * Excel the xlsx opens as a new workbook and the CSV becomes the owned sheet "Openstaand – …"), or
 * a printable A4 HTML document ({@link listPrintFile}). The lists: Debiteuren and Kredietcheck
 * (customer-list-file.ts), the reminder exclusions ({@link exclusionList}) and each table of the
 * report ({@link reportTableList}). Each holds every row (not the page the pane shows) and ends in
 * its control line, whose total equals the total the pane shows under the list.
 */
import type { ReportModel } from "../../analytics";
import type { IsoDay, Lang } from "../../core";
import {
  exclusionListTable,
  listPrintHtml,
  reportTableSheet,
  type ReportTable,
  type SheetTable,
} from "../../documents";
import type { ReminderExclusion } from "../../dunning";
import { exportCsvBytes, exportXlsxBytes } from "../../formats";
import type { ExportFile } from "../host/host";

/** The formats a list leaves the pane in. */
export type ListFormat = "xlsx" | "csv";

/** A list ready to leave the pane. */
export interface ExportList {
  /** File name stem: "debiteuren" gives "debiteuren-2026-11-20.xlsx". */
  file: string;
  /** The sheet's name in the xlsx and, in Excel, after "Openstaand – ". */
  sheet: string;
  /** The printed title. */
  title: string;
  asOf: IsoDay;
  /** Every row, then `controlRows` control lines. */
  table: SheetTable;
  controlRows: number;
  /** A line under the printed title (what was left out), if any. */
  note?: string;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `list` as an xlsx or CSV file named after the list and its day. */
export async function listFile(list: ExportList, format: ListFormat): Promise<ExportFile> {
  const name = `${list.file}-${list.asOf}.${format}`;
  return format === "csv"
    ? {
        name,
        data: exportCsvBytes(list.table),
        type: "text/csv;charset=utf-8",
        sheetName: list.sheet,
      }
    : {
        name,
        data: await exportXlsxBytes(list.table, list.sheet),
        type: XLSX,
        sheetName: list.sheet,
      };
}

/**
 * `list` as a printable A4 HTML document (company name and reporting day on every page, the
 * column headers repeated, page numbers): "debiteuren-2026-11-20.html".
 */
export function listPrintFile(list: ExportList, company: string, lang: Lang): ExportFile {
  const html = listPrintHtml(list.table, {
    title: list.title,
    company,
    asOf: list.asOf,
    lang,
    controlRows: list.controlRows,
    ...(list.note === undefined ? {} : { note: list.note }),
  });
  return { name: `${list.file}-${list.asOf}.html`, data: html, type: "text/html;charset=utf-8" };
}

const EXCLUSIONS = {
  nl: { file: "uitgezonderd", sheet: "Uitgezonderd", title: "Uitgezonderd van herinneringen" },
  en: { file: "excluded", sheet: "Excluded", title: "Left out of the reminders" },
} as const;

/**
 * The reminder run's exclusions on `asOf`: every item left out for a reason other than "not yet
 * due" (the pane lists the largest 300), with the reason in words, open amount and days overdue.
 */
export function exclusionList(
  excluded: readonly ReminderExclusion[],
  asOf: IsoDay,
  lang: Lang
): ExportList {
  const { controlRows, headers, types, rows } = exclusionListTable(excluded, asOf, lang);
  const names = EXCLUSIONS[lang];
  return { ...names, asOf, table: { headers, types, rows }, controlRows };
}

/** File stems of the report's tables, by their place in reportSheetSpec (see the report view). */
const REPORT_FILES = ["ouderdom", "top-debiteuren", "kengetallen", "trend", "afschrijvingen"];

const CUSTOMERS = {
  nl: { one: "debiteur", many: "debiteuren" },
  en: { one: "customer", many: "customers" },
} as const;

/**
 * Table `index` of the report's sheet (reportSheetSpec(report, lang).tables[index]) as a list: the
 * whole table, the top debtors with a control line of their count and sums.
 */
export function reportTableList(
  report: ReportModel,
  table: ReportTable,
  index: number,
  lang: Lang
): ExportList {
  const top = index === 1;
  const { controlRows, headers, types, rows } = reportTableSheet(
    table,
    lang,
    top ? { addTotal: { noun: CUSTOMERS[lang] } } : {}
  );
  const stem = REPORT_FILES[index] ?? `rapport-tabel-${index + 1}`;
  const sheet =
    table.title
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 18)
      .trim() || "Rapport";
  return {
    file: `rapport-${stem}`,
    sheet,
    title: table.title,
    asOf: report.asOf,
    table: { headers, types, rows },
    controlRows,
  };
}
