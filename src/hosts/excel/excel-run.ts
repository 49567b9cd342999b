/* global Excel, Office */
/**
 * The one seam between the adapter and office.js: `Excel.run` and the requirement-set check. Tests
 * swap in an in-memory fake with {@link setExcelRuntime}, so no adapter code needs the real Office.
 */

/** What the adapter needs from office.js. */
export interface ExcelRuntime {
  /** Runs a batch against a request context (Excel.run). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
}

/** The real office.js runtime (the global `Excel` and `Office` loaded by the page). */
export const officeRuntime: ExcelRuntime = {
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) =>
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(name, version) === true,
};

let current: ExcelRuntime = officeRuntime;

/** Runs `batch` in an Excel request context through the current runtime. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return current.run(batch);
}

/** Whether Excel supports the ExcelApi requirement set `version` ("1.4"). */
export function isExcelApiSupported(version: string): boolean {
  return current.isSetSupported("ExcelApi", version);
}

/** Replaces the runtime (tests); `null` puts the real office.js runtime back. */
export function setExcelRuntime(runtime: ExcelRuntime | null): void {
  current = runtime ?? officeRuntime;
}
