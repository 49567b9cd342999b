/**
 * Use-cases: the conversation records kept beside the ledger — the conversation log (calls,
 * promises, instalments, disputes) and the contacts — loaded from and saved to the host (owned
 * sheets "Gesprekken" and "Contactpersonen" in Excel, browser storage per administration in the
 * workbench), the same way as the reminder log: unreadable rows listed and kept when saving.
 */
import type { Contact, ConversationEntry } from "../../dunning";
import {
  decodeContacts,
  decodeConversations,
  encodeContacts,
  encodeConversations,
} from "../../records";
import type { Host } from "../host/host";
import {
  readRecordTable,
  saveRecordTable,
  type RecordHost,
  type RecordIssue,
} from "../books/records";

/** The conversation records of one ledger. */
export interface ConversationRecords {
  entries: ConversationEntry[];
  contacts: Contact[];
  /** Rows that could not be read; they count for nothing until fixed. */
  issues: RecordIssue[];
}

/** No conversation recorded. */
export const NO_CONVERSATION: ConversationRecords = Object.freeze({
  entries: [],
  contacts: [],
  issues: [],
}) as ConversationRecords;

/** The conversation records kept for the ledger read from `scope` (none on a host that keeps nothing). */
export async function loadConversation(host: Host, scope: string): Promise<ConversationRecords> {
  const logTable = await readRecordTable(host, "conversations", scope);
  const contactTable = await readRecordTable(host, "contacts", scope);
  const log = logTable ? decodeConversations(logTable) : { entries: [], issues: [] };
  const contacts = contactTable ? decodeContacts(contactTable) : { contacts: [], issues: [] };
  return {
    entries: log.entries,
    contacts: contacts.contacts,
    issues: [
      ...log.issues.map((i) => ({ ...i, kind: "conversations" as const })),
      ...contacts.issues.map((i) => ({ ...i, kind: "contacts" as const })),
    ],
  };
}

/** Replaces the kept conversation log of `scope` with `entries` (unreadable stored rows kept). */
export async function saveConversation(
  host: RecordHost,
  scope: string,
  entries: readonly ConversationEntry[]
): Promise<void> {
  await saveRecordTable(
    host,
    "conversations",
    scope,
    encodeConversations(entries),
    decodeConversations
  );
}

/** Replaces the kept contacts of `scope` with `contacts` (unreadable stored rows kept). */
export async function saveContacts(
  host: RecordHost,
  scope: string,
  contacts: readonly Contact[]
): Promise<void> {
  await saveRecordTable(host, "contacts", scope, encodeContacts(contacts), decodeContacts);
}

/** `contacts` with `contact` in place of that customer's earlier one. */
export function withContact(contacts: readonly Contact[], contact: Contact): Contact[] {
  const rest = contacts.filter((c) => c.customerId !== contact.customerId);
  return [...rest, contact];
}
