/**
 * The conversation with debtors as plain tables and back — the "Gesprekken" and "Contactpersonen"
 * sheets in Excel, the workbench's saved records and the CSV files of `openstaand calls` / `arrange`
 * are the same columns. One row per call, promise, instalment or dispute; one row per customer for
 * the contact. A user may edit them by hand (close a dispute by writing "creditnota" in Status); a
 * row that cannot be read becomes an issue naming row, column and value, and the others are read.
 */
import { type IsoDay, cents, type Cents } from "../core";
import type {
  Contact,
  ConversationEntry,
  ConversationKind,
  DisputeStatus,
  Weekday,
} from "../dunning";
import type { SheetColumnType } from "../documents";
import {
  type CellRead,
  locateColumns,
  readCents,
  readDay,
  readRecordRows,
  readText,
  type RecordCodecIssue,
  type RecordColumn,
  type RecordDecodeOptions,
  type RecordRowReader,
  type RecordRows,
  type RecordTableData,
} from "./record-table";

/** The conversation log's columns, in the order they are written. */
export const CONVERSATION_COLUMNS = {
  date: { header: "Datum", type: "date", required: true },
  customerId: { header: "Debiteurnummer", type: "text", required: true },
  kind: { header: "Soort", type: "text", required: true },
  invoices: { header: "Facturen", type: "text", required: false },
  amount: { header: "Bedrag", type: "amount", required: false },
  due: { header: "Afgesproken datum", type: "date", required: false },
  openAtStart: { header: "Open bij afspraak", type: "amount", required: false },
  arrangementId: { header: "Regeling", type: "text", required: false },
  reason: { header: "Reden", type: "text", required: false },
  status: { header: "Status", type: "text", required: false },
  owner: { header: "Behandelaar", type: "text", required: false },
  note: { header: "Notitie", type: "text", required: false },
} as const satisfies Record<string, RecordColumn>;

/** The contacts' columns, in the order they are written. */
export const CONTACT_COLUMNS = {
  customerId: { header: "Debiteurnummer", type: "text", required: true },
  person: { header: "Contactpersoon", type: "text", required: false },
  phone: { header: "Telefoon direct", type: "text", required: false },
  email: { header: "E-mail", type: "text", required: false },
  paymentDay: { header: "Vaste betaaldag", type: "text", required: false },
  note: { header: "Notitie", type: "text", required: false },
} as const satisfies Record<string, RecordColumn>;

type LogKey = keyof typeof CONVERSATION_COLUMNS;
type ContactKey = keyof typeof CONTACT_COLUMNS;
const LOG_KEYS = Object.keys(CONVERSATION_COLUMNS) as LogKey[];
const CONTACT_KEYS = Object.keys(CONTACT_COLUMNS) as ContactKey[];

/** Kinds as the log writes them (Dutch); reading accepts these, the codes and a few synonyms. */
export const CONVERSATION_KIND_LABELS: { readonly [K in ConversationKind]: string } = {
  call: "gesprek",
  "not-reached": "niet bereikt",
  promise: "betaalbelofte",
  instalment: "termijn",
  dispute: "geschil",
  "paid-already": "al betaald",
};

/** Dispute statuses as written. */
export const DISPUTE_STATUS_LABELS: { readonly [K in DisputeStatus]: string } = {
  open: "open",
  "credit-note": "opgelost: creditnota",
  resumed: "opgelost: hervat",
  "written-off": "opgelost: afgeschreven",
};

/** Weekdays as written. */
export const WEEKDAY_LABELS: { readonly [K in Weekday]: string } = {
  1: "maandag",
  2: "dinsdag",
  3: "woensdag",
  4: "donderdag",
  5: "vrijdag",
};

function lookup<T>(pairs: [string, T][]): Map<string, T> {
  return new Map(pairs.map(([k, v]) => [k.toLowerCase(), v]));
}
const KINDS = lookup<ConversationKind>([
  ...(Object.entries(CONVERSATION_KIND_LABELS) as [ConversationKind, string][]).flatMap(
    ([code, label]): [string, ConversationKind][] => [
      [code, code],
      [label, code],
    ]
  ),
  ["belofte", "promise"],
  ["betalingsbelofte", "promise"],
  ["toezegging", "promise"],
  ["notitie", "call"],
  ["telefoon", "call"],
  ["geen gehoor", "not-reached"],
  ["regeling", "instalment"],
  ["betalingsregeling", "instalment"],
  ["betwist", "dispute"],
  ["klacht", "dispute"],
  ["reclamatie", "dispute"],
  ["betaald", "paid-already"],
]);
const STATUSES = lookup<DisputeStatus>([
  ...(Object.entries(DISPUTE_STATUS_LABELS) as [DisputeStatus, string][]).flatMap(
    ([code, label]): [string, DisputeStatus][] => [
      [code, code],
      [label, code],
    ]
  ),
  ["creditnota", "credit-note"],
  ["hervat", "resumed"],
  ["afgeschreven", "written-off"],
  ["afgeboekt", "written-off"],
  ["lopend", "open"],
]);
const WEEKDAYS = lookup<Weekday>([
  ...(Object.entries(WEEKDAY_LABELS) as [string, string][]).flatMap(
    ([n, label]): [string, Weekday][] => [
      [label, Number(n) as Weekday],
      [label.slice(0, 2), Number(n) as Weekday],
      [n, Number(n) as Weekday],
    ]
  ),
  ["ma", 1],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
]);

/** "F1; F2" (a comma or a semicolon between numbers) as a list; "" as none. */
export function splitInvoiceIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "")
    ),
  ];
}

function coded<K extends string, T>(
  row: RecordRowReader<K>,
  k: K,
  text: string | null,
  map: ReadonlyMap<string, T>,
  known: string
): T | null {
  if (text === null) return null;
  const code = map.get(text.toLowerCase().replace(/\s+/g, " "));
  if (code !== undefined) return code;
  const bad: CellRead<T | null> = {
    ok: false,
    en: `${JSON.stringify(text)} is not one of ${known}`,
    nl: `${JSON.stringify(text)} is niet een van ${known}`,
  };
  return row.take(k, bad, null);
}

const missing = (en: string, nl: string): CellRead<null> => ({ ok: false, en, nl });

/** What {@link decodeConversations} read. */
export interface DecodedConversations {
  entries: ConversationEntry[];
  issues: RecordCodecIssue[];
  headerRow: number;
}

/**
 * Reads a conversation log back: columns by header (any order, extra columns ignored), blank rows
 * skipped. What a kind needs: a promise an amount above zero and a date; an instalment an amount,
 * a date and its arrangement; a dispute the invoice(s). A dispute without status is open.
 */
export function decodeConversations(
  table: RecordRows,
  options: RecordDecodeOptions = {}
): DecodedConversations {
  const located = locateColumns(table, CONVERSATION_COLUMNS, {
    en: "conversation log",
    nl: "Het gesprekslog",
  });
  const headerRow = located.headerIndex + 1;
  if (located.issues.length > 0) return { entries: [], issues: located.issues, headerRow };
  const read = readRecordRows(table, located, CONVERSATION_COLUMNS, "customerId", (row) => {
    const text = (k: LogKey) => row.take(k, readText(row.cell(k), options), null);
    const date = row.need("date", readDay(row.cell("date"), options));
    const customerId = row.need("customerId", readText(row.cell("customerId"), options));
    const kindText = row.need("kind", readText(row.cell("kind"), options));
    const kind = coded(
      row,
      "kind",
      kindText,
      KINDS,
      Object.values(CONVERSATION_KIND_LABELS).join(", ")
    );
    const invoiceIds = splitInvoiceIds(text("invoices") ?? "");
    const amountRead = readCents(row.cell("amount"), options);
    const dueRead = readDay(row.cell("due"), options);
    const amount = row.take("amount", amountRead, null);
    const due = row.take("due", dueRead, null);
    const openAtStart = row.take("openAtStart", readCents(row.cell("openAtStart"), options), null);
    const arrangementId = text("arrangementId");
    const statusText = text("status");
    let status: DisputeStatus | null = null;
    if (kind === "dispute")
      status =
        coded(
          row,
          "status",
          statusText,
          STATUSES,
          Object.values(DISPUTE_STATUS_LABELS).join(", ")
        ) ?? "open";
    if (kind === "promise" || kind === "instalment") {
      if (amount === null && amountRead.ok)
        row.take(
          "amount",
          missing(
            "is empty; a promise or instalment needs an amount",
            "is leeg; een belofte of termijn heeft een bedrag nodig"
          ),
          null
        );
      else if (amount !== null && amount <= 0)
        row.take(
          "amount",
          missing(
            `${amount / 100} is not an amount above zero`,
            `${amount / 100} is geen bedrag boven nul`
          ),
          null
        );
      if (due === null && dueRead.ok)
        row.take(
          "due",
          missing(
            "is empty; a promise or instalment needs the day it is to be paid",
            "is leeg; een belofte of termijn heeft de dag nodig waarop betaald wordt"
          ),
          null
        );
    }
    if (kind === "instalment" && arrangementId === null)
      row.take(
        "arrangementId",
        missing(
          "is empty; an instalment belongs to an arrangement",
          "is leeg; een termijn hoort bij een regeling"
        ),
        null
      );
    if (kind === "dispute" && invoiceIds.length === 0)
      row.take(
        "invoices",
        missing(
          "is empty; a dispute is about one or more invoices",
          "is leeg; een geschil gaat over een of meer facturen"
        ),
        null
      );
    if (date === null || customerId === null || kind === null) return null;
    const entry: ConversationEntry = {
      date,
      customerId,
      kind,
      invoiceIds,
      amount: amount === null ? null : cents(amount),
      due: due as IsoDay | null,
      openAtStart: openAtStart === null ? null : cents(openAtStart),
      arrangementId,
      reason: text("reason") ?? "",
      status,
      owner: text("owner") ?? "",
      note: text("note") ?? "",
    };
    return entry;
  });
  return { entries: read.values, issues: read.issues, headerRow };
}

const euros = (c: Cents | null): number | null => (c === null ? null : c / 100);
const blank = (s: string): string | null => (s === "" ? null : s);

/** The log as a record table (dates as ISO text, amounts as euros), one row per entry. */
export function encodeConversations(entries: readonly ConversationEntry[]): RecordTableData {
  return {
    headers: LOG_KEYS.map((k) => CONVERSATION_COLUMNS[k].header),
    rows: entries.map((e) => {
      const row: { [K in LogKey]: string | number | null } = {
        date: e.date,
        customerId: e.customerId,
        kind: CONVERSATION_KIND_LABELS[e.kind],
        invoices: blank(e.invoiceIds.join("; ")),
        amount: euros(e.amount),
        due: e.due,
        openAtStart: euros(e.openAtStart),
        arrangementId: e.arrangementId,
        reason: blank(e.reason),
        status: e.status === null ? null : DISPUTE_STATUS_LABELS[e.status],
        owner: blank(e.owner),
        note: blank(e.note),
      };
      return LOG_KEYS.map((k) => row[k]);
    }),
  };
}

/** The column types of the log for a file writer. */
export const CONVERSATION_TYPES: readonly SheetColumnType[] = LOG_KEYS.map(
  (k) => CONVERSATION_COLUMNS[k].type
);

/** What {@link decodeContacts} read. */
export interface DecodedContacts {
  contacts: Contact[];
  issues: RecordCodecIssue[];
  headerRow: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the contacts back: one row per customer (a second row for the same customer is an issue:
 * which of the two is right is for the user to say), an e-mail address must look like one, the
 * payment day is a weekday (maandag … vrijdag, or ma … vr).
 */
export function decodeContacts(
  table: RecordRows,
  options: RecordDecodeOptions = {}
): DecodedContacts {
  const located = locateColumns(table, CONTACT_COLUMNS, {
    en: "contact list",
    nl: "De contactpersonenlijst",
  });
  const headerRow = located.headerIndex + 1;
  if (located.issues.length > 0) return { contacts: [], issues: located.issues, headerRow };
  const seen = new Set<string>();
  const read = readRecordRows(table, located, CONTACT_COLUMNS, "customerId", (row) => {
    const text = (k: ContactKey) => row.take(k, readText(row.cell(k), options), null);
    const customerId = row.need("customerId", readText(row.cell("customerId"), options));
    const email = text("email");
    if (email !== null && !EMAIL.test(email))
      row.take(
        "email",
        missing(
          `${JSON.stringify(email)} is not an e-mail address`,
          `${JSON.stringify(email)} is geen e-mailadres`
        ),
        null
      );
    const paymentDay = coded(
      row,
      "paymentDay",
      text("paymentDay"),
      WEEKDAYS,
      Object.values(WEEKDAY_LABELS).join(", ")
    );
    if (customerId !== null && seen.has(customerId))
      row.take(
        "customerId",
        missing(
          `${JSON.stringify(customerId)} already has a row above; keep one row per customer`,
          `${JSON.stringify(customerId)} staat al in een regel hierboven; houd één regel per klant`
        ),
        null
      );
    if (customerId === null) return null;
    if (row.bad.length === 0) seen.add(customerId);
    return {
      customerId,
      person: text("person") ?? "",
      phone: text("phone") ?? "",
      email: email ?? "",
      paymentDay,
      note: text("note") ?? "",
    };
  });
  return { contacts: read.values, issues: read.issues, headerRow };
}

/** The contacts as a record table, one row per customer. */
export function encodeContacts(contacts: readonly Contact[]): RecordTableData {
  return {
    headers: CONTACT_KEYS.map((k) => CONTACT_COLUMNS[k].header),
    rows: contacts.map((c) => {
      const row: { [K in ContactKey]: string | null } = {
        customerId: c.customerId,
        person: blank(c.person),
        phone: blank(c.phone),
        email: blank(c.email),
        paymentDay: c.paymentDay === null ? null : WEEKDAY_LABELS[c.paymentDay],
        note: blank(c.note),
      };
      return CONTACT_KEYS.map((k) => row[k]);
    }),
  };
}

/** The column types of the contacts for a file writer. */
export const CONTACT_TYPES: readonly SheetColumnType[] = CONTACT_KEYS.map(
  (k) => CONTACT_COLUMNS[k].type
);
