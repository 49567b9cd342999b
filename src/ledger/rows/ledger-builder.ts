/** Builds the columnar {@link Ledger} one accepted invoice at a time. */
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

/** The keys of {@link Invoice}, in declaration order. */
export const INVOICE_KEYS = Object.keys(emptyColumns()) as readonly (keyof Invoice)[];

/** Collects invoices into columns. */
export class LedgerBuilder {
  private readonly columns: Columns = emptyColumns();
  private count = 0;

  /** Appends one invoice. */
  push(invoice: Invoice): void {
    for (const key of INVOICE_KEYS) (this.columns[key] as unknown[]).push(invoice[key]);
    this.count++;
  }

  /** The ledger so far. */
  build(): Ledger {
    return { length: this.count, columns: this.columns };
  }
}
