/**
 * The ledger's rows in other currencies than the report's: per currency their own totals (never
 * added to the euro figures, never converted) and the items still open, so the reader sees them and
 * can deal with them apart.
 */
import type { OtherCurrencyItem, ReceivablesFrame } from "./receivables-frame";

/** The rows in one other currency. Amounts in cents of that currency. */
export interface OtherCurrencyTotal {
  /** ISO 4217 code. */
  currency: string;
  rows: number;
  /** Σ amounts and Σ open amounts as the ledger gives them. */
  amount: number;
  open: number;
  /** The items with something open, largest first (written-off items left out). */
  openItems: OtherCurrencyItem[];
}

/** The other-currency totals of `frame`, by currency code. */
export function otherCurrencyTotals(frame: ReceivablesFrame): OtherCurrencyTotal[] {
  const totals = new Map<string, OtherCurrencyTotal>();
  for (const item of frame.otherCurrencies ?? []) {
    let t = totals.get(item.currency);
    if (t === undefined) {
      t = { currency: item.currency, rows: 0, amount: 0, open: 0, openItems: [] };
      totals.set(item.currency, t);
    }
    t.rows++;
    t.amount += item.amount;
    t.open += item.open;
    if (item.open !== 0 && !item.writtenOff) t.openItems.push(item);
  }
  const list = [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  for (const t of list)
    t.openItems.sort((a, b) => b.open - a.open || a.invoiceId.localeCompare(b.invoiceId));
  return list;
}
