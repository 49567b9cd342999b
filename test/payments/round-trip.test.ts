/**
 * The issue's round trip: the demo's reminder letters → a CAMT.053 written from them (exact
 * payments by RF, one partial, one paying two invoices by number, one overpaying, one unknown) →
 * every credit matched as intended, to the cent → confirmed → the next run leaves the payers out.
 */
import { addDays, customerReference, formatCents } from "../../src/core";
import { paymentsCsvBytes, paymentsJson, proposePayments, recordProposals } from "../../src/app";
import { demoLedger } from "../../src/demo";
import { reviewReminders } from "../../src/dunning";
import { paymentsFromCsv } from "../../src/formats";
import { readLedger } from "../../src/ledger";
import { applyPayments, undoStatement } from "../../src/payments";
import { writeCamt053, type WrittenEntry } from "./statement-writers";

const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
// Three weeks after the demo's day: a run with many letters.
const day = addDays(demo.asOf, 21);
const before = reviewReminders(ledger, day).proposals.filter((p) =>
  p.invoices.every((i) => i.openAmount > 0)
);
const withTwo = before.filter((p) => p.invoices.length >= 2);
const single = before.filter((p) => !withTwo.includes(p));

describe("round trip: letters → bank statement → matched → next run", () => {
  // Pick letters: two paid exactly by RF, one partly, one with two invoice numbers, one overpaid.
  const [exactA, exactB, partial, overpaid] = single;
  const [twoInvoices] = withTwo;
  if (!exactA || !exactB || !partial || !overpaid || !twoInvoices)
    throw new Error("the demo has too few letters");
  const rf = (p: typeof exactA): string => customerReference(p.customerId);
  const iban = "NL91ABNA0417164300";
  const first = (p: typeof exactA) => p.invoices[0] as (typeof exactA)["invoices"][number];
  const credits: WrittenEntry[] = [
    {
      amount: exactA.overdueTotal,
      direction: "credit",
      name: exactA.customerName ?? "x",
      iban,
      text: "",
      reference: rf(exactA),
    },
    {
      amount: exactB.overdueTotal,
      direction: "credit",
      name: "Iemand",
      iban,
      text: `Betaling ${rf(exactB).replace(/(.{4})/g, "$1 ")}`,
    },
    {
      amount: Math.floor(first(partial).openAmount / 2),
      direction: "credit",
      name: "Deelbetaler",
      iban,
      text: "",
      reference: rf(partial),
    },
    {
      amount:
        (twoInvoices.invoices[0]?.openAmount ?? 0) + (twoInvoices.invoices[1]?.openAmount ?? 0),
      direction: "credit",
      name: "Twee facturen",
      iban,
      text: `Facturen ${twoInvoices.invoices[1]?.invoiceId} en ${twoInvoices.invoices[0]?.invoiceId}`,
    },
    {
      amount: first(overpaid).openAmount + 1000,
      direction: "credit",
      name: "Te veel",
      iban,
      text: `factuur ${first(overpaid).invoiceId}`,
    },
    {
      amount: 12345,
      direction: "credit",
      name: "Onbekend",
      iban: "DE89370400440532013000",
      text: "<img src=x onerror=alert(1)>",
    },
  ];
  const xml = writeCamt053("NL69INGB0123456789", day, 500000, credits);
  const { match } = proposePayments(ledger, new TextEncoder().encode(xml), "afschrift.xml");

  it("every credit matched as intended", () => {
    expect(match.proposals.map((p) => [p.status, p.basis, p.customerId])).toEqual([
      ["matched", "rf", exactA.customerId],
      ["matched", "rf", exactB.customerId],
      ["partial", "rf", partial.customerId],
      ["matched", "invoice-number", twoInvoices.customerId],
      ["overpaid", "invoice-number", overpaid.customerId],
      ["unmatched", null, null],
    ]);
    expect(match.proposals[3]?.allocations.map((a) => a.invoiceId).sort()).toEqual(
      [twoInvoices.invoices[0]?.invoiceId, twoInvoices.invoices[1]?.invoiceId].sort()
    );
    expect(match.proposals[4]?.unallocated).toBe(1000);
  });

  it("totals to the cent: matched + unmatched + not applicable = the credit total", () => {
    const total = credits.reduce((s, c) => s + c.amount, 0);
    expect(match.totals.credits.total).toBe(total);
    expect(match.totals.unmatched).toBe(1000 + 12345);
    expect(match.totals.matched + match.totals.unmatched + match.totals.notApplicable).toBe(total);
    const json = paymentsJson(match) as {
      totals: { matched: number; unmatched: number };
      statement: { credits: { total: number } };
    };
    expect(json.statement.credits.total).toBe(total / 100);
    expect(Math.round((json.totals.matched + json.totals.unmatched) * 100)).toBe(total);
  });

  it("confirmed and applied, the next reminder run leaves the payers out; the partial payer still gets a letter", () => {
    const records = recordProposals([], match);
    // Through the CSV the CLI writes, and back.
    const decoded = paymentsFromCsv(paymentsCsvBytes(records));
    expect(decoded.issues).toEqual([]);
    expect(decoded.records).toEqual(records);
    const applied = applyPayments(ledger, decoded.records).ledger;
    const after = reviewReminders(applied, day).proposals;
    const customers = after.map((p) => p.customerId);
    for (const paid of [exactA, exactB]) expect(customers).not.toContain(paid.customerId);
    if (twoInvoices.invoices.length === 2) expect(customers).not.toContain(twoInvoices.customerId);
    const still = after.find((p) => p.customerId === partial.customerId);
    expect(still?.invoices[0]?.openAmount).toBe(
      first(partial).openAmount - Math.floor(first(partial).openAmount / 2)
    );
    // The unknown payment's text stayed text.
    expect(match.proposals[5]?.entry.text).toBe("<img src=x onerror=alert(1)>");
    // Undo the statement: the run is as before.
    const undone = applyPayments(
      ledger,
      undoStatement(records, match.statements[0]?.key ?? "")
    ).ledger;
    expect(reviewReminders(undone, day).proposals.map((p) => p.customerId)).toEqual(
      reviewReminders(ledger, day).proposals.map((p) => p.customerId)
    );
    expect(formatCents(match.totals.unmatched, "nl")).toBe("€ 133,45");
  });
});
