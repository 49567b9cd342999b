/**
 * Use-cases: the records Openstaand keeps beside the ledger — the reminder log ("leg alles vast"),
 * the hand-over state, the conversation log and contacts (calls, promises, arrangements, disputes)
 * and the payments record ("Betalingen") — loaded from and saved to the host (owned sheets in Excel,
 * the browser in the workbench, a folder of CSV files for the CLI), and applied to a ledger before
 * every analysis so the ladder, interest, arrangements and reports all see them.
 */
import {
  decodeContacts,
  decodeConversations,
  decodeHandovers,
  decodePayments,
  encodeHandovers,
  encodePayments,
  applyHandovers,
  NO_HANDOVERS,
  type HandoverState,
  headerKey,
  type RecordCodecIssue,
  type RecordRows,
  applyReminderLog,
  type ReminderLogEntry,
  decodeReminderLog,
  encodeReminderLog,
} from "../../records";
import type { IsoDay } from "../../core";
import { agreementsOn, applyDisputes, type Contact, type ConversationEntry } from "../../dunning";
import type { Ledger } from "../../ledger";
import { applyPayments, type PaymentEffect, type PaymentRecord } from "../../payments";
import type { Host, RecordKind, RecordTable } from "../host/host";
import { HostError, isHostError } from "../host/host-error";

/** What the records use-cases need of a host: reading and writing one table per kind. */
export type RecordHost = Pick<Host, "readRecords" | "writeRecords">;

/** A row of kept records that could not be read (row, column, value, why — English and Dutch). */
export interface RecordIssue extends RecordCodecIssue {
  kind: RecordKind;
}

/** The records kept for one ledger. */
export interface Records {
  log: ReminderLogEntry[];
  handovers: HandoverState;
  /** The conversation log: calls, promises to pay, arrangement instalments, disputes. */
  conversation: ConversationEntry[];
  /** The contact person per customer (who to call, when they pay). */
  contacts: Contact[];
  /** The payments record: confirmed bank-statement credits, one row per invoice paid. */
  payments: PaymentRecord[];
  /** Rows of the kept records that could not be read; they count for nothing until fixed. */
  issues: RecordIssue[];
  /** False when the host keeps nothing (the records then live as long as the page). */
  kept: boolean;
  /**
   * Set when the kept records could not be read at all (the host failed, or a sheet of
   * Openstaand's name is the user's own): the run then starts from the ledger alone, and saving
   * fails the same way until that is put right.
   */
  unreadable?: { en: string; nl: string };
}

/** No records, kept nowhere: what a host without record keeping gives. */
export const NO_RECORDS: Records = Object.freeze({
  log: [],
  handovers: NO_HANDOVERS,
  conversation: [],
  contacts: [],
  payments: [],
  issues: [],
  kept: false,
}) as Records;

const NAMES: { readonly [K in RecordKind]: { en: string; nl: string } } = {
  reminderLog: { en: "the reminder log", nl: "het verzendlog" },
  handovers: { en: "the hand-over list", nl: "de overdrachtslijst" },
  conversations: { en: "the conversation log", nl: "het gesprekslog" },
  contacts: { en: "the contact list", nl: "de contactpersonenlijst" },
  payments: { en: "the payments record", nl: "de betalingenlijst (Betalingen)" },
};

/** A host failure as a HostError (a HostError passes through unchanged). */
function hostFailure(error: unknown, kind: RecordKind, verb: "read" | "save"): HostError {
  if (isHostError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const name = NAMES[kind];
  return verb === "read"
    ? new HostError(
        "host",
        `Openstaand could not read ${name.en}: ${detail}`,
        `Openstaand kon ${name.nl} niet lezen: ${detail}`,
        {},
        error
      )
    : new HostError(
        "host",
        `Openstaand could not save ${name.en}: ${detail}`,
        `Openstaand kon ${name.nl} niet opslaan: ${detail}`,
        {},
        error
      );
}

async function read(
  host: Pick<Host, "readRecords">,
  kind: RecordKind,
  scope: string
): Promise<RecordTable | null> {
  if (!host.readRecords) return null;
  try {
    return await host.readRecords(kind, scope);
  } catch (error) {
    throw hostFailure(error, kind, "read");
  }
}

const withKind = (kind: RecordKind, issues: readonly RecordCodecIssue[]): RecordIssue[] =>
  issues.map((issue) => ({ ...issue, kind }));

/**
 * The records kept for the ledger read from `scope` (the source or file name): all five kinds.
 * Rows that cannot be read are left out and listed in `issues` (with their kind); on a host that
 * keeps nothing, no records and `kept: false`. Host failures leave as HostErrors (e.g. "not-owned"
 * when a sheet of Openstaand's name is the user's own).
 */
export async function loadRecords(
  host: Pick<Host, "readRecords">,
  scope: string
): Promise<Records> {
  if (!host.readRecords) return { ...NO_RECORDS, log: [], issues: [] };
  const logTable = await read(host, "reminderLog", scope);
  const handoverTable = await read(host, "handovers", scope);
  const conversationTable = await read(host, "conversations", scope);
  const contactTable = await read(host, "contacts", scope);
  const paymentTable = await read(host, "payments", scope);
  const log = logTable ? decodeReminderLog(logTable) : { entries: [], issues: [] };
  const handovers = handoverTable
    ? decodeHandovers(handoverTable)
    : { state: NO_HANDOVERS, issues: [] };
  const conversation = conversationTable
    ? decodeConversations(conversationTable)
    : { entries: [], issues: [] };
  const contacts = contactTable ? decodeContacts(contactTable) : { contacts: [], issues: [] };
  const payments = paymentTable ? decodePayments(paymentTable) : { records: [], issues: [] };
  return {
    log: log.entries,
    handovers: handovers.state,
    conversation: conversation.entries,
    contacts: contacts.contacts,
    payments: payments.records,
    issues: [
      ...withKind("reminderLog", log.issues),
      ...withKind("handovers", handovers.issues),
      ...withKind("conversations", conversation.issues),
      ...withKind("contacts", contacts.issues),
      ...withKind("payments", payments.issues),
    ],
    kept: true,
  };
}

/** What a decoder says about a stored table: its issues and where its header is. */
interface StoredReading {
  issues: readonly RecordCodecIssue[];
  headerRow: number;
}

/**
 * The rows of the stored table that could not be read (they stay, at the end, so a fix by hand is
 * never lost), mapped onto `headers` by header text. Throws a HostError "host" when the stored
 * table cannot be read at all (no header row, a required column renamed): writing over it would
 * throw away every row in it.
 */
function unreadRows(
  kind: RecordKind,
  stored: RecordRows,
  reading: StoredReading,
  headers: readonly string[]
): (string | number | null)[][] {
  const whole = reading.issues.find((issue) => issue.table);
  if (whole) {
    const name = NAMES[kind];
    const column = whole.column || null;
    throw new HostError(
      "host",
      `Openstaand cannot save ${name.en}: ${whole.text.en} Put the column header back (${column ?? "the header row"}) first, so no recorded row is lost.`,
      `Openstaand kan ${name.nl} niet opslaan: ${whole.text.nl} Herstel eerst de kolomkop (${column ?? "de kopregel"}), zodat geen vastgelegde regel verloren gaat.`,
      column ? { column, row: whole.row } : { row: whole.row }
    );
  }
  if (reading.issues.length === 0) return [];
  const all = [stored.headers, ...stored.rows];
  const from = (all[reading.headerRow - 1] ?? []).map(headerKey);
  const rows = [...new Set(reading.issues.map((issue) => issue.row))].sort((a, b) => a - b);
  return rows.flatMap((rowNumber) => {
    const row = all[rowNumber - 1];
    if (!row || rowNumber <= reading.headerRow) return [];
    return [
      headers.map((header): string | number | null => {
        const at = from.indexOf(headerKey(header));
        const cell = at >= 0 ? row[at] : null;
        if (typeof cell === "string" || typeof cell === "number") return cell;
        return cell === null || cell === undefined ? null : String(cell);
      }),
    ];
  });
}

async function save(
  host: RecordHost,
  kind: RecordKind,
  scope: string,
  table: RecordTable,
  decode: (stored: RecordRows) => StoredReading
): Promise<void> {
  if (!host.writeRecords) return;
  const stored = await read(host, kind, scope);
  const kept = stored ? unreadRows(kind, stored, decode(stored), table.headers) : [];
  try {
    await host.writeRecords(kind, scope, {
      headers: table.headers,
      rows: [...table.rows, ...kept],
    });
  } catch (error) {
    throw hostFailure(error, kind, "save");
  }
}

/**
 * Replaces the kept reminder log of `scope` with `log` (pass the earlier entries plus the new ones;
 * leave an entry out to undo it). Rows of the stored log that could not be read are kept as they
 * are. Does nothing on a host that keeps nothing. Throws a HostError when the host fails or the
 * stored log cannot be read at all.
 */
export async function saveReminderLog(
  host: RecordHost,
  scope: string,
  log: readonly ReminderLogEntry[]
): Promise<void> {
  await save(host, "reminderLog", scope, encodeReminderLog(log), decodeReminderLog);
}

/** Replaces the kept hand-over state of `scope` with `state`, as {@link saveReminderLog} does. */
export async function saveHandovers(
  host: RecordHost,
  scope: string,
  state: HandoverState
): Promise<void> {
  await save(host, "handovers", scope, encodeHandovers(state), decodeHandovers);
}

/**
 * Replaces the kept payments record of `scope` with `records` (the earlier rows plus the new ones;
 * leave out a statement's rows to undo it), as {@link saveReminderLog} does.
 */
export async function savePayments(
  host: RecordHost,
  scope: string,
  records: readonly PaymentRecord[]
): Promise<void> {
  await save(host, "payments", scope, encodePayments(records), decodePayments);
}

/**
 * The records {@link applyRecords} applies. The log and the hand-overs are needed; the conversation
 * and the payments may be left out (then none), so a caller with only the first two still compiles.
 */
export type RecordsToApply = Pick<Records, "log" | "handovers"> &
  Partial<Pick<Records, "conversation" | "payments">>;

/** What applying the records did: the ledger, and per invoice what the payments record changed. */
export interface AppliedRecords {
  ledger: Ledger;
  /** Per invoice the payments record names (and the ledger has for that customer). */
  payments: readonly PaymentEffect[];
  /** Lowered open amounts in total: the bridge from the ledger's open total to the analysed one. */
  paymentsApplied: number;
}

/**
 * The ledger with the records applied, in this order:
 * 1. the payments record: open amounts lowered and settled days set (applyPayments). A payment the
 *    export already shows is not counted twice — per invoice the larger of what the ledger shows as
 *    paid and what the record holds counts, and an open amount never goes below zero;
 * 2. the reminder log: reminder stages and dates brought up to date (applyReminderLog);
 * 3. the hand-overs: the claims handed over flagged (applyHandovers);
 * 4. the conversation's open disputes: those invoices (all of a customer's when the dispute names
 *    none) flagged disputed, so the ladder leaves them out (applyDisputes). With `asOf`, only the
 *    disputes recorded on or before that day count; without it, all.
 * Promises and arrangements do not change the ledger: the reminder run reads them from the
 * conversation (see reviewRun), judged against this applied ledger, so a recorded payment counts
 * towards a promise. A record applies to an invoice only when both its invoice number and its
 * customer number are the ledger's; the others are left alone and listed by
 * {@link unmatchedRecords}. Pure.
 */
export function applyRecords(ledger: Ledger, records: RecordsToApply, asOf?: IsoDay): Ledger {
  return applyRecordsWithEffects(ledger, records, asOf).ledger;
}

/** {@link applyRecords}, with what the payments record changed per invoice. Pure. */
export function applyRecordsWithEffects(
  ledger: Ledger,
  records: RecordsToApply,
  asOf?: IsoDay
): AppliedRecords {
  const paid = applyPayments(ledger, records.payments ?? []);
  const logged = applyHandovers(applyReminderLog(paid.ledger, records.log), records.handovers);
  const conversation = records.conversation ?? [];
  const disputes = conversation.filter((e) => e.kind === "dispute");
  const applied =
    disputes.length === 0
      ? logged
      : applyDisputes(logged, agreementsOn(logged, disputes, asOf ?? LAST_DAY));
  return {
    ledger: applied,
    payments: paid.effects,
    paymentsApplied: paid.effects.reduce((s, e) => s + (e.openBefore - e.openAfter), 0),
  };
}

/** A day after every recorded day: "all of them" for {@link agreementsOn}. */
const LAST_DAY = "9999-12-31" as IsoDay;

/** A kept record that names an invoice this ledger does not have for that customer. */
export interface UnmatchedRecord {
  kind: RecordKind;
  customerId: string;
  invoiceId: string;
  /**
   * "absent": no invoice of that number in the ledger (paid since, or of other books);
   * "other-customer": the ledger has that invoice number for another customer (`ledgerCustomerId`).
   */
  reason: "absent" | "other-customer";
  ledgerCustomerId?: string;
}

/**
 * The records that are not applied to `ledger` (see {@link applyRecords}): a record counts for an
 * invoice only when the ledger has that invoice number for the same customer, so a record never
 * moves to an invoice it was not made for. Each record's invoice is listed once per kind, in the
 * order of the records. Pure.
 */
export function unmatchedRecords(ledger: Ledger, records: RecordsToApply): UnmatchedRecord[] {
  const c = ledger.columns;
  const customersOf = new Map<string, Set<string>>();
  for (let i = 0; i < ledger.length; i++) {
    const set = customersOf.get(c.invoiceId[i]!) ?? new Set<string>();
    set.add(c.customerId[i]!);
    customersOf.set(c.invoiceId[i]!, set);
  }
  const seen = new Set<string>();
  const out: UnmatchedRecord[] = [];
  const check = (kind: RecordKind, customerId: string, invoiceId: string) => {
    const id = `${kind}\u0000${customerId}\u0000${invoiceId}`;
    if (seen.has(id)) return;
    seen.add(id);
    const customers = customersOf.get(invoiceId);
    if (!customers) out.push({ kind, customerId, invoiceId, reason: "absent" });
    else if (!customers.has(customerId))
      out.push({
        kind,
        customerId,
        invoiceId,
        reason: "other-customer",
        ledgerCustomerId: [...customers][0]!,
      });
  };
  for (const entry of records.log)
    for (const invoice of entry.invoices) check("reminderLog", entry.customerId, invoice.invoiceId);
  for (const record of records.handovers.records)
    check("handovers", record.customerId, record.invoiceId);
  for (const entry of records.conversation ?? [])
    for (const invoiceId of entry.invoiceIds) check("conversations", entry.customerId, invoiceId);
  for (const record of records.payments ?? [])
    check("payments", record.customerId, record.invoiceId);
  return out;
}

/**
 * What the pane and the CLI say about records not applied: null when every record matched; else
 * the counts (invoices no longer in the list, which is normal once paid) and, apart, the invoices
 * the ledger has for another customer — the sign of records made for other books.
 */
export function unmatchedRecordsText(
  unmatched: readonly UnmatchedRecord[]
): { en: string; nl: string } | null {
  if (unmatched.length === 0) return null;
  const absent = unmatched.filter((u) => u.reason === "absent").length;
  const other = unmatched.filter((u) => u.reason === "other-customer");
  const en: string[] = [];
  const nl: string[] = [];
  if (absent > 0) {
    en.push(
      `${absent} recorded ${absent === 1 ? "invoice is" : "invoices are"} not in this list (paid since, or of other books) and ${absent === 1 ? "is" : "are"} not applied.`
    );
    nl.push(
      `${absent} vastgelegde ${absent === 1 ? "factuur staat" : "facturen staan"} niet in deze lijst (inmiddels betaald, of van een andere administratie) en ${absent === 1 ? "telt" : "tellen"} niet mee.`
    );
  }
  if (other.length > 0) {
    const shown = other.slice(0, 3);
    const more = other.length - shown.length;
    const listEn = shown
      .map((u) => `${u.invoiceId} (recorded for ${u.customerId}, here ${u.ledgerCustomerId})`)
      .join(", ");
    const listNl = shown
      .map((u) => `${u.invoiceId} (vastgelegd bij ${u.customerId}, hier bij ${u.ledgerCustomerId})`)
      .join(", ");
    en.push(
      `${other.length} recorded ${other.length === 1 ? "invoice belongs" : "invoices belong"} to another customer in this list and ${other.length === 1 ? "is" : "are"} not applied: ${listEn}${more > 0 ? ` and ${more} more` : ""}. Check that this file is of the right administration.`
    );
    nl.push(
      `${other.length} vastgelegde ${other.length === 1 ? "factuur hoort" : "facturen horen"} in deze lijst bij een andere debiteur en ${other.length === 1 ? "telt" : "tellen"} niet mee: ${listNl}${more > 0 ? ` en nog ${more}` : ""}. Controleer of dit bestand bij de juiste administratie hoort.`
    );
  }
  return { en: en.join(" "), nl: nl.join(" ") };
}

/** Reads the stored table of `kind` (null when none); for records kept beside {@link Records}. */
export const readRecordTable = read;

/**
 * Replaces the stored table of `kind` with `table`, keeping the stored rows `decode` cannot read
 * (as {@link saveReminderLog} does); for records kept beside {@link Records}.
 */
export const saveRecordTable = save;
