/** Small ledgers for the analytics tests, built from partial invoices. */
import { LedgerBuilder, type Invoice, type Ledger } from "../../src/ledger";
import type { IsoDay, Cents } from "../../src/core";

/** The fields a test cares about; the rest default to null/false. */
export type TestInvoice = Omit<
  Partial<Invoice>,
  "amount" | "openAmount" | "invoiceDate" | "dueDate" | "settledDate" | "creditLimit"
> & {
  customerId: string;
  amount: number;
  invoiceDate: string | null;
  dueDate?: string | null;
  settledDate?: string | null;
  openAmount?: number;
  creditLimit?: number | null;
};

/** A ledger of `invoices` (openAmount defaults to amount, or 0 when settled). */
export function testLedger(invoices: readonly TestInvoice[]): Ledger {
  const builder = new LedgerBuilder();
  invoices.forEach((inv, i) => {
    builder.push({
      sheetRow: i + 2,
      invoiceId: inv.invoiceId ?? `F${i + 1}`,
      customerName: null,
      currency: "EUR",
      description: null,
      reference: null,
      status: null,
      disputed: false,
      writtenOff: false,
      handedOver: false,
      doNotRemind: false,
      reminderStage: null,
      reminderDate: null,
      contactPerson: null,
      address: null,
      postcode: null,
      city: null,
      country: null,
      email: null,
      phone: null,
      kvk: null,
      vatId: null,
      iban: null,
      debtorType: null,
      language: null,
      paymentTermDays: null,
      ...inv,
      invoiceDate: inv.invoiceDate as IsoDay | null,
      dueDate: (inv.dueDate ?? null) as IsoDay | null,
      settledDate: (inv.settledDate ?? null) as IsoDay | null,
      creditLimit: (inv.creditLimit ?? null) as Cents | null,
      amount: inv.amount as Cents,
      openAmount: (inv.openAmount ?? (inv.settledDate ? 0 : inv.amount)) as Cents,
    });
  });
  return builder.build();
}
