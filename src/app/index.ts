/** The public entry of src/app: what other folders may use of it. Import through here, never a file inside. */
export {
  administrationOfFile,
  compareFingerprint,
  confirmAdministration,
  identifyAdministration,
  ledgerFingerprint,
  loadAdministrations,
  recordScope,
  sameBooks,
  tieToAdministration,
} from "./books/administration";
export type { ActiveAdministration, AdministrationChoice } from "./books/administration";
export { analyse, analyseWithRecords, analysisDay, withHandoverKinds } from "./analyse";
export type { Analysis, AnalysisInput, AnalysisWithRecords } from "./analyse";
export { checkReportSpec } from "./report/check-report-spec";
export { dossierClaim } from "./customers/dossier-claim";
export type { DossierClaim } from "./customers/dossier-claim";
export { demoLedger } from "./sources/demo-books";
export type { DemoLedger } from "./sources/demo-books";
export {
  blockedRows,
  doNotRemindMarks,
  markDoNotRemind,
  marksInScope,
  unmarkDoNotRemind,
} from "./reminders/do-not-remind";
export { markScope } from "./reminders/mark-scope";
export {
  DEMO_COMPANY_NAME,
  companyFromJson,
  draftReminders,
  letterCompany,
  mailMergeSheetSpec,
} from "./reminders/draft-reminders";
export type {
  DraftRemindersOptions,
  LetterCompanyOptions,
  ReminderDrafts,
} from "./reminders/draft-reminders";
export { handoverBatches, nextBatchId } from "./handover/handover-batches";
export type { HandoverBatch } from "./handover/handover-batches";
export { handoverCandidates } from "./handover/handover-candidates";
export type { HandoverCandidate } from "./handover/handover-candidates";
export { collectionExport, factoringExport } from "./handover/handover-exports";
export type {
  CollectionExport,
  CollectionExportOptions,
  FactoringExport,
} from "./handover/handover-exports";
export { handoverKindText, handoverStateCsv } from "./handover/handover-file";
export { customerIndex } from "./workbench/customer-index";
export type { CustomerFacts } from "./workbench/customer-index";
export { dossierZips } from "./handover/dossier-zip";
export { factoringFileData, handoffFileData } from "./handover/handoff-files";
export { HostError, isHostError } from "./host/host-error";
export type { HostErrorCode, HostErrorPlace } from "./host/host-error";
export type {
  ChunkedLedgerRead,
  DataSource,
  DataSourceList,
  ExportFile,
  FileReadRequest,
  Host,
  ReadProgress,
  ReadRequest,
  RecordKind,
  RecordTable,
  KeptFile,
  SavedExport,
  SelectRowsRequest,
  SelectedRows,
  SheetRowPick,
  SheetValues,
} from "./host/host";
export {
  canShowInSheet,
  followSheetSelection,
  offerOfPick,
  rowsOfTarget,
  showInSheet,
} from "./sheet-link/sheet-link";
export type { DossierOffer, SheetLinkLedger, SheetTarget } from "./sheet-link/sheet-link";
export {
  activeAdministration,
  confirmFileAdministration,
  keptRecordsOf,
  loadKeptRecords,
  storeRecords,
  storeRecordsOf,
} from "./workbench/kept-records";
export type { RecordsChange } from "./workbench/kept-records";
export { missingCompanyFields } from "./reminders/letter-sender";
export { isLedgerField, loadLedgerFile } from "./sources/ledger-file";
export { loadLedger } from "./sources/load-ledger";
export type { LoadLedgerOptions, LoadedLedger } from "./sources/load-ledger";
export { loadSettings, resetSettings, saveSettings } from "./settings/manage-settings";
// Lazy chunks of the pane: the pane calls these loaders, never import("src/app/<file>").
export {
  loadAnalysis,
  loadCustomerLists,
  loadListExport,
  loadFileOpening,
  loadHandover,
  loadMorningNotice,
  loadRecordKeeping,
  loadReportHtml,
  loadReportWorkbook,
  loadTemplatePreview,
  loadPaymentsReview,
  loadWorkbenchAnalysis,
  loadSettingsSchema,
  loadLedgerReading,
} from "./loaders";
export {
  SURE_FIELDS,
  mappingNeedOfError,
  mappingNeedOfRead,
  mappingProblems,
  mappingToSave,
} from "./workbench/mapping-need";
export type { Doubt, HeaderOption, MappingNeed, MappingProblems } from "./workbench/mapping-need";
export {
  mappingOfRead,
  mappingReadOptions,
  rememberMapping,
  rememberedMapping,
} from "./settings/mapping-profiles";
export type { ColumnMapping } from "./settings/mapping-profiles";
export { fileError, openLedgerFile } from "./workbench/open-file";
export type { OpenFileOptions, OpenedFile } from "./workbench/open-file";
export { OWNED_SHEET_PREFIX, hasOwnedPrefix, ownedSheetName } from "./host/owned-sheet-name";
export { handedOverOn, sentOn } from "./host/record-day";
export { csvSheetSpec } from "./export/csv-sheet-spec";
export { exportSheetName, isCsvType, saveExport } from "./export/save-export";
export { exclusionLines, reviewJson, reviewRun } from "./reminders/reminder-review";
export {
  CONSOLE_COLUMNS,
  FAST_READER_MIN_BYTES,
  defaultAsOf,
  fileReport,
  jsonText,
  readReportInput,
  reportJson,
  reportSummaryHtml,
  reportSummaryLines,
  reportText,
  wrapLine,
} from "./report/report-file";
export type { FastCsvReader, FileReportOptions, ReportInput } from "./report/report-file";
export {
  NO_RECORDS,
  applyRecords,
  applyRecordsWithEffects,
  loadRecords,
  saveHandovers,
  savePayments,
  saveReminderLog,
  unmatchedRecords,
  unmatchedRecordsText,
} from "./books/records";
export type {
  AppliedRecords,
  RecordHost,
  RecordIssue,
  Records,
  RecordsToApply,
} from "./books/records";
export { readReportInputWithRecords } from "./books/records-report";
export type { RecordsBridge } from "./books/records-report";
export { reportHtml } from "./report/report-html";
export { reportXlsxBytes } from "./report/report-workbook";
export { lastMonthEnd, localDay, reportingDay } from "./host/reporting-day";
export type { ReportingDayBasis } from "./host/reporting-day";
export {
  DEFAULT_SETTINGS,
  MAX_MAPPING_PROFILES,
  parseSettings,
  serializeSettings,
  settingsSchema,
  validateSettings,
} from "./settings/settings";
export type { Settings } from "./settings/settings";
export { INITIAL_SETTINGS } from "./settings/initial-settings";
export {
  TEMPLATE_FIELD_LIST,
  editedTemplate,
  insertAtCursor,
  pickerFields,
  plainTemplate,
  previewCandidates,
  previewDebtors,
  previewLetter,
  templateChoices,
  templateInUse,
  templateKey,
  templateProblems,
} from "./template-preview";
export type { PickerField, TemplateChoice } from "./template-preview";
export { companyWarning, missingCompany } from "./company-warning";
export { VERSION } from "./version";
export { writeReport } from "./report/write-report";
export { explainKpiText } from "./report/explain-kpi";
export { withoutSettled } from "./customers/settled-filter";
export type { SettledFilter } from "./customers/settled-filter";
export { customerList, customerListData, customerListFile } from "./customers/customer-list-file";
export {
  customerDossierDocument,
  dossierDocumentInput,
  remindersSent,
} from "./customers/dossier-document";
export type { DossierDocumentRequest, ReminderSent } from "./customers/dossier-document";
export { exclusionList, listFile, listPrintFile, reportTableList } from "./lists/list-export";
export type { ExportList } from "./lists/list-export";
export type { CustomerListKind, ListFormat } from "./customers/customer-list-file";
export type { KpiExplanationText, KpiInputLine } from "./report/explain-kpi";
export { KPI_KEYS } from "../analytics";
// What better credit control yields (Overzicht's inline inputs recompute it on the report's figures).
export { DEFAULT_CREDIT_YIELD_INPUTS, creditYield, creditYieldBasis } from "../analytics";
export type { CreditYield, CreditYieldInputs } from "../analytics";
export { basisPoints, creditYieldText } from "../documents";
export { percentToBasisPoints, yieldDaysOf } from "./settings/credit-yield-input";
export type { CreditYieldLine, CreditYieldText } from "../documents";
export type { CountbackMonth, KpiCustomer, KpiInvoice, KpiKey } from "../analytics";
export { openLedger } from "./workbench/open-ledger";
export { analyseLedger } from "./workbench/analyse-ledger";
export { analyseForWorkbench } from "./workbench/workbench-analysis";
export type { WorkbenchAnalysis, WorkbenchInput } from "./workbench/workbench-analysis";
export type { OpenLedgerOptions, WorkbenchLedger, WorkbenchSource } from "./workbench/open-ledger";
// Vocabulary and renderings the pane shows, re-exported from lower layers so that the pane imports
// only src/app: the ledger's fields and their labels (column mapping, settings), the default ladders
// (reminder log), why an invoice gets no letter, and the report as the pane draws it (charts, the
// bridge from the control total, the sheet layout, bucket labels, figures as data attributes).
export { FIELD_LABELS, FIELD_LABELS_NL, LEDGER_FIELDS } from "../ledger";
export { DEFAULT_B2B_POLICY, DEFAULT_B2C_POLICY, describeExclusion } from "../dunning";
export {
  COMPANY_FIELDS,
  bridgeSentence,
  bridgeSteps,
  bucketLabel,
  reportCharts,
  reportSheetSpec,
  twoDecimals,
} from "../documents";
export {
  NO_CONVERSATION,
  loadConversation,
  saveContacts,
  saveConversation,
  withContact,
} from "./calls/conversation-records";
export type { ConversationRecords } from "./calls/conversation-records";
export {
  callCard,
  callsOfRun,
  conversationReview,
  customerCallCard,
  deliveryStops,
  reclaimOn,
  todaysCalls,
} from "./calls/todays-calls";
export type {
  CallCard,
  CallOptions,
  CardInvoice,
  ConversationReview,
  TodaysCalls,
} from "./calls/todays-calls";
export { openInvoiceIds, outcomeEntries } from "./calls/call-outcome";
export type { CallOutcome } from "./calls/call-outcome";
export { callOptionsOf, resolveDispute } from "./calls/call-desk";
export { confirmPromise, coveredInvoices } from "./calls/confirmations";
export type { Confirmation, ConfirmationOptions } from "./calls/confirmations";
export { DEFAULT_FIRST_INSTALMENT_WITHIN_DAYS, makeArrangement } from "./calls/arrangements";
export type {
  ArrangementRequest,
  ArrangementSettings,
  MadeArrangement,
} from "./calls/arrangements";
export { WEEKDAY_LABELS } from "../records";
export {
  paymentsCsvBytes,
  paymentsJson,
  proposePayments,
  recordProposals,
} from "./payments/payments";
export type { PaymentProposals } from "./payments/payments";
export {
  NOTICE_CALLS_SHOWN,
  lastRunAfter,
  lastRunText,
  morningNotice,
  morningNoticeOn,
  noticeAndCalls,
  noticeSince,
  openOnNotice,
  paneMorningNotice,
  parseLastRun,
} from "./calls/morning-notice";
export type {
  LastRun,
  MorningNotice,
  NoticeAgreement,
  NoticeDispute,
  NoticeInvoice,
} from "./calls/morning-notice";
export {
  confirmedStatements,
  groupProposals,
  pickableInvoices,
  rematchPayments,
  undoPaymentStatement,
} from "./payments/statement-review";
export type {
  ConfirmedStatement,
  PaymentChoices,
  ProposalGroups,
} from "./payments/statement-review";
export { forgetLastFile, keepLastFile, lastFileOffer } from "./workbench/last-file";
