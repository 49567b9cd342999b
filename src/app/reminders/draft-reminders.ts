/**
 * Use-case: draft the reminders of a run — the mail-merge CSV, a zip of .eml drafts, the printable
 * letters (HTML) and the reminder log (entries and CSV with its control line) — with the company
 * details from the settings, as `openstaand remind` writes them. Pure apart from being async (the
 * zip is generated asynchronously); the task pane loads it with `import()` on the first click, so
 * the letter code and JSZip stay out of its first bundle.
 */
import type { IsoDay } from "../../core";
import {
  companyDetails,
  type CompanyDetails,
  type ControlLine,
  DEMO_COMPANY,
  emlZip,
  letterFileNames,
  paymentQrPng,
  qrImageName,
  type SheetTable,
  lettersFor,
  type Letter,
  lettersHtml,
  mailMergeTable,
  mailMergeWarnings,
  type MailMergeWarning,
  type ReportSheetSpec,
} from "../../documents";
import { exportCsvBytes, exportXlsxBytes, safeTable } from "../../formats";
import {
  reminderLogControl,
  reminderLogEntries,
  reminderLogTable,
  type ReminderLogEntry,
} from "../../records";
import type { ReminderProposal } from "../../dunning";
import type { Ledger } from "../../ledger";
import { HostError } from "../host/host-error";
import { missingCompanyFields } from "./letter-sender";
import { sentOn } from "../host/record-day";
import type { Settings } from "../settings/settings";

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
  /** One .eml draft per letter (X-Unsent: 1), zipped, each letter's QR code (SVG and PNG) beside it. */
  emlZip: Uint8Array;
  /**
   * Each letter's EPC QR code as a PNG, named as the mail merge's "QR-code" column names it (none
   * for a letter without a code): the CLI writes them beside the merge file for Word's picture field.
   */
  qrImages: { name: string; png: Uint8Array }[];
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

/** Where the creditor on the letters comes from, when not from the settings form alone. */
export interface LetterCompanyOptions {
  /**
   * Letters from the clearly fake demo company ({@link DEMO_COMPANY_NAME}) whatever the settings
   * say: the CLI's `remind` without `--company`, which warns that they must not be sent. The pane
   * never sets it: without company details it refuses.
   */
  demoCompany?: boolean;
  /** The file the company details were read from (the CLI's `--company`), named in the error. */
  companyFile?: string;
}

/** The name of the fake demo company that letters come from with `demoCompany`. */
export const DEMO_COMPANY_NAME: string = DEMO_COMPANY.name;

/**
 * Company details from the JSON text of a company file (the CLI's `--company company.json`):
 * missing keys become "", unknown keys and non-text values are errors naming the key.
 */
export function companyFromJson(text: string): CompanyDetails {
  return companyDetails(JSON.parse(text));
}

/**
 * The creditor on the letters: the settings' company details. There is no silent fallback to a
 * demo company: without a name or IBAN this throws a HostError "settings" naming the missing
 * details (and the company file, when they came from one); only `demoCompany` asks for the demo.
 */
export function letterCompany(
  settings: Settings,
  options: LetterCompanyOptions = {}
): CompanyDetails {
  if (options.demoCompany === true) return DEMO_COMPANY;
  const missing = missingCompanyFields(settings.company);
  if (missing.length > 0) {
    const en = missing.map((f) => (f === "name" ? "company name" : "IBAN")).join(" and ");
    const nl = missing.map((f) => (f === "name" ? "bedrijfsnaam" : "IBAN")).join(" en ");
    const file = options.companyFile;
    const keys = missing.map((f) => JSON.stringify(f)).join(", ");
    throw new HostError(
      "settings",
      file === undefined
        ? `Reminders need your ${en}; fill it in under Settings (company details).`
        : `Reminders need your ${en}; add it to ${file} (${keys}).`,
      file === undefined
        ? `Voor herinneringen is uw ${nl} nodig; vul dit in bij Instellingen (bedrijfsgegevens).`
        : `Voor herinneringen is uw ${nl} nodig; vul dit aan in ${file} (${keys}).`,
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

/** How a door drafts the reminders, where doors differ. */
export interface DraftRemindersOptions extends LetterCompanyOptions {
  /**
   * Log entries recorded before this run: `logCsv` then holds them followed by this run's (the
   * CLI writes one log file that the next run needs alone). `log` is this run's entries only.
   */
  earlierLog?: readonly ReminderLogEntry[];
  /**
   * The day the letters are recorded as sent (see ./record-day): by default the letters' own day
   * `asOf`. The pane records on its run day when the user confirms; the CLI passes its run day.
   */
  runDay?: IsoDay;
}

/** Drafts the letters of `proposals` (from `ledger` on `asOf`) in every output format. */
export async function draftReminders(
  ledger: Ledger,
  proposals: readonly ReminderProposal[],
  settings: Settings,
  asOf: IsoDay,
  options: DraftRemindersOptions = {}
): Promise<ReminderDrafts> {
  const company = letterCompany(settings, options);
  const letters = lettersFor(ledger, proposals, {
    company,
    costsIncludeVat: settings.letters.costsIncludeVat,
    templates: settings.templates,
  });
  const entries = reminderLogEntries(letters);
  const log = options.runDay === undefined ? entries : sentOn(entries, options.runDay);
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
    qrImages: letterFileNames(letters).flatMap((name, i) => {
      const letter = letters[i] as Letter;
      const png = paymentQrPng(letter);
      return png === null ? [] : [{ name: qrImageName(letter, name), png }];
    }),
    lettersHtml: lettersHtml(letters),
    log,
    logCsv: exportCsvBytes(reminderLogTable([...(options.earlierLog ?? []), ...log])),
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
