/**
 * The reminder log's columns — the "Verzendlog" a controller reads in Excel (Dutch headers, one row
 * per letter or e-mail) and the CSV `openstaand remind` writes are the same columns — and the
 * Dutch words the log writes for stage kinds and channels.
 */
import type { DunningChannel, StageKind } from "../dunning";
import type { RecordColumn } from "./record-table";

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
