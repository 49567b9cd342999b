/**
 * The invoices of the demo ledger: 18 months of sales per customer up to the as-of day, with the
 * payment each customer's behaviour produces (most on time, some late, the rest still open), and the
 * story cases of the customer roles (incasso, bankrupt, unpaid consumer, new customer, dispute).
 * Credit notes, partial payments and reminders are added by {@link addDemoStory}.
 */
import {
  MONTH_NAMES,
  addDays,
  addMonths,
  compareDays,
  dayOfWeek,
  diffDays,
  monthOf,
  type IsoDay,
} from "../core";
import type { DemoCustomer } from "./demo-customers";
import type { SeededRandom } from "./seeded-random";

/** One invoice or credit note of the demo, amounts in cents. */
export interface DemoInvoice {
  customer: DemoCustomer;
  invoiceDate: IsoDay;
  dueDate: IsoDay;
  amountCents: number;
  openCents: number;
  settledDate: IsoDay | null;
  description: string;
  status:
    "betaald" | "open" | "deels betaald" | "betwist" | "afgeschreven" | "incasso" | "verrekend";
  disputed: boolean;
  reminderStage: number | null;
  reminderDate: IsoDay | null;
  /** For a credit note: the invoice it credits (its number is filled in when numbers are assigned). */
  credits: DemoInvoice | null;
  /** Invoice number, assigned once all invoices exist ("2026-0412"). */
  invoiceId: string;
}

/** Generates every customer's invoices and their payments over the 18 months up to `asOf`. */
export function demoInvoices(
  random: SeededRandom,
  customers: readonly DemoCustomer[],
  asOf: IsoDay
): DemoInvoice[] {
  const windowStart = addMonths(asOf, -18);
  return customers.flatMap((customer) => customerInvoices(random, customer, windowStart, asOf));
}

function customerInvoices(
  random: SeededRandom,
  customer: DemoCustomer,
  windowStart: IsoDay,
  asOf: IsoDay
): DemoInvoice[] {
  const { role } = customer;
  const start =
    role === "new"
      ? addDays(asOf, -random.int(15, 80))
      : role !== "regular" || random.chance(0.8)
        ? addDays(windowStart, random.int(0, 25))
        : addDays(windowStart, random.int(30, 330));
  // Customers whose story ended stopped buying: the bankrupt one long ago, the incasso one when the
  // claim went to the agency, the unpaid consumer after the last job.
  const end =
    role === "bankrupt"
      ? addDays(asOf, -random.int(230, 300))
      : role === "incasso"
        ? addDays(asOf, -random.int(80, 100))
        : role === "unpaidConsumer"
          ? addDays(asOf, -random.int(150, 200))
          : asOf;
  const invoices: DemoInvoice[] = [];
  for (let day = start; compareDays(day, end) <= 0;) {
    const invoiceDate = weekday(day);
    if (compareDays(invoiceDate, end) > 0) break;
    const first = invoices.length === 0;
    const amountCents =
      role === "new" && first
        ? grossFromNet(random.int(2200, 15000) * 100)
        : invoiceAmount(random, customer);
    const description =
      role === "new" && first
        ? "Eerste order – inrichting nieuwe vestiging"
        : describe(random, customer, invoiceDate);
    invoices.push(settle(random, customer, invoiceDate, amountCents, description, asOf));
    const gap = (30 / customer.invoicesPerMonth) * (0.5 + random.next());
    day = addDays(invoiceDate, Math.max(3, Math.round(gap)));
  }
  // The last three invoices, and any other still open, went to the agency or were written off.
  const unpaid = invoices.filter(
    (invoice, i) => i >= invoices.length - 3 || invoice.openCents !== 0
  );
  if (role === "bankrupt")
    for (const invoice of unpaid) leaveUnpaid(random, invoice, "afgeschreven", asOf);
  if (role === "incasso")
    for (const invoice of unpaid) leaveUnpaid(random, invoice, "incasso", asOf);
  if (role === "unpaidConsumer")
    leaveUnpaid(random, invoices[invoices.length - 1] as DemoInvoice, "afgeschreven", asOf);
  if (role === "disputer") dispute(random, invoices, asOf);
  return invoices;
}

/** An invoice for `amountCents`, paid according to the customer's behaviour if that falls by `asOf`. */
function settle(
  random: SeededRandom,
  customer: DemoCustomer,
  invoiceDate: IsoDay,
  amountCents: number,
  description: string,
  asOf: IsoDay
): DemoInvoice {
  const term = customer.paymentTermDays;
  const dueDate = addDays(invoiceDate, term);
  let delay: number; // days after the due date; negative = early
  if (customer.behaviour === "punctual")
    delay = random.chance(0.92) ? -random.int(0, term - 3) : random.int(1, 10);
  else if (customer.behaviour === "slightlyLate")
    delay = random.chance(0.7) ? random.int(-5, 7) : random.int(8, 25);
  else delay = random.int(10, 60);
  const paid = addDays(dueDate, delay);
  const isPaid = compareDays(paid, asOf) <= 0;
  return {
    customer,
    invoiceDate,
    dueDate,
    amountCents,
    openCents: isPaid ? 0 : amountCents,
    settledDate: isPaid ? paid : null,
    description,
    status: isPaid ? "betaald" : "open",
    disputed: false,
    reminderStage: null,
    reminderDate: null,
    credits: null,
    invoiceId: "",
  };
}

/** Turns a (paid or open) invoice into an unpaid one that ended up written off or with the agency. */
function leaveUnpaid(
  random: SeededRandom,
  invoice: DemoInvoice,
  status: "afgeschreven" | "incasso",
  asOf: IsoDay
): void {
  invoice.openCents = invoice.amountCents;
  invoice.settledDate = null;
  invoice.status = status;
  // The ingebrekestelling (stage 3) went out before the claim was handed over or written off.
  invoice.reminderStage = 3;
  invoice.reminderDate = minDay(addDays(invoice.dueDate, random.int(35, 40)), asOf);
}

/** Marks one overdue invoice (due 20..75 days ago if there is one) as disputed and unpaid. */
function dispute(random: SeededRandom, invoices: DemoInvoice[], asOf: IsoDay): void {
  const target = addDays(asOf, -random.int(30, 60));
  const candidates = invoices.filter(
    (invoice) => compareDays(invoice.dueDate, addDays(asOf, -20)) <= 0
  );
  const chosen = (candidates.length > 0 ? candidates : invoices).reduce((best, invoice) =>
    Math.abs(diffDays(invoice.dueDate, target)) < Math.abs(diffDays(best.dueDate, target))
      ? invoice
      : best
  );
  chosen.openCents = chosen.amountCents;
  chosen.settledDate = null;
  chosen.status = "betwist";
  chosen.disputed = true;
  // The first reminder went out; then the customer objected and the ladder stopped.
  const reminder = addDays(chosen.dueDate, random.int(7, 10));
  chosen.reminderStage = compareDays(reminder, asOf) <= 0 ? 1 : null;
  chosen.reminderDate = chosen.reminderStage === null ? null : reminder;
}

/** A typical invoice amount for the customer, incl. 21% VAT, between € 50 and € 25,000. */
function invoiceAmount(random: SeededRandom, customer: DemoCustomer): number {
  const factor = random.chance(0.03) ? 2.5 + random.next() : 0.4 + random.next() * 1.4;
  const gross = customer.typicalCents * factor;
  const net = random.chance(0.5) ? Math.round(gross / 121) * 100 : Math.round((gross * 100) / 121);
  return Math.min(2_500_000, Math.max(5_000, grossFromNet(net)));
}

/** Net cents plus 21% btw, the btw rounded to the cent. */
function grossFromNet(netCents: number): number {
  return netCents + Math.round((netCents * 21) / 100);
}

function describe(random: SeededRandom, customer: DemoCustomer, invoiceDate: IsoDay): string {
  const month = MONTH_NAMES.nl[monthOf(addMonths(invoiceDate, -1)) - 1] as string;
  const options =
    customer.debtorType === "consumer"
      ? [
          "Reparatie cv-ketel",
          "Onderhoudsbeurt",
          "Levering en montage",
          "Service aan huis",
          "Vervangen kraan",
        ]
      : [
          `Levering bestelling ${random.int(4000, 9999)}`,
          `Onderhoud ${month}`,
          "Montage en installatie",
          `Advieswerkzaamheden ${month}`,
          `Huur materieel ${month}`,
          "Onderdelen en arbeid",
          `Servicecontract Q${Math.ceil(monthOf(invoiceDate) / 3)}`,
        ];
  return random.pick(options);
}

/** Invoices are dated on working days: a Saturday or Sunday moves to the Monday. */
function weekday(day: IsoDay): IsoDay {
  const dow = dayOfWeek(day);
  return dow >= 6 ? addDays(day, 8 - dow) : day;
}

function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return compareDays(a, b) <= 0 ? a : b;
}
