/** src/documents: reminder letters and e-mails, mail merge, printable letters, log, hand-off exports. */
export { companyDetails, DEMO_COMPANY, type CompanyDetails } from "./company-details";
export { debtorDetails, type DebtorDetails } from "./debtor-details";
export { letterDate, letterAmount, type LetterLanguage } from "./letter-format";
export {
  letterModel,
  type LetterAmounts,
  type LetterModel,
  type LetterOptions,
  type LetterView,
} from "./letter-model";
export { renderLetter, type RenderedLetter } from "./render-letter";
export {
  checkTemplate,
  defaultTemplate,
  defaultTemplateIds,
  SPECIFICATION_PARTIAL,
  TEMPLATE_FIELDS,
  type LetterTemplate,
} from "./template-catalog";
export { lettersFor, type Letter, type LetterSetOptions } from "./letter-set";
export { mailMergeTable, MAIL_MERGE_HEADERS } from "./mail-merge";
export {
  emlDraft,
  encodeHeaderText,
  quotedPrintable,
  isMailAddress,
  type EmlDraft,
  type Mailbox,
} from "./eml";
export { emlZip, letterEml, fileNamePart } from "./email-drafts";
export { lettersHtml, letterSection, emailHtml } from "./letters-html";
export {
  applyReminderLog,
  reminderLogControl,
  reminderLogEntries,
  reminderLogTable,
  type ReminderLogEntry,
} from "./reminder-log";
export { neutraliseFormula, looksLikeFormula } from "./csv-injection";
export { controlLine, type ControlLine } from "./control-line";
export { safeTable, exportCsvBytes, exportXlsxBytes, exportJsonText } from "./export-table";
export {
  handoffClaims,
  interestSpecText,
  type ClaimReminder,
  type HandoffClaim,
  type HandoffFile,
  type HandoffOptions,
} from "./handoff-claims";
export { handoffJson, handoffTable } from "./handoff-export";
export {
  applyHandovers,
  handoverKind,
  markHandedOver,
  undoHandover,
  NO_HANDOVERS,
  type HandoverKind,
  type HandoverRecord,
  type HandoverState,
} from "./handover-state";
export type { RecordCodecIssue, RecordRows, RecordTableData } from "./record-table";
export { decodeReminderLog, type DecodedReminderLog } from "./reminder-log-decode";
export { encodeReminderLog } from "./reminder-log-encode";
export { REMINDER_LOG_COLUMNS } from "./reminder-log-columns";
export {
  decodeHandovers,
  encodeHandovers,
  HANDOVER_COLUMNS,
  type DecodedHandovers,
} from "./handover-codec";
export { handoversFromCsv, reminderLogFromCsv } from "./record-csv";
export {
  factoringFile,
  factoringControl,
  type FactoringControl,
  type FactoringDebtor,
  type FactoringExclusions,
  type FactoringFile,
  type FactoringInvoice,
  type FactoringOptions,
} from "./factoring-file";
export { factoringDebtorTable, factoringInvoiceTable } from "./factoring-export";
export { claimStatementHtml } from "./claim-statement-html";
export {
  dossierInvoiceTable,
  dossierZip,
  dossierZips,
  type DossierFile,
  type DossierOptions,
} from "./dossier-zip";
