/** src/documents: reminder letters and e-mails, mail merge, printable letters, log, hand-off exports. */
export { agreementMail, agreementQr } from "./agreements/agreement-mail";
export type { AgreementMail } from "./agreements/agreement-mail";
export { agreementParties, coveredInvoicesTable } from "./agreements/agreement-parties";
export type {
  AgreementContact,
  CoveredInvoice,
  Parties,
  PartiesInput,
  PartiesView,
} from "./agreements/agreement-parties";
export { arrangementDocuments } from "./agreements/arrangement-letter";
export type {
  ArrangementDocuments,
  ArrangementFrequency,
  ArrangementLetterInput,
} from "./agreements/arrangement-letter";
export { promiseConfirmation } from "./agreements/promise-confirmation";
export type { PromiseConfirmationInput } from "./agreements/promise-confirmation";
export { claimStatementHtml } from "./handoff/claim-statement-html";
export { factoringDebtorTable, factoringInvoiceTable } from "./handoff/factoring-export";
export { factoringControl, factoringFile, factoringLeftOutLines } from "./handoff/factoring-file";
export type {
  FactoringControl,
  FactoringDebtor,
  FactoringExclusions,
  FactoringFile,
  FactoringInvoice,
  FactoringLeftOut,
  FactoringOptions,
} from "./handoff/factoring-file";
export { handoffClaims, interestSpecText } from "./handoff/handoff-claims";
export type {
  ClaimReminder,
  HandoffClaim,
  HandoffFile,
  HandoffOptions,
} from "./handoff/handoff-claims";
export { handoffJson, handoffTable } from "./handoff/handoff-export";
export {
  COMPANY_FIELDS,
  COMPANY_FIELD_NAMES,
  DEMO_COMPANY,
  LETTER_COMPANY_FIELDS,
  companyDetails,
  companySchema,
  missingCompanyFields,
  missingCompanyWarning,
} from "./letters/company-details";
export type { CompanyDetails } from "./letters/company-details";
export { debtorDetails } from "./letters/debtor-details";
export type { DebtorDetails } from "./letters/debtor-details";
export { letterAmount, letterDate } from "./letters/letter-format";
export type { LetterLanguage } from "./letters/letter-format";
export { letterModel } from "./letters/letter-model";
export type { LetterAmounts, LetterModel, LetterOptions, LetterView } from "./letters/letter-model";
export { lettersFor } from "./letters/letter-set";
export type { Letter, LetterSetOptions } from "./letters/letter-set";
export {
  CSP,
  LETTER_CSS,
  emailHtml,
  letterSection,
  letterheadHtml,
  lettersHtml,
  paymentQrSvg,
} from "./letters/letters-html";
export { renderLetter, renderTemplate } from "./letters/render-letter";
export type { RenderedLetter } from "./letters/render-letter";
export { convertToPlain } from "./letters/convert-template";
export { checkPlainTemplate, parsePlainTemplate, plainProblemText } from "./letters/plain-template";
export type { PlainNode, PlainParse, PlainProblem } from "./letters/plain-template";
export {
  PLACEHOLDERS,
  closestPlaceholderName,
  findPlaceholder,
  placeholderToken,
} from "./letters/placeholders";
export type { Placeholder, PlaceholderGroup } from "./letters/placeholders";
export { defaultTemplate, defaultTemplateIds } from "./letters/template-catalog";
export { SPECIFICATION_PARTIAL, TEMPLATE_FIELDS, checkTemplate } from "./letters/template-check";
export { editedForm, templateForm } from "./letters/templates/letter-template";
export type { LetterTemplate } from "./letters/templates/letter-template";
export {
  emlZip,
  fileNamePart,
  letterEml,
  letterFileNames,
  paymentQrPng,
  qrImageName,
} from "./mail/email-drafts";
export { emlDraft, encodeHeaderText, isMailAddress, quotedPrintable } from "./mail/eml";
export type { EmlAttachment, EmlDraft, Mailbox } from "./mail/eml";
export { MAIL_MERGE_HEADERS, mailMergeTable, mailMergeWarnings } from "./mail/mail-merge";
export type { MailMergeWarning } from "./mail/mail-merge";
export { bridgeSentence, bridgeSteps } from "./report/bridge-text";
export { KPI_DEFINITION_KEYS, kpiDefinition } from "./report/kpi-definitions";
export { basisPoints, creditYieldText } from "./report/credit-yield-text";
export type { CreditYieldKey, CreditYieldLine, CreditYieldText } from "./report/credit-yield-text";
export { reportCharts } from "./report/chart-specs";
export type { VegaLiteSpec } from "./report/chart-specs";
export { NUMBER_FORMATS, excelCell } from "./report/report-cells";
export { reportText } from "./report/report-console";
export {
  CONSOLE_COLUMNS,
  reportSummaryHtml,
  reportSummaryLines,
  wrapLine,
} from "./report/report-folder-summary";
export type { FileOutcome } from "./report/report-folder-summary";
export { reportHtml } from "./report/report-html";
export type { ChartBundles } from "./report/report-html";
export { reportJson, twoDecimals } from "./report/report-json";
export { REPORT_SHEET_NAME, TOP_CUSTOMERS, reportSheetSpec } from "./report/report-sheet-spec";
export { sheetTexts, titleDay } from "./report/report-sheet-texts";
export type { SheetLang, SheetMetric } from "./report/report-sheet-texts";
export type {
  ReportCell,
  ReportChart,
  ReportChartType,
  ReportFormat,
  ReportSheetSpec,
  ReportTable,
  WrittenReport,
} from "./report/report-spec";
export { bucketLabel, text } from "./report/report-texts";
export type { ReportLang, TextKey } from "./report/report-texts";
export { oneLine } from "./tables/clean-text";
export { controlLine } from "./tables/control-line";
export { creditListTable, customerListTable } from "./tables/customer-list";
export { exclusionListTable, listedExclusions } from "./tables/exclusion-list";
export { listPrintHtml, printedCell } from "./tables/list-print";
export type { ListPrintOptions } from "./tables/list-print";
export { reportTableSheet } from "./tables/report-table-list";
export { dossierHtml, dossierInvoiceTotals } from "./dossier/dossier-html";
export type { DossierDocumentInput, DossierInvoice } from "./dossier/dossier-html";
export type { ControlLine } from "./tables/control-line";
export {
  csvCellOriginal,
  csvTextCell,
  looksLikeFormula,
  neutraliseFormula,
  spreadsheetWouldAlter,
} from "./tables/csv-injection";
export type { SheetColumnType, SheetTable } from "./tables/sheet-table";
export { EPC_MAX_CENTS, epcPayload } from "./payment-qr/epc-payload";
export type { EpcPayloadResult, EpcPayment } from "./payment-qr/epc-payload";
export { qrMatrix, qrSvg } from "./payment-qr/qr-svg";
export { qrPng } from "./payment-qr/qr-png";
