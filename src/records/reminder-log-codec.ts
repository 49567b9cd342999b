/**
 * The reminder log as a plain table and back. Its columns — the "Verzendlog" a controller reads in
 * Excel (Dutch headers, one row per letter or e-mail) and the CSV `openstaand remind` writes are the
 * same columns — the Dutch words the log writes for stage kinds and channels, the invoice list as
 * one cell, the encoder and the lenient decoder.
 */
import type { DunningChannel, ReminderLogEntry, StageKind } from "../dunning";
import type {
  RecordColumn,
  RecordTableData,
  RecordCodecIssue,
  RecordDecodeOptions,
  RecordRows,
} from "./record-table";
import { type Cents, type IsoDay, cents, formatCents } from "../core";
import type { SheetColumnType, SheetTable } from "../documents";
import {
  locateColumns,
  readCents,
  readDay,
  readPositiveInteger,
  readRecordRows,
  readText,
} from "./record-table";

/** The log's columns, in the order they are written. */
export const REMINDER_LOG_COLUMNS = {
  date: { header: "Datum", type: "date", required: true },
  customerId: { header: "Debiteurnummer", type: "text", required: true },
  customerName: { header: "Naam", type: "text", required: false },
  stage: { header: "Fase", type: "integer", required: true },
  stageName: { header: "Fasenaam", type: "text", required: false },
  stageKind: { header: "Soort fase", type: "text", required: false },
  channel: { header: "Kanaal", type: "text", required: false },
  templateId: { header: "Sjabloon", type: "text", required: false },
  language: { header: "Taal", type: "text", required: false },
  invoices: { header: "Facturen", type: "text", required: true },
  principal: { header: "Hoofdsom", type: "amount", required: false },
  interest: { header: "Rente", type: "amount", required: false },
  costs: { header: "Incassokosten", type: "amount", required: false },
  total: { header: "Totaal", type: "amount", required: false },
  deadline: { header: "Termijn tot", type: "date", required: false },
} as const satisfies Record<string, RecordColumn>;

/** The key of a column of {@link REMINDER_LOG_COLUMNS}. */
export type ReminderLogKey = keyof typeof REMINDER_LOG_COLUMNS;
/** The keys of {@link REMINDER_LOG_COLUMNS}, in the order the columns are written. */
export const REMINDER_LOG_KEYS = Object.keys(REMINDER_LOG_COLUMNS) as ReminderLogKey[];

/** Stage kinds as the log writes them (Dutch); reading accepts these and the codes. */
export const STAGE_KIND_LABELS: { readonly [K in StageKind]: string } = {
  reminder: "herinnering",
  "fourteen-day-letter": "14-dagenbrief",
  "notice-of-default": "ingebrekestelling",
  "final-notice": "laatste aanmaning",
  handover: "overdracht",
};

/** Channels as the log writes them (Dutch); reading accepts these and the codes. */
export const CHANNEL_LABELS: { readonly [C in DunningChannel]: string } = {
  letter: "brief",
  email: "e-mail",
  "phone-task": "telefoon",
};

/*
 * The invoices of a reminder-log entry as one cell of the log ("F2026-001 (fase 2); F2026-007
 * (fase 2)") and back.
 */

const escapeId = (id: string): string => id.replace(/[\\;]/g, (ch) => `\\${ch}`);

/**
 * The invoices of an entry as one cell: "F2026-001 (fase 2); F2026-007 (fase 2)". A ";" or "\" in
 * an invoice number is written with a backslash before it, so the text always reads back the same.
 */
export function invoiceListText(invoices: ReminderLogEntry["invoices"]): string {
  return invoices.map((i) => `${escapeId(i.invoiceId)} (fase ${i.stage})`).join("; ");
}

/**
 * Reads {@link invoiceListText}: items split at unescaped ";"; an item without "(fase n)" gets
 * `stage` (the entry's). A list with neither ";" nor "(fase" but with ", " is the older form
 * "F1, F2". Null when an item is empty.
 */
export function parseInvoiceList(
  text: string,
  stage: number
): { invoiceId: string; stage: number }[] | null {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\\" && i + 1 < text.length) {
      current += text[++i] as string;
    } else if (ch === ";") {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  const older = items.length === 1 && !/\(fase\s*\d+\)/i.test(text);
  const list = older ? current.split(", ") : items;
  const out: { invoiceId: string; stage: number }[] = [];
  for (const item of list) {
    const m = /^(.*?)\s*\(fase\s*(\d+)\)\s*$/is.exec(item);
    const invoiceId = (m ? (m[1] as string) : item).trim();
    const itemStage = m ? Number(m[2]) : stage;
    // Stage 0: an invoice the letter lists that was not yet due for a reminder.
    if (invoiceId === "" || !Number.isSafeInteger(itemStage) || itemStage < 0) return null;
    out.push({ invoiceId, stage: itemStage });
  }
  return out;
}

/*
 * The reminder log as a plain table: one row per letter or e-mail in the log's columns (dates as
 * ISO text, amounts as euros), for the "Verzendlog" sheet and the CSV `openstaand remind` writes.
 * {@link decodeReminderLog} reads it back without loss.
 */

const euros = (c: Cents): number => c / 100;

function entryRow(e: ReminderLogEntry): (string | number | null)[] {
  const row: { [K in ReminderLogKey]: string | number | null } = {
    date: e.date,
    customerId: e.customerId,
    customerName: e.customerName === "" ? null : e.customerName,
    stage: e.stage,
    stageName: e.stageName === "" ? null : e.stageName,
    stageKind: STAGE_KIND_LABELS[e.stageKind],
    channel: CHANNEL_LABELS[e.channel],
    templateId: e.templateId === "" ? null : e.templateId,
    language: e.language,
    invoices: invoiceListText(e.invoices),
    principal: euros(e.principal),
    interest: euros(e.interest),
    costs: euros(e.costs),
    total: euros(e.total),
    deadline: e.deadline,
  };
  return REMINDER_LOG_KEYS.map((k) => row[k]);
}

/** The log as a record table (dates as ISO text, amounts as euros), one row per entry. */
export function encodeReminderLog(log: readonly ReminderLogEntry[]): RecordTableData {
  return {
    headers: REMINDER_LOG_KEYS.map((k) => REMINDER_LOG_COLUMNS[k].header),
    rows: log.map(entryRow),
  };
}

/** The column types of the log for a file writer (CSV: days as dd-mm-jjjj, amounts with a comma). */
export const REMINDER_LOG_TYPES: readonly SheetColumnType[] = REMINDER_LOG_KEYS.map(
  (k) => REMINDER_LOG_COLUMNS[k].type
);

/** The log as a table for a file: {@link encodeReminderLog} with the column types. */
export function reminderLogSheetTable(log: readonly ReminderLogEntry[]): SheetTable {
  return { ...encodeReminderLog(log), types: REMINDER_LOG_TYPES };
}

/*
 * Reading the reminder log back from a plain table (the "Verzendlog" sheet, the CSV `openstaand
 * remind` writes) into {@link ReminderLogEntry}s. Reading is lenient about what Excel or a user
 * makes of the cells and strict about what it accepts: a row it cannot read becomes an issue,
 * never a guess and never a silent drop.
 */

const lookup = <T extends string>(labels: { readonly [K in T]: string }, extra: [string, T][]) =>
  new Map<string, T>([
    ...(Object.entries(labels) as [T, string][]).flatMap(([code, label]): [string, T][] => [
      [code, code],
      [label, code],
    ]),
    ...extra,
  ]);
const STAGE_KINDS = lookup(STAGE_KIND_LABELS, [
  ["aanmaning", "notice-of-default"],
  ["veertiendagenbrief", "fourteen-day-letter"],
  ["14-dagen-brief", "fourteen-day-letter"],
  ["laatste herinnering", "final-notice"],
]);
const CHANNELS = lookup(CHANNEL_LABELS, [
  ["email", "email"],
  ["mail", "email"],
  ["telefoontaak", "phone-task"],
  ["telefonisch", "phone-task"],
  ["post", "letter"],
]);
const LANGUAGES = new Map<string, "nl" | "en">([
  ["nl", "nl"],
  ["nederlands", "nl"],
  ["dutch", "nl"],
  ["en", "en"],
  ["engels", "en"],
  ["english", "en"],
]);

/** What {@link decodeReminderLog} read. */
export interface DecodedReminderLog {
  entries: ReminderLogEntry[];
  issues: RecordCodecIssue[];
  /** 1-based row of the header in the table as stored; 0 when no header row was found. */
  headerRow: number;
}

const WHAT = { en: "reminder log", nl: "Het verzendlog" };

/**
 * Reads a log table back: columns by header (order and extra columns do not matter), blank rows and
 * control or total lines skipped. Missing optional columns or blank optional cells take defaults
 * (name, stage name, template ""; kind "herinnering"; channel "brief"; language "nl"; amounts 0;
 * total = principal + interest + costs; no deadline). A row with a bad or missing value becomes one
 * issue per bad cell and is left out; the other rows are read.
 */
export function decodeReminderLog(
  table: RecordRows,
  options: RecordDecodeOptions = {}
): DecodedReminderLog {
  const located = locateColumns(table, REMINDER_LOG_COLUMNS, WHAT);
  const issues = [...located.issues];
  const entries: ReminderLogEntry[] = [];
  const headerRow = located.headerIndex + 1;
  if (located.issues.length > 0) return { entries, issues, headerRow };
  // Absolute sums of the entries taken: any total over them (the control line) stays exact.
  const sums = [0, 0, 0, 0];
  const read = readRecordRows(table, located, REMINDER_LOG_COLUMNS, "customerId", (row) => {
    const text = (k: ReminderLogKey) => row.take(k, readText(row.cell(k), options), null);
    const coded = <T>(
      k: ReminderLogKey,
      map: ReadonlyMap<string, T>,
      fallback: T,
      known: string
    ): T => {
      const value = text(k);
      if (value === null) return fallback;
      const code = map.get(value.toLowerCase());
      if (code !== undefined) return code;
      return row.take<T>(
        k,
        {
          ok: false,
          en: `${JSON.stringify(value)} is not one of ${known}`,
          nl: `${JSON.stringify(value)} is niet een van ${known}`,
        },
        fallback
      );
    };
    const amount = (k: ReminderLogKey) => row.take(k, readCents(row.cell(k), options), null);

    const date = row.need("date", readDay(row.cell("date"), options));
    const customerId = row.need("customerId", readText(row.cell("customerId"), options));
    const stage = row.need("stage", readPositiveInteger(row.cell("stage"), options));
    const stageKind = coded<StageKind>(
      "stageKind",
      STAGE_KINDS,
      "reminder",
      Object.values(STAGE_KIND_LABELS).join(", ")
    );
    const channel = coded<DunningChannel>(
      "channel",
      CHANNELS,
      "letter",
      Object.values(CHANNEL_LABELS).join(", ")
    );
    const language = coded<"nl" | "en">("language", LANGUAGES, "nl", "nl, en");
    const invoiceText = row.need("invoices", readText(row.cell("invoices"), options));
    let invoices: ReminderLogEntry["invoices"] | null = null;
    if (invoiceText !== null) {
      invoices = parseInvoiceList(invoiceText, stage ?? 1);
      if (invoices === null)
        row.take(
          "invoices",
          {
            ok: false,
            en: `${JSON.stringify(invoiceText)} is not a list of invoices such as "F2026-001 (fase 2); F2026-007 (fase 2)"`,
            nl: `${JSON.stringify(invoiceText)} is geen lijst van facturen zoals "F2026-001 (fase 2); F2026-007 (fase 2)"`,
          },
          null
        );
    }
    const principal = amount("principal") ?? cents(0);
    const interest = amount("interest") ?? cents(0);
    const costs = amount("costs") ?? cents(0);
    const total = amount("total");
    const deadline = row.take("deadline", readDay(row.cell("deadline"), options), null);
    const customerName = text("customerName") ?? "";
    const stageName = text("stageName") ?? "";
    const templateId = text("templateId") ?? "";
    if (date === null || customerId === null || stage === null || !invoices) return null;
    const rowTotal = total ?? principal + interest + costs;
    const next = [principal, interest, costs, rowTotal].map((c, i) => (sums[i] ?? 0) + Math.abs(c));
    if (!next.every(Number.isSafeInteger)) {
      const limit = Number.MAX_SAFE_INTEGER as Cents;
      row.take(
        total !== null ? "total" : "principal",
        {
          ok: false,
          en: `is too large: together with the rows above it, the log's amounts would add up to more than ${formatCents(limit, "en")}, beyond which they cannot be added up exactly to the cent`,
          nl: `is te groot: samen met de regels erboven komen de bedragen van het log boven ${formatCents(limit, "nl")}, en daarboven zijn ze niet meer tot op de cent exact op te tellen`,
        },
        null
      );
      return null;
    }
    next.forEach((sum, i) => (sums[i] = sum));
    return {
      date,
      customerId,
      customerName,
      channel,
      stage,
      stageKind,
      stageName,
      templateId,
      language,
      invoices,
      principal,
      interest,
      costs,
      total: cents(rowTotal),
      deadline: deadline as IsoDay | null,
    };
  });
  entries.push(...read.values);
  issues.push(...read.issues);
  return { entries, issues, headerRow };
}
