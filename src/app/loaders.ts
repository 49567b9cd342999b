/**
 * Loaders of the use-cases a front door loads on first use, each its own chunk in the pane's bundle
 * (the file reader with exceljs and papaparse, the analytics, the records, the report renderers).
 * The pane calls these instead of importing a file inside src/app; their types are
 * `Awaited<ReturnType<typeof loadX>>`.
 */

/** Opening a ledger file: openLedgerFile (exceljs and papaparse). */
export const loadFileOpening = () => import("./workbench/open-file");

/** The analysis of a ledger with its kept records applied: analyse, analyseWithRecords. */
export const loadAnalysis = () => import("./analyse");

/** The workbench's analysis and customer index (analyseForWorkbench), where no worker runs it. */
export const loadWorkbenchAnalysis = () => import("./workbench/workbench-analysis");

/** The records kept beside a ledger, and where they belong: loadKeptRecords, storeRecordsOf, … */
export const loadRecordKeeping = () => import("./workbench/kept-records");

/** The report sheet as an .xlsx download: reportXlsxBytes (exceljs). */
export const loadReportWorkbook = () => import("./report/report-workbook");

/** The report as one HTML file: reportHtml (the chart bundles come from the door). */
export const loadReportHtml = () => import("./report/report-html");

/** The hand-over view: candidates, exports, batches, undo. */
export const loadHandover = () => import("./handover");

/** The template editor: choices, preview letters, problems. */
export const loadTemplatePreview = () => import("./template-preview");

/** The morning notice of Overzicht: paneMorningNotice (the call list's engine). */
export const loadMorningNotice = () => import("./calls/morning-notice");

/** The Betalingen tab: read a bank statement, match, correct, confirm, undo (the statement readers). */
export const loadPaymentsReview = () => import("./payments-review");

/** The pane's customer lists as files: customerListFile (exceljs for the xlsx). */
export const loadCustomerLists = () => import("./customers/customer-list-file");

/** Every list of the pane as a file or a print document: listFile, listPrintFile (exceljs for the xlsx). */
export const loadListExport = () => import("./lists/list-export");

/** The settings' schema (zod) and its parse: loadSettings, saveSettings and resetSettings load it. */
export const loadSettingsSchema = () => import("./settings/settings");

/** The ledger reader of a host's source (the demo, a sheet) on the page: loadLedger (and zod). */
export const loadLedgerReading = () => import("./sources/load-ledger");
