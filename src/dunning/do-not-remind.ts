/**
 * Do not remind (aanmaningsstop): a customer or one invoice that gets no reminder, marked in the
 * ledger (a status such as "Niet aanmanen", "Geblokkeerd", "On hold", or a yes/no column such as
 * _Blokkeren_ / _Aanmaningsstop_) or by the user in the pane (kept with the workbook's settings),
 * with the reason and an optional last day. Like Odoo's "No Follow-up" on a journal item, Exact's
 * blocked open item and AFAS's _Aanmanen_ switch per item and per debtor, the stop leaves the item
 * open and in every figure; it only keeps it out of the reminder run, listed with its reason.
 */
import { compareDays, type IsoDay } from "../core";

/** A do-not-remind mark set by the user (the pane, or the settings the host stores). */
export interface DoNotRemindEntry {
  customerId: string;
  /** The one invoice the stop is for; null stops every invoice of the customer. */
  invoiceId: string | null;
  /** Why, as the user wrote it ("betalingsregeling telefonisch afgesproken"). */
  reason: string;
  /** Last day the stop holds (inclusive); null holds until the mark is removed. */
  until: IsoDay | null;
  /**
   * The administration the mark belongs to (the workbench keeps one settings store for every file,
   * so a mark names its books); null or absent: the marks of this workbook (Excel).
   */
  scope?: string | null;
}

/** A stop that applies to one invoice on the run day, and where it comes from. */
export interface ReminderStop {
  /** "ledger": a status or yes/no column of the ledger row; "user": a {@link DoNotRemindEntry}. */
  source: "ledger" | "user";
  /** Whether the user's mark covers the whole customer or this invoice only ("invoice" for the ledger). */
  scope: "customer" | "invoice";
  /** The reason: the user's text, or the ledger's status text (null when a yes/no column set it). */
  reason: string | null;
  /** Last day the stop holds; null: no end. */
  until: IsoDay | null;
}

/**
 * Whether `entry` holds on `asOf`: without an end day always, else up to and including `until`
 * ("niet aanmanen t/m 31-12-2026" still stops a run on 31 December, not on 1 January).
 */
export function stopHolds(entry: Pick<DoNotRemindEntry, "until">, asOf: IsoDay): boolean {
  return entry.until === null || compareDays(asOf, entry.until) <= 0;
}

/**
 * Looks up the user's stops: `find(customerId, invoiceId, asOf)` gives the stop for that invoice
 * (an invoice mark before a customer mark; an expired mark is ignored), or null. Marks match on the
 * customer number and the invoice number together, so an invoice mark never stops another
 * customer's invoice that happens to carry the same number.
 */
export function stopIndex(
  entries: readonly DoNotRemindEntry[]
): (customerId: string, invoiceId: string, asOf: IsoDay) => ReminderStop | null {
  const byCustomer = new Map<string, DoNotRemindEntry[]>();
  for (const entry of entries) {
    const list = byCustomer.get(entry.customerId);
    if (list) list.push(entry);
    else byCustomer.set(entry.customerId, [entry]);
  }
  return (customerId, invoiceId, asOf) => {
    const list = byCustomer.get(customerId);
    if (!list) return null;
    const live = list.filter((e) => stopHolds(e, asOf));
    const hit =
      live.find((e) => e.invoiceId === invoiceId) ?? live.find((e) => e.invoiceId === null);
    if (!hit) return null;
    return {
      source: "user",
      scope: hit.invoiceId === null ? "customer" : "invoice",
      reason: hit.reason,
      until: hit.until,
    };
  };
}
