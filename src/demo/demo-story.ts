/**
 * The finishing touches of the demo ledger that cut across customers: partial payments, credit
 * notes, the reminder ladder on overdue items, and invoice numbers.
 */
import { addDays, compareDays, diffDays, yearOf, type IsoDay } from "../core";
import type { DemoInvoice } from "./demo-invoices";
import type { SeededRandom } from "./seeded-random";

/** Number of open invoices that get a partial payment. */
export const DEMO_PARTIAL_PAYMENTS = 7;
/** Number of credit notes. */
export const DEMO_CREDIT_NOTES = 9;
/** Number of credit notes not yet offset (open, negative). */
export const DEMO_OPEN_CREDIT_NOTES = 2;

/**
 * Adds partial payments, credit notes and reminders to `invoices`, numbers everything in date order
 * and returns the full list (invoices and credit notes) sorted by invoice number.
 */
export function addDemoStory(
  random: SeededRandom,
  invoices: DemoInvoice[],
  asOf: IsoDay
): DemoInvoice[] {
  addPartialPayments(random, invoices, asOf);
  const all = [...invoices, ...creditNotes(random, invoices, asOf)];
  for (const invoice of all) addReminder(random, invoice, asOf);
  return numberInvoices(random, all);
}

/** Open invoices of ordinary customers of € 200 or more get a partial payment (status "deels betaald"). */
function addPartialPayments(random: SeededRandom, invoices: DemoInvoice[], asOf: IsoDay): void {
  const candidates = random.shuffle(
    invoices.filter(
      (invoice) =>
        invoice.status === "open" &&
        invoice.amountCents >= 20_000 &&
        invoice.customer.role === "regular" &&
        compareDays(addDays(invoice.invoiceDate, 5), asOf) <= 0
    )
  );
  for (const invoice of candidates.slice(0, DEMO_PARTIAL_PAYMENTS)) {
    const share = 0.2 + random.next() * 0.5;
    // People pay round sums on account: a multiple of € 50, at least € 50, less than the amount.
    const paid = Math.min(
      invoice.amountCents - 100,
      Math.max(5_000, Math.round((invoice.amountCents * share) / 5_000) * 5_000)
    );
    invoice.openCents = invoice.amountCents - paid;
    invoice.status = "deels betaald";
  }
}

/**
 * Credit notes (negative amounts) against paid invoices of business customers: a return, a price
 * correction or a full credit. Most were offset against a later invoice ("verrekend"); the latest
 * {@link DEMO_OPEN_CREDIT_NOTES} are still open.
 */
function creditNotes(
  random: SeededRandom,
  invoices: readonly DemoInvoice[],
  asOf: IsoDay
): DemoInvoice[] {
  const candidates = random.shuffle(
    invoices.filter(
      (invoice) =>
        invoice.status === "betaald" &&
        invoice.customer.debtorType === "business" &&
        invoice.customer.role === "regular" &&
        diffDays(asOf, invoice.invoiceDate) >= 40
    )
  );
  const notes = candidates.slice(0, DEMO_CREDIT_NOTES).map((original): DemoInvoice => {
    const share = random.pick([0.1, 0.25, 0.5, 1]);
    const amountCents = -Math.max(1_000, Math.round(original.amountCents * share));
    const invoiceDate = addDays(original.invoiceDate, random.int(3, 30));
    return {
      customer: original.customer,
      invoiceDate,
      dueDate: invoiceDate,
      amountCents,
      openCents: 0,
      settledDate: invoiceDate,
      description:
        share === 1
          ? "Creditnota: volledige creditering"
          : "Creditnota: retour goederen / prijscorrectie",
      status: "verrekend",
      disputed: false,
      reminderStage: null,
      reminderDate: null,
      credits: original,
      invoiceId: "",
    };
  });
  notes.sort((a, b) => compareDays(a.invoiceDate, b.invoiceDate));
  for (const note of notes.slice(-DEMO_OPEN_CREDIT_NOTES)) {
    note.openCents = note.amountCents;
    note.settledDate = null;
    note.status = "open";
  }
  return notes;
}

/**
 * The reminder ladder on an overdue open invoice: herinnering (stage 1) a week after the due date,
 * aanmaning / 14-dagenbrief (stage 2) three weeks after, ingebrekestelling (stage 3) after five.
 * One in five overdue items in the first weeks has not been chased yet.
 */
function addReminder(random: SeededRandom, invoice: DemoInvoice, asOf: IsoDay): void {
  if ((invoice.status !== "open" && invoice.status !== "deels betaald") || invoice.amountCents < 0)
    return;
  const ladder = [
    addDays(invoice.dueDate, 7 + random.int(0, 3)),
    addDays(invoice.dueDate, 21 + random.int(0, 3)),
    addDays(invoice.dueDate, 35 + random.int(0, 5)),
  ];
  const reached = ladder.filter((day) => compareDays(day, asOf) <= 0);
  if (reached.length === 0 || (reached.length === 1 && random.chance(0.2))) return;
  invoice.reminderStage = reached.length;
  invoice.reminderDate = reached[reached.length - 1] as IsoDay;
}

/**
 * Numbers invoices per year in date order ("2026-0001"); the first year continues a series that
 * began before the 18-month window. Credit-note descriptions then name the invoice they credit.
 */
function numberInvoices(random: SeededRandom, invoices: DemoInvoice[]): DemoInvoice[] {
  const sorted = invoices
    .map((invoice, order) => ({ invoice, order }))
    .sort((a, b) => compareDays(a.invoice.invoiceDate, b.invoice.invoiceDate) || a.order - b.order)
    .map(({ invoice }) => invoice);
  let year = 0;
  let sequence = 0;
  for (const invoice of sorted) {
    const invoiceYear = yearOf(invoice.invoiceDate);
    if (invoiceYear !== year) {
      sequence = year === 0 ? random.int(300, 600) : 0;
      year = invoiceYear;
    }
    sequence += 1;
    invoice.invoiceId = `${year}-${String(sequence).padStart(4, "0")}`;
  }
  for (const invoice of sorted) {
    if (invoice.credits)
      invoice.description = `${invoice.description} (factuur ${invoice.credits.invoiceId})`;
  }
  return sorted;
}
