/**
 * exceljs, loaded when a workbook is first read or written rather than when the program starts:
 * loading it costs about half a second of CPU in Node (hundreds of modules), which every CLI run
 * paid before, also `openstaand --version` and a CSV report that never touches a workbook.
 */
import type * as ExcelJsModule from "exceljs";

export type ExcelJs = typeof ExcelJsModule;

let loading: Promise<ExcelJs> | undefined;

/** The exceljs module (its CommonJS exports, whichever way the bundler or Node wraps them). */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import("exceljs").then(
    (loaded) => (loaded as ExcelJs & { default?: ExcelJs }).default ?? loaded
  );
  return loading;
}
