/* global Excel, Office, OfficeExtension */
/**
 * The one seam between the adapter and office.js: `Excel.run`, the requirement-set check and the
 * few calls outside a batch (a new workbook, the platform, a download, a dialog). Tests
 * swap in an in-memory fake with {@link setExcelRuntime}, so no adapter code needs the real Office.
 */
import type { ExportFile } from "../../app";
import { downloadFile } from "../browser";
import { showInOfficeDialog } from "./export-dialog";

/** What the adapter needs from office.js. */
export interface ExcelRuntime {
  /** Runs a batch against a request context (Excel.run). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Runs a batch in the context of an earlier one (Excel.run(context, batch)): how an event handler
   * added in one batch is removed later.
   */
  runIn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Excel.createWorkbook (ExcelApi 1.8): opens the .xlsx in `base64` as a new workbook. */
  createWorkbook(base64: string): Promise<void>;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", ...; null when unknown. */
  platform(): string | null;
  /** A browser download from the task pane (only where Excel lets an add-in download). */
  download(file: ExportFile): void;
  /** Shows `text` (an HTML document or plain text) in an Office dialog with the add-in's export page. */
  showInDialog(file: DialogFile): Promise<void>;
  /** Office.addin.setStartupBehavior (SharedRuntime 1.1): load with this document, or not. */
  setStartupBehavior(behaviour: "load" | "none"): Promise<void>;
  /** Office.addin.showAsTaskpane (SharedRuntime 1.1). */
  showAsTaskpane(): Promise<void>;
}

/** What the export dialog shows. */
export interface DialogFile {
  name: string;
  /** "html": a document, shown as it prints; "text": shown as is, to select and copy. */
  kind: "html" | "text";
  text: string;
}

/** The real office.js runtime (the global `Excel` and `Office` loaded by the page). */
export const officeRuntime: ExcelRuntime = {
  run: (batch) => Excel.run(batch),
  runIn: (context, batch) => Excel.run(context, batch),
  isSetSupported: (name, version) =>
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(name, version) === true,
  createWorkbook: (base64) => Excel.createWorkbook(base64),
  platform: () => {
    const platform: unknown = typeof Office !== "undefined" ? Office.context?.platform : null;
    return typeof platform === "string" ? platform : null;
  },
  download: (file) => downloadFile(file),
  showInDialog: (file) => showInOfficeDialog(file),
  setStartupBehavior: (behaviour) =>
    Office.addin.setStartupBehavior(
      behaviour === "load" ? Office.StartupBehavior.load : Office.StartupBehavior.none
    ),
  showAsTaskpane: () => Office.addin.showAsTaskpane(),
};

let current: ExcelRuntime = officeRuntime;

/** Runs `batch` in an Excel request context through the current runtime. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return current.run(batch);
}

/** Runs `batch` in the context of an earlier batch (to remove an event handler it added). */
export function runExcelIn<T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return current.runIn(context, batch);
}

/** Whether Excel supports the ExcelApi requirement set `version` ("1.4"). */
export function isExcelApiSupported(version: string): boolean {
  return current.isSetSupported("ExcelApi", version);
}

/** Replaces the runtime (tests); `null` puts the real office.js runtime back. */
export function setExcelRuntime(runtime: ExcelRuntime | null): void {
  current = runtime ?? officeRuntime;
}

/** The current runtime (the export routes use its file members). */
export function excelRuntime(): ExcelRuntime {
  return current;
}
