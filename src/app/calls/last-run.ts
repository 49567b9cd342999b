/**
 * When Openstaand last ran for a workbook or administration — the day the morning notice counts
 * from — as the host keeps it (Excel: a workbook setting; the workbench: browser storage per
 * administration). Light on purpose: the pane reads the last run before it asks for the analysis
 * (which makes the notice, off the page where the host can) and records the run after it.
 */
import { compareDays, isIsoDay, type IsoDay } from "../../core";
import { recordScope, type ActiveAdministration } from "../books/administration";
import type { Host } from "../host/host";

/**
 * When Openstaand last ran for a workbook or administration: the latest day it ran (`day`) and the
 * run day before that (`before`). The notice of a day counts from the run before that day, so a
 * second look on the same morning shows the same notice.
 */
export interface LastRun {
  day: IsoDay;
  before: IsoDay | null;
}

/** The kept last run after a run on `asOf` (a run on an earlier day than the kept one changes nothing). */
export function lastRunAfter(kept: LastRun | null, asOf: IsoDay): LastRun {
  if (kept === null) return { day: asOf, before: null };
  return compareDays(asOf, kept.day) > 0 ? { day: asOf, before: kept.day } : kept;
}

/** The day the notice of `asOf` counts from: the last run before `asOf` (null: never ran before). */
export function noticeSince(kept: LastRun | null, asOf: IsoDay): IsoDay | null {
  if (kept === null) return null;
  if (compareDays(kept.day, asOf) < 0) return kept.day;
  if (kept.before !== null && compareDays(kept.before, asOf) < 0) return kept.before;
  return null;
}

/** The stored text of a last run. */
export function lastRunText(run: LastRun): string {
  return JSON.stringify({ day: run.day, before: run.before });
}

/** A stored last run; null when nothing usable is stored (a damaged value starts afresh). */
export function parseLastRun(text: string | null): LastRun | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { day?: unknown; before?: unknown };
    if (typeof value !== "object" || value === null || !isIsoDay(value.day)) return null;
    return {
      day: value.day,
      before: isIsoDay(value.before) ? value.before : null,
    };
  } catch {
    return null;
  }
}

/** The last run the host keeps for `scope`; null when none (or the scope keeps nothing). */
export async function keptLastRun(host: Host, scope: string | null): Promise<LastRun | null> {
  if (scope === null) return null;
  return parseLastRun((await host.readLastRunText?.(scope)) ?? null);
}

/**
 * Records a run on `asOf` for `scope`, `kept` being the last run read before it. Only a run on the
 * user's today (host.today()) is recorded: a look at another reporting day (the demo's story day,
 * a chosen peildatum) is not a morning run and moves nothing.
 */
export async function recordLastRun(
  host: Host,
  scope: string | null,
  kept: LastRun | null,
  asOf: IsoDay
): Promise<void> {
  if (scope === null || !host.writeLastRunText || asOf !== host.today()) return;
  const next = lastRunAfter(kept, asOf);
  if (kept === null || next.day !== kept.day) await host.writeLastRunText(scope, lastRunText(next));
}

/** The last run kept for the ledger read from `source` under `active` (see recordScope). */
export function lastRunOf(
  host: Host,
  active: ActiveAdministration,
  source: string
): Promise<LastRun | null> {
  return keptLastRun(host, recordScope(active, source));
}

/** Records the run on `asOf` of the ledger read from `source` under `active` (see recordLastRun). */
export function recordRunOf(
  host: Host,
  active: ActiveAdministration,
  source: string,
  kept: LastRun | null,
  asOf: IsoDay
): Promise<void> {
  return recordLastRun(host, recordScope(active, source), kept, asOf);
}
