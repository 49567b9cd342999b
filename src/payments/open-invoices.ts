/**
 * The open invoices a payment can go to: euro invoices of the ledger with something left to pay,
 * not written off, with what the matcher recognises them by (invoice number, the ledger's own
 * payment reference, the customer's IBAN and name).
 */
import type { Cents, IsoDay } from "../core";
import type { Ledger } from "../ledger";

/** One open invoice as the matcher sees it. `row` is its index in the ledger (ids may repeat). */
export interface OpenInvoice {
  readonly row: number;
  readonly invoiceId: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly open: Cents;
  readonly dueDate: IsoDay | null;
  readonly invoiceDate: IsoDay | null;
  /** The ledger's payment reference column (a betalingskenmerk or RF the bookkeeping printed). */
  readonly reference: string | null;
  readonly iban: string | null;
}

/** The open euro invoices of a ledger (credit notes and settled, written-off or foreign ones left out). */
export function openInvoicesOf(ledger: Ledger): OpenInvoice[] {
  const c = ledger.columns;
  const out: OpenInvoice[] = [];
  for (let row = 0; row < ledger.length; row++) {
    const open = c.openAmount[row] ?? 0;
    if (open <= 0 || c.currency[row] !== "EUR" || c.writtenOff[row]) continue;
    out.push({
      row,
      invoiceId: c.invoiceId[row] ?? "",
      customerId: c.customerId[row] ?? "",
      customerName: c.customerName[row] ?? null,
      open: open as Cents,
      dueDate: c.dueDate[row] ?? null,
      invoiceDate: c.invoiceDate[row] ?? null,
      reference: c.reference[row] ?? null,
      iban: c.iban[row] ?? null,
    });
  }
  return out;
}

/**
 * The order in which one payment pays several invoices: oldest due date first (an invoice without
 * one by its invoice date), then the ledger's order. The oldest debt is the one that accrues
 * statutory interest first and is furthest up the ladder, so paying it first is what the debtor
 * would choose too (and art. 6:43 BW's default for debts of equal weight).
 */
export function payOrder(a: OpenInvoice, b: OpenInvoice): number {
  const day = (x: OpenInvoice): string => x.dueDate ?? x.invoiceDate ?? "9999-12-31";
  return day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a.row - b.row;
}
