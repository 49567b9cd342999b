/**
 * Use-case: the user's do-not-remind marks (aanmaningsstop) — per customer or per invoice, with a
 * reason and an optional last day — kept in the settings the host stores (the workbook in Excel,
 * browser storage in the workbench), and the count of ledger rows that are blocked. Pure: the pane
 * saves the settings it gets back with `saveSettings`.
 */
import type { IsoDay } from "../core/day";
import { stopHolds, type DoNotRemindEntry } from "../dunning/do-not-remind";
import type { Ledger } from "../ledger/types";
import { validateSettings, type Settings } from "./settings";

/** A mark as the pane lists it. */
export interface DoNotRemindMark extends DoNotRemindEntry {
  /** Whether it holds on the reporting day (false once its last day has passed). */
  active: boolean;
}

const sameTarget = (a: DoNotRemindEntry, customerId: string, invoiceId: string | null): boolean =>
  a.customerId === customerId && a.invoiceId === invoiceId;

/**
 * The settings with `entry` added; a mark for the same customer and invoice is replaced (one mark
 * per target). Validated like every setting: an empty reason or a bad day throws a HostError
 * "settings" naming the key.
 */
export function markDoNotRemind(settings: Settings, entry: DoNotRemindEntry): Settings {
  const customerId = entry.customerId.trim();
  const invoiceId = entry.invoiceId?.trim() || null;
  const rest = settings.doNotRemind.filter((e) => !sameTarget(e, customerId, invoiceId));
  return validateSettings({
    ...settings,
    doNotRemind: [...rest, { customerId, invoiceId, reason: entry.reason, until: entry.until }],
  });
}

/** The settings without the mark for `customerId` and `invoiceId` (null: the customer mark). */
export function unmarkDoNotRemind(
  settings: Settings,
  customerId: string,
  invoiceId: string | null
): Settings {
  return {
    ...settings,
    doNotRemind: settings.doNotRemind.filter((e) => !sameTarget(e, customerId, invoiceId)),
  };
}

/**
 * The marks for the pane on `asOf`: holding ones first, then by customer and invoice; optionally
 * only those of one customer.
 */
export function doNotRemindMarks(
  settings: Settings,
  asOf: IsoDay,
  customerId?: string
): DoNotRemindMark[] {
  return settings.doNotRemind
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
