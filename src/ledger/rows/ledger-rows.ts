/** Row views of the columnar {@link Ledger}, for code that thinks in invoices rather than columns. */
import { INVOICE_KEYS } from "./ledger-builder";
import type { Invoice, Ledger } from "../types";

/** Invoice `i` (0-based) of the ledger; throws a RangeError outside 0..length-1. */
export function ledgerRow(ledger: Ledger, i: number): Invoice {
  if (!Number.isInteger(i) || i < 0 || i >= ledger.length) {
    throw new RangeError(`Ledger row ${i} does not exist; the ledger has ${ledger.length} rows.`);
  }
  const row: Record<string, unknown> = {};
  for (const key of INVOICE_KEYS) row[key] = ledger.columns[key][i];
  return row as unknown as Invoice;
}

/** All invoices of the ledger, in sheet order. */
export function ledgerRows(ledger: Ledger): Invoice[] {
  return Array.from({ length: ledger.length }, (_, i) => ledgerRow(ledger, i));
}
