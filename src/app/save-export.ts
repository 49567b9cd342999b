/**
 * Use-case: hand an export (reminder drafts, mail merge, hand-over files, the report, the log) to
 * the user through the host. The workbench downloads it; Excel, whose task pane cannot download on
 * every platform (Excel on Mac saves no file from an add-in), opens a workbook as a new workbook,
 * writes a CSV table into an owned sheet and shows a text document in a dialog. This module makes
 * the table of a CSV file, so every host gets the same rows the file holds.
 */
import { readCsvValues } from "../formats";
import { type ReportSheetSpec, csvCellOriginal, neutraliseFormula } from "../documents";
import type { ExportFile, Host, SavedExport } from "./host";
import { HostError } from "./host-error";
import { OWNED_SHEET_PREFIX } from "./owned-sheet-name";

/** Room for a sheet name after the owned prefix within Excel's 31 characters. */
const NAME_ROOM = 31 - OWNED_SHEET_PREFIX.length;

/** Whether `type` is a CSV media type. */
export function isCsvType(type: string): boolean {
  return /^text\/csv\b/i.test(type);
}

/**
 * The short sheet name of a file: its `sheetName`, else the file name without ISO day, extension
 * and characters Excel refuses in sheet names, cut to fit after "Openstaand – ".
 */
export function exportSheetName(file: Pick<ExportFile, "name" | "sheetName">): string {
  const base =
    file.sheetName ??
    file.name
      .replace(/\.[a-z0-9]+$/i, "")
      .replace(/-?\d{4}-\d{2}-\d{2}-?/g, " ")
      .replace(/[:\\/?*[\]'_-]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const name = (base === "" ? "Export" : base).slice(0, NAME_ROOM).trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The table of a CSV export as a sheet spec: the header row and every row as text cells. The CSV's
 * own forms are undone (`="00049"` is the text 00049 in a text cell) and formula-looking text
 * keeps its apostrophe, which Excel takes as a quote prefix: the sheet shows what the file means.
 */
export function csvSheetSpec(file: ExportFile): ReportSheetSpec {
  const bytes = typeof file.data === "string" ? new TextEncoder().encode(file.data) : file.data;
  const [headers = [], ...rows] = readCsvValues(bytes).values;
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  const padded = (row: readonly string[]): string[] =>
    Array.from({ length: width }, (_, c) => neutraliseFormula(csvCellOriginal(row[c] ?? "")));
  return {
    name: exportSheetName(file),
    tables: [
      {
        title: "",
        headers: padded(headers),
        rows: rows.map(padded),
        formats: Array.from({ length: width }, () => "text" as const),
      },
    ],
  };
}

/**
 * Hands `file` to the user through `host` (see Host.saveFile). A CSV file gets its table as
 * `sheet` first, so a host that writes sheets writes the rows the file holds. Throws a HostError
 * "unsupported" on a host that saves no files.
 */
export async function saveExport(host: Host, file: ExportFile): Promise<SavedExport> {
  if (!host.saveFile) {
    throw new HostError(
      "unsupported",
      `Openstaand cannot save '${file.name}' here.`,
      `Openstaand kan '${file.name}' hier niet opslaan.`
    );
  }
  const withSheet: ExportFile =
    file.sheet === undefined && isCsvType(file.type)
      ? { ...file, sheet: csvSheetSpec(file) }
      : file;
  return host.saveFile(withSheet);
}
