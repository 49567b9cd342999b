/** The public entry of src/records: what other folders may use of it. Import through here, never a file inside. */
export { HANDOVER_COLUMNS, decodeHandovers, encodeHandovers, handoverTable } from "./handover-codec";
export type { DecodedHandovers } from "./handover-codec";
export { NO_HANDOVERS, applyHandovers, handoverKind, handoverKindText, markHandedOver, nextBatchId, undoHandover } from "./handover-state";
export type { HandoverKind, HandoverRecord, HandoverState } from "./handover-state";
export { headerKey } from "./record-columns";
export type { RecordCodecIssue, RecordColumnType, RecordRows } from "./record-table";
export { REMINDER_LOG_COLUMNS } from "./reminder-log-columns";
export { decodeReminderLog } from "./reminder-log-decode";
export type { DecodedReminderLog } from "./reminder-log-decode";
export { encodeReminderLog } from "./reminder-log-encode";
export { invoiceListText, parseInvoiceList } from "./reminder-log-invoice-list";
export { applyReminderLog, reminderLogControl, reminderLogEntries, reminderLogTable } from "./reminder-log";
export type { ReminderLogEntry } from "./reminder-log";
