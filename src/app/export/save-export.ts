/**
 * Use-case: hand an export (reminder drafts, mail merge, hand-over files, the report, the log) to
 * the user through the host. The workbench downloads it; Excel, whose task pane cannot download on
 * every platform (Excel on Mac saves no file from an add-in), opens a workbook as a new workbook,
 * writes a CSV table into an owned sheet and shows a text document in a dialog. This module makes
 * the table of a CSV file, so every host gets the same rows the file holds.
 */
import type { ExportFile, Host, SavedExport } from "../host/host";
import { HostError } from "../host/host-error";
import { OWNED_SHEET_PREFIX } from "../host/owned-sheet-name";

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
  // The CSV reader (papaparse) loads with the first CSV export only, not with the pane.
  const withSheet: ExportFile =
    file.sheet === undefined && isCsvType(file.type)
      ? { ...file, sheet: (await import("./csv-sheet-spec")).csvSheetSpec(file) }
      : file;
  return host.saveFile(withSheet);
}
