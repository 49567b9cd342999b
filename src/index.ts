// Openstaand's public API: the pure core and the ledger reader. Front doors (task pane, custom
// functions, CLI) and integrators import from here.
export * from "./core/index";
export * from "./ledger/index";
export * from "./dunning/index";
export type {
  Host,
  SheetValues,
  DataSource,
  DataSourceList,
  ReadProgress,
  ReadRequest,
  RecordKind,
  RecordTable,
} from "./app/host";
export { HostError, isHostError } from "./app/host-error";
export type { HostErrorCode, HostErrorPlace } from "./app/host-error";
export { loadLedger } from "./app/load-ledger";
export type { LoadedLedger, LoadLedgerOptions } from "./app/load-ledger";
export {
  settingsSchema,
  DEFAULT_SETTINGS,
  parseSettings,
  validateSettings,
  serializeSettings,
} from "./app/settings";
export type { Settings } from "./app/settings";
export { loadSettings, saveSettings, resetSettings } from "./app/manage-settings";
export type {
  ReportSheetSpec,
  ReportTable,
  ReportChart,
  ReportChartType,
  ReportFormat,
  ReportCell,
  WrittenReport,
} from "./documents/report/report-spec";
export { checkReportSpec } from "./app/check-report-spec";
export { writeReport } from "./app/write-report";
export {
  applyRecords,
  loadRecords,
  NO_RECORDS,
  saveHandovers,
  saveReminderLog,
} from "./app/records";
export type { RecordIssue, Records } from "./app/records";
export { handoverCandidates } from "./app/handover-candidates";
export type { HandoverCandidate } from "./app/handover-candidates";
export { collectionExport, factoringExport } from "./app/handover-exports";
export { handoverBatches, nextBatchId } from "./app/handover-batches";
export type { HandoverBatch } from "./app/handover-batches";
export {
  previewLetter,
  templateChoices,
  templateInUse,
  templateProblems,
} from "./app/template-preview";
export type { TemplateChoice } from "./app/template-preview";
export { OWNED_SHEET_PREFIX, ownedSheetName, hasOwnedPrefix } from "./app/owned-sheet-name";
export * from "./analytics/index";
export * from "./documents/index";
export { reportSheetSpec, REPORT_SHEET_NAME, TOP_CUSTOMERS } from "./documents/report/report-sheet-spec";
export { sheetTexts, titleDay } from "./documents/report/report-sheet-texts";
export type { SheetLang, SheetMetric } from "./documents/report/report-sheet-texts";
