/** The public entry of src/records: what other folders may use of it. Import through here, never a file inside. */
export {
  HANDOVER_COLUMNS,
  decodeHandovers,
  encodeHandovers,
  handoverTable,
} from "./handover-codec";
export type { DecodedHandovers } from "./handover-codec";
export {
  NO_HANDOVERS,
  applyHandovers,
  handoverKind,
  handoverKindText,
  markHandedOver,
  nextBatchId,
  undoHandover,
} from "./handover-state";
export type { HandoverKind, HandoverRecord, HandoverState } from "./handover-state";
export { headerKey } from "./record-table";
export type { RecordCodecIssue, RecordColumnType, RecordRows } from "./record-table";
export { REMINDER_LOG_COLUMNS } from "./reminder-log-codec";
export { decodeReminderLog } from "./reminder-log-codec";
export type { DecodedReminderLog } from "./reminder-log-codec";
export { encodeReminderLog } from "./reminder-log-codec";
export { invoiceListText, parseInvoiceList } from "./reminder-log-codec";
export {
  applyReminderLog,
  reminderLogControl,
  reminderLogEntries,
  reminderLogTable,
} from "./reminder-log";
export type { ReminderLogEntry } from "./reminder-log";
export {
  CONTACT_COLUMNS,
  CONTACT_TYPES,
  CONVERSATION_COLUMNS,
  CONVERSATION_KIND_LABELS,
  CONVERSATION_TYPES,
  DISPUTE_STATUS_LABELS,
  WEEKDAY_LABELS,
  decodeContacts,
  decodeConversations,
  encodeContacts,
  encodeConversations,
  splitInvoiceIds,
} from "./conversation-codec";
export type { DecodedContacts, DecodedConversations } from "./conversation-codec";
export { PAYMENT_COLUMNS, decodePayments, encodePayments, paymentsTable } from "./payments-codec";
export type { DecodedPayments } from "./payments-codec";
