// A conversation-log row for tests: the fields a test does not name are empty, as a call with no
// promise, arrangement or dispute leaves them.
import type { IsoDay } from "../../src/core";
import type { ConversationEntry } from "../../src/dunning";

/** A log entry made on `date`; `e` names at least the customer and the kind. */
export function conversationEntry(
  date: IsoDay,
  e: Partial<ConversationEntry> & Pick<ConversationEntry, "customerId" | "kind">
): ConversationEntry {
  return {
    date,
    invoiceIds: [],
    amount: null,
    due: null,
    openAtStart: null,
    arrangementId: null,
    reason: "",
    status: null,
    owner: "",
    note: "",
    ...e,
  };
}
