/**
 * Reading the reminder log back from a plain table (the "Verzendlog" sheet, the CSV `openstaand
 * remind` writes) into {@link ReminderLogEntry}s. Reading is lenient about what Excel or a user
 * makes of the cells and strict about what it accepts: a row it cannot read becomes an issue,
 * never a guess and never a silent drop.
 */
import { type IsoDay, cents, formatCents, type Cents } from "../core";
import type { DunningChannel, StageKind } from "../dunning";
import { readCents, readDay, readPositiveInteger, readText } from "./record-cell-readers";
import { locateColumns } from "./record-columns";
import { readRecordRows } from "./record-rows";
import type { RecordCodecIssue, RecordDecodeOptions, RecordRows } from "./record-table";
import type { ReminderLogEntry } from "./reminder-log";
import {
  CHANNEL_LABELS,
  REMINDER_LOG_COLUMNS,
  STAGE_KIND_LABELS,
  type ReminderLogKey as LogKey,
} from "./reminder-log-columns";
import { parseInvoiceList } from "./reminder-log-invoice-list";

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
    const text = (k: LogKey) => row.take(k, readText(row.cell(k), options), null);
    const coded = <T>(k: LogKey, map: ReadonlyMap<string, T>, fallback: T, known: string): T => {
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
    const amount = (k: LogKey) => row.take(k, readCents(row.cell(k), options), null);

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
