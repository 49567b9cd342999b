/**
 * Use-cases of the workbench's kept records: where the records of a ledger just read belong (the
 * workbook, the demo, an administration), loading them for that scope — a failure becoming a
 * message, not a lost page — and storing a change. The pane loads this module lazily
 * ({@link loadRecordKeeping}), so the records code loads on first use.
 */
import type { Ledger } from "../../ledger";
import {
  administrationOfFile,
  confirmAdministration,
  recordScope,
  type ActiveAdministration,
  type AdministrationChoice,
} from "../books/administration";
import type { Host } from "../host/host";
import { HostError, isHostError } from "../host/host-error";
import {
  loadRecords,
  NO_RECORDS,
  saveHandovers,
  savePayments,
  saveReminderLog,
  type Records,
} from "../books/records";
import { saveContacts, saveConversation } from "../calls/conversation-records";

export { lastRunOf, recordRunOf } from "../calls/last-run";

/** A change to the kept records: any of them, each kind whole (the earlier rows plus the new). */
export type RecordsChange = Partial<
  Pick<Records, "log" | "handovers" | "conversation" | "contacts" | "payments">
>;

/**
 * What Openstaand recorded for the ledger read from `source` (letters sent, claims handed over);
 * when that cannot be read, `onError` is told and the ledger is taken to have no records, marked
 * `unreadable` with the reason so the views do not claim that nothing was recorded.
 */
export async function loadKeptRecords(
  host: Host,
  source: string,
  onError: (error: unknown) => void
): Promise<Records> {
  try {
    return await loadRecords(host, source);
  } catch (e) {
    onError(e);
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ...NO_RECORDS,
      kept: host.readRecords !== undefined,
      unreadable: isHostError(e)
        ? { en: e.messageIn("en"), nl: e.messageIn("nl") }
        : { en: detail, nl: detail },
    };
  }
}

/** Stores the parts of `change` (each kind of record it holds) for the ledger `scope`. */
export async function storeRecords(
  host: Host,
  scope: string,
  change: RecordsChange
): Promise<void> {
  if (change.log) await saveReminderLog(host, scope, change.log);
  if (change.handovers) await saveHandovers(host, scope, change.handovers);
  if (change.conversation) await saveConversation(host, scope, change.conversation);
  if (change.contacts) await saveContacts(host, scope, change.contacts);
  if (change.payments) await savePayments(host, scope, change.payments);
}

/**
 * Where the records of a ledger just read belong: the workbook in Excel; the demo (or another
 * source of the host) under its own name; a file under the administration it is recognised as —
 * or pending, for the user to confirm. When the list of administrations cannot be read, `onError`
 * is told and the file stays pending (nothing is recorded for it).
 */
export async function activeAdministration(
  host: Host,
  read: { kind: "host" | "file"; source: string; ledger: Ledger },
  onError: (error: unknown) => void
): Promise<ActiveAdministration> {
  if (host.kind === "excel") return { kind: "workbook" };
  if (read.kind === "host") return { kind: "source", name: read.source, key: read.source };
  if (!host.readAdministrationsText)
    // A private window keeps nothing: the records live as long as the page, under the file.
    return { kind: "source", name: read.source, key: read.source };
  try {
    return await administrationOfFile(host, read.source, read.ledger);
  } catch (e) {
    onError(e);
    return { kind: "pending", fileName: read.source, proposedName: "", sameName: null, known: [] };
  }
}

/**
 * The records kept for the ledger read from `source` under `active`: nothing while a file is not
 * tied to an administration (kept or not as the host can keep records), else as
 * {@link loadKeptRecords} loads them.
 */
export async function keptRecordsOf(
  host: Host,
  active: ActiveAdministration,
  source: string,
  onError: (error: unknown) => void
): Promise<Records> {
  const scope = recordScope(active, source);
  if (scope === null) return { ...NO_RECORDS, kept: host.readRecords !== undefined };
  return loadKeptRecords(host, scope, onError);
}

/**
 * Stores `change` for the ledger read from `source` under `active`; refuses (HostError "settings")
 * while the file is not tied to an administration — nothing is recorded before that.
 */
export async function storeRecordsOf(
  host: Host,
  active: ActiveAdministration,
  source: string,
  change: RecordsChange
): Promise<void> {
  const scope = recordScope(active, source);
  if (scope === null)
    throw new HostError(
      "settings",
      "First confirm which administration this file belongs to (at the top of the page); nothing is recorded before that.",
      "Bevestig eerst bij welke administratie dit bestand hoort (bovenaan de pagina); tot dan wordt niets vastgelegd.",
      {}
    );
  await storeRecords(host, scope, change);
}

/**
 * Ties the file `fileName` read as `ledger` to the administration the user chose (a new one by
 * name, or a known one by key) and loads the records kept for it (see {@link keptRecordsOf}).
 */
export async function confirmFileAdministration(
  host: Host,
  choice: AdministrationChoice,
  read: { source: string; ledger: Ledger },
  onError: (error: unknown) => void
): Promise<{ active: ActiveAdministration; records: Records }> {
  const administration = await confirmAdministration(host, choice, read.source, read.ledger);
  const active: ActiveAdministration = { kind: "confirmed", administration, recognised: false };
  return { active, records: await keptRecordsOf(host, active, read.source, onError) };
}
