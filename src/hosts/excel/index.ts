/** The public entry of src/hosts/excel: what other folders may use of it. Import through here, never a file inside. */
export {
  DEFAULT_CHUNK_BUDGET,
  EXCEL_CELL_LIMIT,
  EXCEL_PAYLOAD_LIMIT_BYTES,
  rowsPerChunk,
} from "./chunk-budget";
export { resolveSource } from "./data-sources";
export { officeDisplayLanguage } from "./display-language";
export { EXCEL_API_FEATURES, EXCEL_EXPORT_FEATURES, MIN_EXCEL_API } from "./excel-api-features";
export { createExcelHost, excelHost } from "./excel-host";
export { officeHost } from "./office-host";
export { runExcel, setExcelRuntime } from "./excel-run";
export type { DialogFile, ExcelRuntime } from "./excel-run";
export { DIALOG_PART_CHARS, DIALOG_READY, EXPORT_DIALOG_PAGE, dialogParts } from "./export-dialog";
export type { DialogPart } from "./export-dialog";
export { assembleParts, parsePart, runExportDialogPage } from "./export-dialog-page";
export { canDownload, excelExportRoute } from "./save-file";
export type { ExcelExportEnvironment, ExcelExportRoute } from "./save-file";
export { officeThemeKind } from "./office-theme";
export { OWNED_SHEETS_SETTING } from "./owned-sheets";
export { readRangeInChunks } from "./read-range-chunks";
export { RECORD_SHEETS } from "./record-sheets";
export { EXCEL_SELECTION_FEATURES, firstCellOf, rowRuns } from "./sheet-selection";
export { LAST_RUN_KEY, SETTINGS_KEY } from "./workbook-settings";
export {
  SHARED_RUNTIME,
  canOpenWithWorkbook,
  setOpenWithWorkbook,
  showTaskPane,
} from "./startup-behaviour";
