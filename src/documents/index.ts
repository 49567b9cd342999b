/** src/documents: reminder letters and e-mails, mail merge, printable letters, log, hand-off exports. */
export { companyDetails, DEMO_COMPANY, type CompanyDetails } from "./letters/company-details";
export { debtorDetails, type DebtorDetails } from "./letters/debtor-details";
export { letterDate, letterAmount, type LetterLanguage } from "./letters/letter-format";
export {
  letterModel,
  type LetterAmounts,
  type LetterModel,
  type LetterOptions,
  type LetterView,
} from "./letters/letter-model";
export { renderLetter, type RenderedLetter } from "./letters/render-letter";
export {
  checkTemplate,
  defaultTemplate,
  defaultTemplateIds,
  SPECIFICATION_PARTIAL,
  TEMPLATE_FIELDS,
  type LetterTemplate,
} from "./letters/template-catalog";
export { lettersFor, type Letter, type LetterSetOptions } from "./letters/letter-set";
export { mailMergeTable, MAIL_MERGE_HEADERS } from "./mail/mail-merge";
export {
  emlDraft,
  encodeHeaderText,
  quotedPrintable,
  isMailAddress,
  type EmlDraft,
  type Mailbox,
} from "./mail/eml";
export { emlZip, letterEml, fileNamePart } from "./mail/email-drafts";
export { lettersHtml, letterSection, emailHtml } from "./letters/letters-html";
export {
  applyReminderLog,
  reminderLogControl,
  reminderLogEntries,
  reminderLogTable,
  type ReminderLogEntry,
} from "../records/reminder-log";
export { neutraliseFormula, looksLikeFormula } from "./tables/csv-injection";
export { controlLine, type ControlLine } from "./tables/control-line";
export { safeTable, exportCsvBytes, exportXlsxBytes, exportJsonText } from "../formats/export-table";
export {
  handoffClaims,
  interestSpecText,
  type ClaimReminder,
  type HandoffClaim,
  type HandoffFile,
  type HandoffOptions,
} from "./handoff/handoff-claims";
export { handoffJson, handoffTable } from "./handoff/handoff-export";
export {
  applyHandovers,
  handoverKind,
  markHandedOver,
  undoHandover,
  NO_HANDOVERS,
  type HandoverKind,
  type HandoverRecord,
  type HandoverState,
} from "../records/handover-state";
export type { RecordCodecIssue, RecordRows, RecordTableData } from "../records/record-table";
export { decodeReminderLog, type DecodedReminderLog } from "../records/reminder-log-decode";
export { encodeReminderLog } from "../records/reminder-log-encode";
export { REMINDER_LOG_COLUMNS } from "../records/reminder-log-columns";
export {
  decodeHandovers,
  encodeHandovers,
  HANDOVER_COLUMNS,
  type DecodedHandovers,
} from "../records/handover-codec";
export { handoversFromCsv, reminderLogFromCsv } from "../formats/record-csv";
export {
  factoringFile,
  factoringControl,
  type FactoringControl,
  type FactoringDebtor,
  type FactoringExclusions,
  type FactoringFile,
  type FactoringInvoice,
  type FactoringOptions,
} from "./handoff/factoring-file";
export { factoringDebtorTable, factoringInvoiceTable } from "./handoff/factoring-export";
export { claimStatementHtml } from "./handoff/claim-statement-html";
export {
  dossierInvoiceTable,
  dossierZip,
  dossierZips,
  type DossierFile,
  type DossierOptions,
} from "../app/handover/dossier-zip";
