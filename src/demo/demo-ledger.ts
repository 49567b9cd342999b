/**
 * The demo ledger: a deterministic, realistic open-items export of a Dutch SME with about 60
 * customers and 18 months of invoices up to the as-of day. It is the workbench's default data and a
 * test fixture, so the same seed must give the same rows on every machine, forever.
 */
import { isIsoDay, type IsoDay, cents, centsToEuros } from "../core";
import { DEMO_COLUMNS } from "./demo-columns";
import { demoCustomers, type DemoCustomer } from "./demo-customers";
import { demoInvoices, type DemoInvoice } from "./demo-invoices";
import { addDemoStory } from "./demo-story";
import { SeededRandom } from "./seeded-random";

/** One cell of the demo: text, a number (amounts in euros with 2 decimals), an ISO day as text, or blank. */
export type DemoCell = string | number | null;

/** The demo ledger as sheet values. */
export interface DemoLedger {
  /** The day the ledger was exported; nothing in it happens later. */
  asOf: IsoDay;
  /** Dutch column headers (see {@link DEMO_COLUMNS}). */
  headers: string[];
  /** One row per invoice or credit note, sorted by invoice number; dates as ISO text, amounts in euros. */
  rows: DemoCell[][];
  /** A fresh copy of header row + rows, as a sheet would hold them. */
  values(): DemoCell[][];
}

/** Options of {@link demoLedger}. */
export interface DemoLedgerOptions {
  /** PRNG seed; default {@link DEFAULT_DEMO_SEED}. */
  seed?: number;
  /** As-of day; default {@link DEFAULT_DEMO_AS_OF} (fixed, never the clock). */
  asOf?: IsoDay;
}

/** The default seed: the default as-of day as a number. */
export const DEFAULT_DEMO_SEED = 20261120;
/** The default as-of day. */
export const DEFAULT_DEMO_AS_OF = "2026-11-20" as IsoDay;

/** Generates the demo ledger. Same options, same rows. */
export function demoLedger(options: DemoLedgerOptions = {}): DemoLedger {
  const asOf = options.asOf ?? DEFAULT_DEMO_AS_OF;
  if (!isIsoDay(asOf))
    throw new RangeError(`Demo as-of day ${JSON.stringify(asOf)} is not a valid YYYY-MM-DD day.`);
  const random = new SeededRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const customers = demoCustomers(random);
  const invoices = addDemoStory(random, demoInvoices(random, customers, asOf), asOf);
  const debtorNumbers = numberDebtors(customers, invoices);
  const headers = DEMO_COLUMNS.map((column) => column.header);
  const rows = invoices.map((invoice) => demoRow(invoice, debtorNumbers));
  return {
    asOf,
    headers,
    rows,
    values: () => [headers.slice(), ...rows.map((row) => row.slice())],
  };
}

/** Debtor numbers from 10001 in order of each customer's first invoice, as a bookkeeping system assigns them. */
function numberDebtors(
  customers: readonly DemoCustomer[],
  invoices: readonly DemoInvoice[]
): Map<DemoCustomer, number> {
  const numbers = new Map<DemoCustomer, number>();
  for (const invoice of invoices) {
    if (!numbers.has(invoice.customer)) numbers.set(invoice.customer, 10001 + numbers.size);
  }
  for (const customer of customers) {
    if (!numbers.has(customer))
      throw new Error(`Demo generator: customer ${customer.name} has no invoices.`);
  }
  return numbers;
}

function demoRow(
  invoice: DemoInvoice,
  debtorNumbers: ReadonlyMap<DemoCustomer, number>
): DemoCell[] {
  const c = invoice.customer;
  return [
    invoice.invoiceId,
    debtorNumbers.get(c) ?? null,
    c.name,
    invoice.invoiceDate,
    invoice.dueDate,
    euros(invoice.amountCents),
    euros(invoice.openCents),
    invoice.settledDate,
    "EUR",
    invoice.description,
    invoice.status,
    invoice.disputed ? "Ja" : "Nee",
    invoice.reminderStage,
    invoice.reminderDate,
    c.contactPerson,
    c.address,
    c.postcode,
    c.city,
    c.email,
    c.phone,
    c.kvk,
    c.vatId,
    c.iban,
    euros(c.creditLimitCents),
    c.debtorType === "consumer" ? "Particulier" : "Zakelijk",
    c.language,
    c.paymentTermDays,
  ];
}

/** Cents to a euro number with 2 decimals (asserts whole cents, so a generator bug cannot hide). */
function euros(amount: number): number {
  return centsToEuros(cents(amount));
}
