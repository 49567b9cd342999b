/**
 * Use-case: the user's do-not-remind marks (aanmaningsstop) — per customer or per invoice, with a
 * reason and an optional last day — kept in the settings the host stores (the workbook in Excel,
 * browser storage in the workbench), and the count of ledger rows that are blocked. Pure: the pane
 * saves the settings it gets back with `saveSettings`.
 */
import type { IsoDay } from "../../core";
import { stopHolds, type DoNotRemindEntry } from "../../dunning";
import type { Ledger } from "../../ledger";
import { validateSettings, type Settings } from "../settings/settings";

/** A mark as the pane lists it. */
export interface DoNotRemindMark extends DoNotRemindEntry {
  /** Whether it holds on the reporting day (false once its last day has passed). */
  active: boolean;
}

const sameTarget = (
  a: DoNotRemindEntry,
  customerId: string,
  invoiceId: string | null,
  scope: string | null
): boolean =>
  a.customerId === customerId && a.invoiceId === invoiceId && (a.scope ?? null) === scope;

export { markScope } from "./mark-scope";

/** The marks that apply to the ledger in view: unscoped ones and those of `scope`. */
export function marksInScope(
  settings: Settings,
  scope: string | null | undefined
): Settings["doNotRemind"] {
  return settings.doNotRemind.filter((e) => e.scope === null || e.scope === scope);
}

/**
 * The settings with `entry` added; a mark for the same customer and invoice is replaced (one mark
 * per target). Validated like every setting: an empty reason or a bad day throws a HostError
 * "settings" naming the key.
 */
export function markDoNotRemind(settings: Settings, entry: DoNotRemindEntry): Settings {
  const customerId = entry.customerId.trim();
  const invoiceId = entry.invoiceId?.trim() || null;
  const scope = entry.scope ?? null;
  const rest = settings.doNotRemind.filter((e) => !sameTarget(e, customerId, invoiceId, scope));
  return validateSettings({
    ...settings,
    doNotRemind: [
      ...rest,
      { customerId, invoiceId, reason: entry.reason, until: entry.until, scope },
    ],
  });
}

/**
 * The settings without the mark for `customerId` and `invoiceId` (null: the customer mark) kept
 * under `scope` (null: unscoped).
 */
export function unmarkDoNotRemind(
  settings: Settings,
  customerId: string,
  invoiceId: string | null,
  scope: string | null = null
): Settings {
  return {
    ...settings,
    doNotRemind: settings.doNotRemind.filter((e) => !sameTarget(e, customerId, invoiceId, scope)),
  };
}

/**
 * The marks for the pane on `asOf` that apply to the ledger in view (see {@link marksInScope}):
 * holding ones first, then by customer and invoice; optionally only those of one customer.
 */
export function doNotRemindMarks(
  settings: Settings,
  asOf: IsoDay,
  customerId?: string,
  scope: string | null | undefined = null
): DoNotRemindMark[] {
  return marksInScope(settings, scope)
    .filter((e) => customerId === undefined || e.customerId === customerId)
    .map((e) => ({ ...e, active: stopHolds(e, asOf) }))
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        a.customerId.localeCompare(b.customerId) ||
        (a.invoiceId ?? "").localeCompare(b.invoiceId ?? "") ||
        (a.until ?? "9999-12-31").localeCompare(b.until ?? "9999-12-31")
    );
}

/** How many rows of `ledger` the ledger itself marks as do-not-remind (status or yes/no column). */
export function blockedRows(ledger: Ledger): number {
  let n = 0;
  for (let i = 0; i < ledger.length; i++) if (ledger.columns.doNotRemind[i]) n++;
  return n;
}
