/**
 * Use-case: draft the reminders of a run — the mail-merge CSV, a zip of .eml drafts, the printable
 * letters (HTML) and the reminder log (entries and CSV with its control line) — with the company
 * details from the settings, as `openstaand remind` writes them. Pure apart from being async (the
 * zip is generated asynchronously); the task pane loads it with `import()` on the first click, so
 * the letter code and JSZip stay out of its first bundle.
 */
import type { IsoDay } from "../core";
import {
  type CompanyDetails,
  type ControlLine,
  emlZip,
  type SheetTable,
  lettersFor,
  type Letter,
  lettersHtml,
  mailMergeTable,
  mailMergeWarnings,
  type MailMergeWarning,
  type ReportSheetSpec,
} from "../documents";
import { exportCsvBytes, exportXlsxBytes, safeTable } from "../formats";
import {
  reminderLogControl,
  reminderLogEntries,
  reminderLogTable,
  type ReminderLogEntry,
} from "../records";
import type { ReminderProposal } from "../dunning";
import type { Ledger } from "../ledger";
import { HostError } from "./host-error";
import { missingCompanyFields } from "./letter-sender";
import type { Settings } from "./settings";

/** The drafted reminders of one run, ready to download. */
export interface ReminderDrafts {
  asOf: IsoDay;
  /** The letters, in proposal order (one per proposal). */
  letters: Letter[];
  /** Mail-merge table as Dutch CSV (semicolon, UTF-8 with BOM), one row per letter. */
  mailMergeCsv: Uint8Array;
  /** Letters whose e-mail address the merge left empty (not one plain address), and why. */
  mailMergeWarnings: MailMergeWarning[];
  /** The same table as an Excel workbook (sheet "Samenvoegen"; Word can merge from it directly). */
  mailMergeXlsx: Uint8Array;
  /** One .eml draft per letter (X-Unsent: 1), zipped. */
  emlZip: Uint8Array;
  /** All letters in one HTML file, one per printed page. */
  lettersHtml: string;
  /** What these letters would log ("leg alles vast"). */
  log: ReminderLogEntry[];
  /** The log as CSV, with its control line. */
  logCsv: Uint8Array;
  /** The mail-merge table as the owned sheet "Openstaand – Samenvoegen" (Excel writes it). */
  mailMergeSheet: ReportSheetSpec;
  /** Count and amounts of the letters, to reconcile with the proposals. */
  control: ControlLine;
  /** File names, as `openstaand remind` names them. */
  fileNames: { mailMerge: string; mailMergeXlsx: string; eml: string; html: string; log: string };
}

/**
 * The creditor on the letters: the settings' company details. There is no fallback to a demo
 * company: without a name or IBAN this throws a HostError "settings" naming the missing details.
 */
export function letterCompany(settings: Settings): CompanyDetails {
  const missing = missingCompanyFields(settings.company);
  if (missing.length > 0) {
    const en = missing.map((f) => (f === "name" ? "company name" : "IBAN")).join(" and ");
    const nl = missing.map((f) => (f === "name" ? "bedrijfsnaam" : "IBAN")).join(" en ");
    throw new HostError(
      "settings",
      `Reminders need your ${en}; fill it in under Settings (company details).`,
      `Voor herinneringen is uw ${nl} nodig; vul dit in bij Instellingen (bedrijfsgegevens).`,
      { key: `company.${missing[0]}` }
    );
  }
  // An empty signatory (contact) closes the letters with the company name alone.
  return { ...settings.company };
}

/**
 * The mail-merge table as a report sheet of one table without a title: the header in row 1, one
 * row per letter, every column text (amounts as the letters write them), so Word can merge from
 * the sheet "Openstaand – Samenvoegen" of the workbook itself. Formula-looking text is neutralised
 * as in the file exports, and the writer keeps every cell text.
 */
export function mailMergeSheetSpec(merge: SheetTable): ReportSheetSpec {
  const safe = safeTable(merge);
  return {
    name: "Samenvoegen",
    tables: [
      {
        title: "",
        headers: [...safe.headers],
        rows: safe.rows.map((row) => [...row]),
        formats: safe.headers.map(() => "text"),
      },
    ],
  };
}

/** Drafts the letters of `proposals` (from `ledger` on `asOf`) in every output format. */
export async function draftReminders(
  ledger: Ledger,
  proposals: readonly ReminderProposal[],
  settings: Settings,
  asOf: IsoDay
): Promise<ReminderDrafts> {
  const company = letterCompany(settings);
  const letters = lettersFor(ledger, proposals, {
    company,
    costsIncludeVat: settings.letters.costsIncludeVat,
    templates: settings.templates,
  });
  const log = reminderLogEntries(letters);
  const merge = mailMergeTable(letters);
  const base = `herinneringen-${asOf}`;
  return {
    asOf,
    letters,
    mailMergeCsv: exportCsvBytes(merge),
    mailMergeWarnings: mailMergeWarnings(letters),
    mailMergeXlsx: await exportXlsxBytes(merge, "Samenvoegen"),
    mailMergeSheet: mailMergeSheetSpec(merge),
    emlZip: await emlZip(letters, company),
    lettersHtml: lettersHtml(letters),
    log,
    logCsv: exportCsvBytes(reminderLogTable(log)),
    control: reminderLogControl(log),
    fileNames: {
      mailMerge: `${base}-mailmerge.csv`,
      mailMergeXlsx: `${base}-mailmerge.xlsx`,
      eml: `${base}-eml.zip`,
      html: `${base}-brieven.html`,
      log: `${base}-log.csv`,
    },
  };
}
