// Openstaand as a library, for integrators (a script or tool that embeds the engine): the pure core,
// the ledger reader, the reminder ladder and the use-cases over a Host. Openstaand's own front doors
// do not import from here: the pane and the CLI call src/app, the custom functions src/core (see
// DESIGN.md and the lint fences in eslint.config.mjs).
export * from "./core";
export * from "./ledger";
export * from "./dunning";
export type {
  Host,
  SheetValues,
  DataSource,
  DataSourceList,
  ReadProgress,
  ReadRequest,
  RecordKind,
  RecordTable,
} from "./app";
export { HostError, isHostError } from "./app";
export type { HostErrorCode, HostErrorPlace } from "./app";
export { loadLedger } from "./app";
export type { LoadedLedger, LoadLedgerOptions } from "./app";
export {
  settingsSchema,
  DEFAULT_SETTINGS,
  parseSettings,
  validateSettings,
  serializeSettings,
} from "./app";
export type { Settings } from "./app";
export { loadSettings, saveSettings, resetSettings } from "./app";
export type {
  ReportSheetSpec,
  ReportTable,
  ReportChart,
  ReportChartType,
  ReportFormat,
  ReportCell,
  WrittenReport,
} from "./documents";
export { checkReportSpec } from "./app";
export { writeReport } from "./app";
export { applyRecords, loadRecords, NO_RECORDS, saveHandovers, saveReminderLog } from "./app";
export type { RecordIssue, Records } from "./app";
export { handoverCandidates } from "./app";
export type { HandoverCandidate } from "./app";
export { collectionExport, factoringExport } from "./app";
export { handoverBatches, nextBatchId } from "./app";
export type { HandoverBatch } from "./app";
export { previewLetter, templateChoices, templateInUse, templateProblems } from "./app";
export type { TemplateChoice } from "./app";
export { OWNED_SHEET_PREFIX, ownedSheetName, hasOwnedPrefix } from "./app";
export * from "./analytics/index";
export * from "./documents/index";
export { reportSheetSpec, REPORT_SHEET_NAME, TOP_CUSTOMERS } from "./documents";
export { sheetTexts, titleDay } from "./documents";
export type { SheetLang, SheetMetric } from "./documents";
