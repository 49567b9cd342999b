/** Builds the columnar {@link Ledger} one accepted invoice at a time. */
import type { IsoDay } from "../../core";
import type { Invoice, Ledger } from "../types";

type Columns = { [K in keyof Invoice]: Invoice[K][] };

/** One empty array per Invoice key; the mapped type makes the compiler check that none is missing. */
function emptyColumns(): Columns {
  return {
    sheetRow: [], invoiceId: [], customerId: [], customerName: [], invoiceDate: [], dueDate: [], amount: [],
    openAmount: [], settledDate: [], currency: [], description: [], reference: [], status: [], disputed: [],
    writtenOff: [], handedOver: [], doNotRemind: [], reminderStage: [], reminderDate: [], contactPerson: [], address: [],
    postcode: [], city: [], country: [], email: [], phone: [], kvk: [], vatId: [], iban: [], creditLimit: [],
    debtorType: [], language: [], paymentTermDays: [],
  }; // prettier-ignore
}

/** The keys of {@link Invoice} every ledger has (all but the optional deliveryDate), in declaration order. */
export const INVOICE_KEYS = Object.keys(emptyColumns()) as readonly Exclude<
  keyof Invoice,
  "deliveryDate"
>[];

/** Collects invoices into columns. */
export class LedgerBuilder {
  private readonly columns: Columns = emptyColumns();
  private readonly deliveryDate: (IsoDay | null)[] | null;
  private count = 0;

  /** `deliveryDate`: the sheet has a delivery-date column, so the ledger gets that column too. */
  constructor(options: { deliveryDate?: boolean } = {}) {
    this.deliveryDate = options.deliveryDate === true ? [] : null;
    if (this.deliveryDate) this.columns.deliveryDate = this.deliveryDate;
  }

  /** Appends one invoice. */
  push(invoice: Invoice): void {
    for (const key of INVOICE_KEYS) (this.columns[key] as unknown[]).push(invoice[key]);
    this.deliveryDate?.push(invoice.deliveryDate ?? null);
    this.count++;
  }

  /** The ledger so far. */
  build(): Ledger {
    return { length: this.count, columns: this.columns };
  }
}

/* Row views of the columnar {@link Ledger}, for code that thinks in invoices rather than columns. */

/** Invoice `i` (0-based) of the ledger; throws a RangeError outside 0..length-1. */
export function ledgerRow(ledger: Ledger, i: number): Invoice {
  if (!Number.isInteger(i) || i < 0 || i >= ledger.length) {
    throw new RangeError(`Ledger row ${i} does not exist; the ledger has ${ledger.length} rows.`);
  }
  const row: Record<string, unknown> = {};
  for (const key of INVOICE_KEYS) row[key] = ledger.columns[key][i];
  if (ledger.columns.deliveryDate) row.deliveryDate = ledger.columns.deliveryDate[i] ?? null;
  return row as unknown as Invoice;
}

/** All invoices of the ledger, in sheet order. */
export function ledgerRows(ledger: Ledger): Invoice[] {
  return Array.from({ length: ledger.length }, (_, i) => ledgerRow(ledger, i));
}
