/** Test helper (not a test file): a Ledger from a few invoice fields, the rest defaulted. */
import { type Invoice, type Ledger, LedgerBuilder } from "../../src/ledger";
import type { IsoDay, Cents } from "../../src/core";

/** The fields a test sets; amounts in cents, days as ISO text. */
export type InvoiceSketch = Partial<Omit<Invoice, "dueDate" | "reminderDate" | "openAmount">> & {
  invoiceId: string;
  customerId: string;
  dueDate: string | null;
  openAmount: number;
  reminderDate?: string | null;
};

/** Builds a ledger; sheet rows count from 2 in the given order. */
export function ledgerOf(sketches: readonly InvoiceSketch[]): Ledger {
  const builder = new LedgerBuilder();
  sketches.forEach((s, index) => {
    builder.push({
      sheetRow: index + 2,
      customerName: `Klant ${s.customerId}`,
      invoiceDate: null,
      amount: s.openAmount as Cents,
      settledDate: null,
      currency: "EUR",
      description: null,
      reference: null,
      status: null,
      disputed: false,
      writtenOff: false,
      handedOver: false,
      doNotRemind: false,
      reminderStage: null,
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
      creditLimit: null,
      debtorType: null,
      language: null,
      paymentTermDays: null,
      ...s,
      dueDate: s.dueDate as IsoDay | null,
      reminderDate: (s.reminderDate ?? null) as IsoDay | null,
      openAmount: s.openAmount as Cents,
    });
  });
  return builder.build();
}
