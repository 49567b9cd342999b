/**
 * The reminder log as a plain table: one row per letter or e-mail in the log's columns (dates as
 * ISO text, amounts as euros), for the "Verzendlog" sheet and the CSV `openstaand remind` writes.
 * {@link decodeReminderLog} reads it back without loss.
 */
import type { Cents } from "../core";
import type { SheetColumnType, SheetTable } from "../documents";
import type { RecordTableData } from "./record-table";
import type { ReminderLogEntry } from "./reminder-log";
import {
  CHANNEL_LABELS,
  REMINDER_LOG_COLUMNS,
  REMINDER_LOG_KEYS as KEYS,
  STAGE_KIND_LABELS,
  type ReminderLogKey as LogKey,
} from "./reminder-log-columns";
import { invoiceListText } from "./reminder-log-invoice-list";

const euros = (c: Cents): number => c / 100;

function entryRow(e: ReminderLogEntry): (string | number | null)[] {
  const row: { [K in LogKey]: string | number | null } = {
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
  return KEYS.map((k) => row[k]);
}

/** The log as a record table (dates as ISO text, amounts as euros), one row per entry. */
export function encodeReminderLog(log: readonly ReminderLogEntry[]): RecordTableData {
  return { headers: KEYS.map((k) => REMINDER_LOG_COLUMNS[k].header), rows: log.map(entryRow) };
}

/** The column types of the log for a file writer (CSV: days as dd-mm-jjjj, amounts with a comma). */
export const REMINDER_LOG_TYPES: readonly SheetColumnType[] = KEYS.map(
  (k) => REMINDER_LOG_COLUMNS[k].type
);

/** The log as a table for a file: {@link encodeReminderLog} with the column types. */
export function reminderLogSheetTable(log: readonly ReminderLogEntry[]): SheetTable {
  return { ...encodeReminderLog(log), types: REMINDER_LOG_TYPES };
}
