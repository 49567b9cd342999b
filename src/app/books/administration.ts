/**
 * Use-case: which administration (which client's books) a ledger belongs to, so Openstaand's own
 * records — the reminder log, the hand-overs, and every later record kept "per administration"
 * (call notes, promises, payments) — are kept under the administration, never under a file name:
 * two clients' exports that are both called `debiteuren.csv` never share records.
 *
 * The workbench keeps a list of administrations, each with a name the user confirmed and a
 * fingerprint of its ledger: a sample of its customers (number and name) and invoices (number,
 * customer, invoice date, amount). A file is recognised as an administration when the customers and
 * invoices it shares with that sample agree (the same names, the same invoices), not by its file
 * name. A file that matches none gets a proposed name to confirm; until then nothing is recorded for
 * it. In Excel the records belong to the workbook and none of this applies.
 *
 * The administration's {@link Administration.key} is the scope under which a host keeps its records
 * (see Host.readRecords); later kinds of records use the same key.
 */
import type { Ledger } from "../../ledger";
import type { Host } from "../host/host";
import { HostError } from "../host/host-error";
import { loadRecords, unmatchedRecords } from "./records";

/** A sample of a ledger by which the administration is recognised when it comes back. */
export interface LedgerFingerprint {
  /** [customer number, name as compared (lower case, single spaces)], for customers with a name. */
  customers: [string, string][];
  /** [invoice number, customer number, invoice date or "", amount in cents]. */
  invoices: [string, string, string, number][];
}

/** One client's books, as the user confirmed them. */
export interface Administration {
  /** Stable key; the scope of its records ("adm:bakkerij-jansen"). Never changes. */
  key: string;
  /** The name the user confirmed ("Bakkerij Jansen"). */
  name: string;
  /** The file names it was read from, newest last. */
  files: string[];
  fingerprint: LedgerFingerprint;
}

/** How well a ledger agrees with a fingerprint: the shared customers and invoices that agree or not. */
export interface FingerprintComparison {
  agree: number;
  conflict: number;
}

/** Where a ledger's records belong, as the pane shows it. */
export type ActiveAdministration =
  /** Excel: one set of records per workbook. */
  | { kind: "workbook" }
  /** A host's own source with a fixed place for its records (the demo ledger). */
  | { kind: "source"; name: string; key: string }
  /** A confirmed administration; `recognised` when it was found by the ledger's content. */
  | { kind: "confirmed"; administration: Administration; recognised: boolean }
  /** A file not (yet) tied to an administration: nothing is recorded until the user confirms. */
  | {
      kind: "pending";
      fileName: string;
      proposedName: string;
      sameName: SameNameClash | null;
      /** The administrations the user can pick instead, by name. */
      known: { key: string; name: string }[];
    };

/** An administration read earlier from a file of the same name whose content does not match. */
export interface SameNameClash {
  administration: Administration;
  comparison: FingerprintComparison;
}

/** The outcome of {@link identifyAdministration}. */
export type AdministrationMatch =
  | { status: "recognised"; administration: Administration; comparison: FingerprintComparison }
  | { status: "new"; proposedName: string; sameName: SameNameClash | null };

/** How many customers and invoices a fingerprint keeps (each). */
export const FINGERPRINT_SIZE = 256;

/** FNV-1a over the UTF-16 code units: a stable choice of sample, the same every time. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The `size` items with the smallest hash of their id (a bottom-k sample), in that order. */
function bottomK<T>(items: Iterable<T>, id: (item: T) => string, size: number): T[] {
  const scored: [number, string, T][] = [];
  for (const item of items) scored.push([hash(id(item)), id(item), item]);
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return scored.slice(0, size).map(([, , item]) => item);
}

const comparable = (name: string | null): string =>
  (name ?? "").normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The fingerprint of `ledger`: up to {@link FINGERPRINT_SIZE} named customers and as many
 * invoices, chosen by a hash of their number — so an export of next week, which shares most
 * customers and many invoices, shares most of the sample too.
 */
export function ledgerFingerprint(ledger: Ledger, size = FINGERPRINT_SIZE): LedgerFingerprint {
  const c = ledger.columns;
  const names = new Map<string, string>();
  const invoices = new Map<string, [string, string, string, number]>();
  for (let i = 0; i < ledger.length; i++) {
    const customer = c.customerId[i]!;
    const name = comparable(c.customerName[i] ?? null);
    if (name && !names.has(customer)) names.set(customer, name);
    const invoice = c.invoiceId[i]!;
    if (!invoices.has(invoice))
      invoices.set(invoice, [invoice, customer, c.invoiceDate[i] ?? "", c.amount[i]!]);
  }
  return {
    customers: bottomK(names.entries(), ([id]) => id, size),
    invoices: bottomK(invoices.values(), ([id]) => id, size),
  };
}

/**
 * Compares `ledger` with a stored fingerprint. A sampled customer that the ledger has too agrees
 * when both name it alike (customers without a name on either side say nothing); a sampled
 * invoice agrees when the ledger has an invoice of that number for the same customer, with the
 * same invoice date and amount. Everything shared that does not agree is a conflict.
 */
export function compareFingerprint(
  fingerprint: LedgerFingerprint,
  ledger: Ledger
): FingerprintComparison {
  const c = ledger.columns;
  const wantedCustomers = new Map(fingerprint.customers);
  const wantedInvoices = new Map<string, [string, string, number]>();
  for (const [id, customer, date, amount] of fingerprint.invoices)
    wantedInvoices.set(id, [customer, date, amount]);
  const customerNames = new Map<string, Set<string>>();
  const invoiceSeen = new Map<string, boolean>();
  for (let i = 0; i < ledger.length; i++) {
    const customer = c.customerId[i]!;
    if (wantedCustomers.has(customer)) {
      const name = comparable(c.customerName[i] ?? null);
      if (name) {
        const set = customerNames.get(customer) ?? new Set<string>();
        set.add(name);
        customerNames.set(customer, set);
      }
    }
    const invoice = c.invoiceId[i]!;
    const wanted = wantedInvoices.get(invoice);
    if (wanted) {
      const same =
        wanted[0] === customer &&
        wanted[1] === (c.invoiceDate[i] ?? "") &&
        wanted[2] === c.amount[i];
      invoiceSeen.set(invoice, (invoiceSeen.get(invoice) ?? false) || same);
    }
  }
  let agree = 0;
  let conflict = 0;
  for (const [customer, names] of customerNames) {
    if (names.has(wantedCustomers.get(customer)!)) agree++;
    else conflict++;
  }
  for (const same of invoiceSeen.values()) {
    if (same) agree++;
    else conflict++;
  }
  return { agree, conflict };
}

/**
 * True when a comparison says "the same books": something shared agrees, and at most one in five
 * of what is shared does not (a customer renamed, an invoice corrected). Two clients whose numbers
 * happen to overlap disagree on nearly every name and amount.
 */
export function sameBooks(comparison: FingerprintComparison): boolean {
  return comparison.agree > 0 && comparison.conflict * 4 <= comparison.agree;
}

/** "debiteuren-2026-12.csv" → "debiteuren-2026-12"; the whole name when it has no extension. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name).trim() || name;
}

/** `name`, or `name (2)`, `name (3)`, … — the first that no administration in `list` has. */
function freeName(list: readonly Administration[], name: string): string {
  const taken = new Set(list.map((a) => comparable(a.name)));
  let candidate = name;
  for (let n = 2; taken.has(comparable(candidate)); n++) candidate = `${name} (${n})`;
  return candidate;
}

/**
 * Which administration of `list` the ledger read from `fileName` belongs to: the one whose
 * fingerprint it matches best (see {@link sameBooks}), whatever the file is called. When none
 * matches: a proposed name from the file name (made unique), and — when an administration was read
 * from a file of the same name — that administration with the comparison, so the pane can say
 * why its records are not used.
 */
export function identifyAdministration(
  list: readonly Administration[],
  fileName: string,
  ledger: Ledger
): AdministrationMatch {
  let best: { administration: Administration; comparison: FingerprintComparison } | null = null;
  let sameName: SameNameClash | null = null;
  for (const administration of list) {
    const comparison = compareFingerprint(administration.fingerprint, ledger);
    if (sameBooks(comparison)) {
      const score = comparison.agree - comparison.conflict;
      if (!best || score > best.comparison.agree - best.comparison.conflict)
        best = { administration, comparison };
    } else if (!sameName && administration.files.includes(fileName)) {
      sameName = { administration, comparison };
    }
  }
  if (best) return { status: "recognised", ...best };
  return { status: "new", proposedName: freeName(list, baseName(fileName)), sameName };
}

/** The key of a new administration named `name`: "adm:" and a slug, unique in `list`. */
function newKey(list: readonly Administration[], name: string): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "administratie";
  const used = new Set(list.map((a) => a.key));
  let key = `adm:${slug}`;
  for (let n = 2; used.has(key); n++) key = `adm:${slug}-${n}`;
  return key;
}

/** The list with `administration` in it (replacing the one with its key). */
function withAdministration(
  list: readonly Administration[],
  administration: Administration
): Administration[] {
  const at = list.findIndex((a) => a.key === administration.key);
  return at < 0 ? [...list, administration] : list.map((a, i) => (i === at ? administration : a));
}

/** What the user confirms: a new administration by name, or an existing one by key. */
export type AdministrationChoice = { name: string } | { key: string };

/**
 * The list after the ledger read from `fileName` is tied to the administration of `choice`: a new
 * one (its name must be new; a name already used is refused, so two clients never end up under
 * one name), or an existing one, whose fingerprint is then brought up to date with this ledger.
 * Pure; {@link confirmAdministration} stores the result.
 */
export function tieToAdministration(
  list: readonly Administration[],
  choice: AdministrationChoice,
  fileName: string,
  ledger: Ledger
): { administration: Administration; list: Administration[] } {
  const fingerprint = ledgerFingerprint(ledger);
  if ("key" in choice) {
    const known = list.find((a) => a.key === choice.key);
    if (!known)
      throw new HostError(
        "settings",
        `There is no administration '${choice.key}' in this browser.`,
        `Deze browser kent geen administratie '${choice.key}'.`,
        { key: choice.key }
      );
    const administration: Administration = {
      ...known,
      files: [...known.files.filter((f) => f !== fileName), fileName],
      fingerprint,
    };
    return { administration, list: withAdministration(list, administration) };
  }
  const name = choice.name.trim().replace(/\s+/g, " ");
  if (!name)
    throw new HostError(
      "settings",
      "Give the administration a name (the client's name, for instance).",
      "Geef de administratie een naam (bijvoorbeeld de naam van de klant).",
      {}
    );
  const clash = list.find((a) => comparable(a.name) === comparable(name));
  if (clash)
    throw new HostError(
      "settings",
      `There is already an administration '${clash.name}'. Choose it from the list if this file belongs to it, or give this one another name.`,
      `Er is al een administratie '${clash.name}'. Kies die in de lijst als dit bestand erbij hoort, of geef deze een andere naam.`,
      { key: clash.key }
    );
  const administration: Administration = {
    key: newKey(list, name),
    name,
    files: [fileName],
    fingerprint,
  };
  return { administration, list: [...list, administration] };
}

const isText = (x: unknown): x is string => typeof x === "string";

function isAdministration(x: unknown): x is Administration {
  const a = x as Administration;
  return (
    typeof a === "object" &&
    a !== null &&
    isText(a.key) &&
    isText(a.name) &&
    Array.isArray(a.files) &&
    a.files.every(isText) &&
    typeof a.fingerprint === "object" &&
    a.fingerprint !== null &&
    Array.isArray(a.fingerprint.customers) &&
    a.fingerprint.customers.every((p) => Array.isArray(p) && p.length === 2 && p.every(isText)) &&
    Array.isArray(a.fingerprint.invoices) &&
    a.fingerprint.invoices.every(
      (p) =>
        Array.isArray(p) &&
        p.length === 4 &&
        isText(p[0]) &&
        isText(p[1]) &&
        isText(p[2]) &&
        typeof p[3] === "number"
    )
  );
}

/**
 * The administrations the host keeps (none on a host that keeps them per workbook, or before the
 * first is confirmed). Throws a HostError "host" when the stored list is damaged: treating it as
 * empty would tie the next file to a new administration and hide the records made so far.
 */
export async function loadAdministrations(host: Host): Promise<Administration[]> {
  if (!host.readAdministrationsText) return [];
  const text = await host.readAdministrationsText();
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.every(isAdministration)) return value;
  throw new HostError(
    "host",
    "The list of administrations saved in this browser is damaged and cannot be read.",
    "De lijst met administraties die deze browser bewaart, is beschadigd en niet te lezen.",
    {}
  );
}

/**
 * Ties the ledger from `fileName` to `choice` (see {@link tieToAdministration}) and stores the list.
 * A new administration takes over the records an earlier version kept under the file name alone,
 * when they fit this ledger (see {@link adoptFileRecords}).
 */
export async function confirmAdministration(
  host: Host,
  choice: AdministrationChoice,
  fileName: string,
  ledger: Ledger
): Promise<Administration> {
  const list = await loadAdministrations(host);
  const tied = tieToAdministration(list, choice, fileName, ledger);
  await host.writeAdministrationsText?.(JSON.stringify(tied.list));
  if ("name" in choice) await adoptFileRecords(host, fileName, tied.administration.key, ledger);
  return tied.administration;
}

/**
 * Records kept under a file name (as versions before administrations kept them) move to the new
 * administration `key` when they fit `ledger`: something in them names an invoice of this ledger
 * for its own customer, and nothing names an invoice this ledger has for another customer. Once
 * moved they are gone from the file name, so another client's file of that name cannot take them.
 * Records that do not fit stay where they are, unused.
 */
export async function adoptFileRecords(
  host: Host,
  fileName: string,
  key: string,
  ledger: Ledger
): Promise<boolean> {
  if (!host.readRecords || !host.writeRecords || fileName === key) return false;
  const old = await loadRecords(host, fileName);
  if (old.issues.length > 0) return false;
  const count = old.log.reduce((n, e) => n + e.invoices.length, 0) + old.handovers.records.length;
  if (count === 0) return false;
  const unmatched = unmatchedRecords(ledger, old);
  if (unmatched.some((u) => u.reason === "other-customer") || unmatched.length >= count)
    return false;
  for (const kind of ["reminderLog", "handovers", "conversations", "contacts"] as const) {
    const table = await host.readRecords(kind, fileName);
    if (!table) continue;
    await host.writeRecords(kind, key, table);
    await host.writeRecords(kind, fileName, { headers: table.headers, rows: [] });
  }
  return true;
}

/**
 * Where the records of the ledger read from `fileName` belong: the administration it is recognised
 * as (its fingerprint then brought up to date and stored), or — when none matches — pending, with a
 * proposed name for the user to confirm.
 */
export async function administrationOfFile(
  host: Host,
  fileName: string,
  ledger: Ledger
): Promise<ActiveAdministration> {
  const list = await loadAdministrations(host);
  const match = identifyAdministration(list, fileName, ledger);
  if (match.status === "new")
    return {
      kind: "pending",
      fileName,
      proposedName: match.proposedName,
      sameName: match.sameName,
      known: list.map((a) => ({ key: a.key, name: a.name })),
    };
  const tied = tieToAdministration(list, { key: match.administration.key }, fileName, ledger);
  await host.writeAdministrationsText?.(JSON.stringify(tied.list));
  return { kind: "confirmed", administration: tied.administration, recognised: true };
}

/** The scope under which the active administration's records are kept; null while pending. */
export function recordScope(active: ActiveAdministration, source: string): string | null {
  switch (active.kind) {
    case "workbook":
      return source;
    case "source":
      return active.key;
    case "confirmed":
      return active.administration.key;
    case "pending":
      return null;
  }
}
