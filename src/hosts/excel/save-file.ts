/**
 * Exports inside Excel. A task pane cannot download on every platform (Excel on Mac saves no file
 * from an add-in: OfficeDev/office-js#2700, closed "by design"; Windows and the web can), so each
 * kind of file goes where it works everywhere:
 *
 * | file                       | route                                                          |
 * |----------------------------|----------------------------------------------------------------|
 * | .xlsx                      | a new workbook (Excel.createWorkbook, ExcelApi 1.8)            |
 * | CSV (a table)              | an owned sheet "Openstaand – …" (never the user's sheet)       |
 * | HTML, JSON (text)          | a download on Windows / the web; an Office dialog on Mac      |
 * | zip (.eml drafts, dossier) | a download on Windows / the web; on Mac a clear "cannot"      |
 *
 * {@link excelExportRoute} decides, {@link saveFileInExcel} carries it out.
 */
import { type ExportFile, type SavedExport, OWNED_SHEET_PREFIX, isCsvType } from "../../app";
import { EXCEL_PAYLOAD_LIMIT_BYTES, type ChunkBudget } from "./chunk-budget";
import { EXCEL_EXPORT_FEATURES } from "./excel-api-features";
import { ExcelHostError, toExcelHostError } from "./excel-host-error";
import { excelRuntime, isExcelApiSupported, runExcel } from "./excel-run";
import { RECORD_SHEETS } from "./record-sheets";
import { writeReportSheet } from "./write-report-sheet";

/** Where an export goes in Excel. */
export type ExcelExportRoute = "workbook" | "sheet" | "dialog" | "download" | "none";

/** What decides the route: the platform and what this Excel supports. */
export interface ExcelExportEnvironment {
  /** Office.context.platform ("PC", "Mac", "OfficeOnline", ...), null when unknown. */
  platform: string | null;
  /** ExcelApi 1.8 (Excel.createWorkbook). */
  createWorkbook: boolean;
  /** DialogApi 1.2 (Office dialog with messageChild). */
  dialog: boolean;
}

const XLSX_TYPE = /spreadsheetml\.sheet/i;
const TEXT_TYPE = /^(text\/html|application\/json|text\/plain)\b/i;

/** Platforms whose task pane can download a file (Windows' WebView2, a browser). */
export function canDownload(platform: string | null): boolean {
  return platform === "PC" || platform === "OfficeOnline";
}

/** Bytes of the base64 text of `bytes` bytes. */
function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** The route of `file` in Excel (see the table above). */
export function excelExportRoute(file: ExportFile, env: ExcelExportEnvironment): ExcelExportRoute {
  const download = canDownload(env.platform);
  if (XLSX_TYPE.test(file.type)) {
    // A workbook larger than a request may carry cannot be handed to createWorkbook.
    const size = typeof file.data === "string" ? file.data.length : file.data.length;
    if (env.createWorkbook && base64Length(size) <= EXCEL_PAYLOAD_LIMIT_BYTES) return "workbook";
    return download ? "download" : "none";
  }
  if (file.sheet !== undefined || isCsvType(file.type)) return "sheet";
  if (download) return "download";
  if (TEXT_TYPE.test(file.type) && env.dialog) return "dialog";
  return "none";
}

/** The environment of the running Excel. */
export function excelExportEnvironment(): ExcelExportEnvironment {
  return {
    platform: excelRuntime().platform(),
    createWorkbook: isExcelApiSupported(EXCEL_EXPORT_FEATURES["Excel.createWorkbook"]),
    dialog: excelRuntime().isSetSupported("DialogApi", "1.2"),
  };
}

function base64Of(data: Uint8Array | string): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let binary = "";
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function textOf(data: Uint8Array | string): string {
  return typeof data === "string" ? data : new TextDecoder().decode(data);
}

/** Why a file cannot be saved here and what to do instead (a zip on Excel for Mac). */
function cannotSave(file: ExportFile, env: ExcelExportEnvironment): ExcelHostError {
  const where = env.platform === "Mac" ? "Excel on Mac" : "This Excel";
  const waar = env.platform === "Mac" ? "Excel voor Mac" : "Deze Excel";
  const eml = /\.eml|eml\.zip$/i.test(file.name);
  return new ExcelHostError(
    "unsupported",
    `${where} does not let an add-in save files, so '${file.name}' cannot be saved from here. ` +
      (eml
        ? "Use 'Mail merge into sheet' (Word merges from that sheet), or open the workbook in Excel on the web, or the ledger in the Openstaand workbench in your browser, where the drafts download."
        : "Open the workbook in Excel on the web, or the ledger in the Openstaand workbench in your browser, where the file downloads."),
    `${waar} laat een invoegtoepassing geen bestanden opslaan, dus '${file.name}' kan hier niet worden opgeslagen. ` +
      (eml
        ? "Gebruik 'Samenvoegen naar blad' (Word voegt samen vanuit dat blad), of open de werkmap in Excel op het web, of de debiteurenlijst in de Openstaand-werkbank in uw browser, waar de concepten worden gedownload."
        : "Open de werkmap in Excel op het web, of de debiteurenlijst in de Openstaand-werkbank in uw browser, waar het bestand wordt gedownload.")
  );
}

/** A sheet name for an export that is not one of the record sheets Openstaand keeps. */
function exportSheet(file: ExportFile): NonNullable<ExportFile["sheet"]> {
  const spec = file.sheet as NonNullable<ExportFile["sheet"]>;
  const records: string[] = Object.values(RECORD_SHEETS);
  if (!records.includes(OWNED_SHEET_PREFIX + spec.name)) return spec;
  // "Verzendlog" is the kept log: an export of the same name must not replace it.
  return { ...spec, name: `${spec.name} export` };
}

/**
 * Hands `file` to the user inside Excel by its {@link excelExportRoute}. Throws an ExcelHostError
 * "unsupported" with what to do instead where no route works, and every Excel failure as an
 * ExcelHostError naming the file.
 */
export async function saveFileInExcel(
  file: ExportFile,
  budget?: ChunkBudget
): Promise<SavedExport> {
  const env = excelExportEnvironment();
  const route = excelExportRoute(file, env);
  const runtime = excelRuntime();
  try {
    switch (route) {
      case "workbook":
        await runtime.createWorkbook(base64Of(file.data));
        return { route, name: file.name };
      case "sheet": {
        const spec = exportSheet(file);
        const written = await runExcel((context) => writeReportSheet(context, spec, budget));
        return { route, name: file.name, sheet: written.sheet, replaced: written.replaced };
      }
      case "download":
        runtime.download(file);
        return { route, name: file.name };
      case "dialog":
        await runtime.showInDialog({
          name: file.name,
          kind: /^text\/html\b/i.test(file.type) ? "html" : "text",
          text: textOf(file.data),
        });
        return { route, name: file.name };
      case "none":
        throw cannotSave(file, env);
    }
  } catch (error) {
    throw toExcelHostError(error, {
      en: `Excel could not open '${file.name}'`,
      nl: `Excel kon '${file.name}' niet openen`,
    });
  }
}
