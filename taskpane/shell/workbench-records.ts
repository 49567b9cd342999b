/**
 * The records the pane keeps for a ledger — the reminder log and the hand-over state — loaded and
 * stored through the host's use-cases. The records code loads on first use.
 */
import { type Host, isHostError, type Records } from "../../src/app";

/** A change to the kept records: the whole reminder log, the whole hand-over state, or both. */
export type RecordsChange = Partial<Pick<Records, "log" | "handovers">>;

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
  const { loadRecords, NO_RECORDS } = await import("../../src/app");
  try {
    return await loadRecords(host, source);
  } catch (e) {
    console.error(e);
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

/** Stores the parts of `change` (the reminder log, the hand-over state) for the ledger `scope`. */
export async function storeRecords(
  host: Host,
  scope: string,
  change: RecordsChange
): Promise<void> {
  const records = await import("../../src/app/records");
  if (change.log) await records.saveReminderLog(host, scope, change.log);
  if (change.handovers) await records.saveHandovers(host, scope, change.handovers);
}
