/**
 * One communication of the ladder as it is kept (the Verzendlog's row): which customer got which
 * stage on which day, for which invoices and amounts. The ladder reads it back to know where each
 * invoice stands; the records layer stores it, the hand-over lists it as the reminder history.
 */
import type { IsoDay, Cents } from "../core";
import type { DunningChannel, StageKind } from "./dunning-policy";

/** One logged communication. */
export interface ReminderLogEntry {
  date: IsoDay;
  customerId: string;
  customerName: string;
  channel: DunningChannel;
  stage: number;
  stageKind: StageKind;
  stageName: string;
  templateId: string;
  language: "nl" | "en";
  /** Per invoice the stage it reached with this communication. */
  invoices: { invoiceId: string; stage: number }[];
  principal: Cents;
  interest: Cents;
  costs: Cents;
  total: Cents;
  /** Payment deadline by the policy (for the 14-dagenbrief: assumed receipt + 14 days); null for a hand-over. */
  deadline: IsoDay | null;
}
