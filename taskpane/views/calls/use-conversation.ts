/**
 * The conversation records (Gesprekken, Contactpersonen) of the ledger in view, as the workbench
 * keeps them with its other records: saving one re-runs the analysis, so a promise, arrangement or
 * dispute pauses the ladder in Herinneringen at once.
 */
import { useMemo } from "react";
import type { ConversationRecords } from "../../../src/app";
import type { Contact, ConversationEntry } from "../../../src/dunning";
import type { Workbench } from "../../shell/use-workbench";

/** The kept conversation and how to change it. */
export interface ConversationState {
  /** Null while loading. */
  records: ConversationRecords | null;
  /** Whether anything can be recorded (false while the administration is not confirmed). */
  writable: boolean;
  saveEntries(entries: readonly ConversationEntry[]): Promise<void>;
  saveContacts(contacts: readonly Contact[]): Promise<void>;
}

/** The conversation of the workbench's records. */
export function useConversation(
  wb: Pick<Workbench, "records" | "administration" | "saveConversation" | "saveContacts">
): ConversationState {
  const { records } = wb;
  const view = useMemo(
    (): ConversationRecords | null =>
      records
        ? {
            entries: records.conversation,
            contacts: records.contacts,
            issues: records.issues.filter(
              (i) => i.kind === "conversations" || i.kind === "contacts"
            ),
          }
        : null,
    [records]
  );
  return {
    records: view,
    writable:
      records !== null &&
      records.unreadable === undefined &&
      wb.administration !== null &&
      wb.administration.kind !== "pending",
    saveEntries: wb.saveConversation,
    saveContacts: wb.saveContacts,
  };
}
