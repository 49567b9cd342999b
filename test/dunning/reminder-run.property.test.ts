import fc from "fast-check";
import { reviewReminders, describeExclusion, type ReminderReview } from "../../src/dunning";
import { addDays, compareDays, isoDay, cents } from "../../src/core";
import { type Ledger, readLedger } from "../../src/ledger";
import { demoLedger } from "../../src/demo";
import { ledgerOf, type InvoiceSketch } from "./ledger-fixture";

/** The invariants every run must keep, whatever the ledger. */
function expectSound(ledger: Ledger, review: ReminderReview): void {
  const c = ledger.columns;
  const customers = review.proposals.map((p) => p.customerId);
  expect(new Set(customers).size).toBe(customers.length); // one proposal per customer, never two
  const inProposals = new Map<string, number>();
  for (const p of review.proposals) {
    expect(p.amountDue).toBeGreaterThan(0);
    expect(p.invoices.some((i) => i.toStage === p.stage)).toBe(true);
    for (const i of p.invoices) {
      inProposals.set(i.invoiceId, (inProposals.get(i.invoiceId) ?? 0) + 1);
      expect(compareDays(i.dueDate, review.asOf)).toBeLessThan(0); // nothing on or before its due date
      expect([0, 1]).toContain(i.toStage - i.fromStage); // at most one stage per run
      if (i.toStage > i.fromStage) expect(i.toStage).toBeLessThanOrEqual(p.stage);
    }
  }
  const excluded = new Map(review.excluded.map((e) => [e.invoiceId, e]));
  expect(excluded.size).toBe(review.excluded.length);
  for (let i = 0; i < ledger.length; i++) {
    if ((c.openAmount[i] as number) <= 0) continue;
    const id = c.invoiceId[i] as string;
    const count = inProposals.get(id) ?? 0;
    const exclusion = excluded.get(id);
    // every open invoice is either in exactly one proposal or excluded with a reason
    expect(count + (exclusion ? 1 : 0)).toBe(1);
    if (exclusion) {
      expect(describeExclusion(exclusion, "nl").length).toBeGreaterThan(5);
      expect(describeExclusion(exclusion, "en").length).toBeGreaterThan(5);
    } else {
      expect(c.dueDate[i] != null && compareDays(c.dueDate[i]!, review.asOf) < 0).toBe(true);
    }
  }
}

describe("reminderRun on the demo ledger", () => {
  const demo = demoLedger();
  const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });

  it("gives one proposal per customer, never two, and a reason for every item left out", () => {
    const review = reviewReminders(ledger, demo.asOf);
    expect(review.proposals.length).toBeGreaterThan(0);
    expectSound(ledger, review);
    const reasons = new Set(review.excluded.map((e) => e.reason));
    for (const reason of ["disputed", "handed-over", "written-off", "not-due"])
      expect(reasons).toContain(reason);
  });

  it("stays sound on every day of the following three months (weekly runs without recording)", () => {
    for (let week = 0; week < 13; week++) {
      const asOf = addDays(demo.asOf, 7 * week);
      const review = reviewReminders(ledger, asOf);
      expectSound(ledger, review);
      expect(review.proposals.length).toBeGreaterThan(0);
    }
  });
});

describe("reminderRun property", () => {
  const asOf = isoDay("2026-11-20");
  const row = fc.record({
    customer: fc.integer({ min: 1, max: 6 }),
    dueOffset: fc.option(fc.integer({ min: -200, max: 40 }), { freq: 12 }),
    open: fc.oneof(
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.integer({ min: -50_000, max: 1_000 }),
      fc.constant(0)
    ),
    stage: fc.integer({ min: 0, max: 6 }),
    sentOffset: fc.option(fc.integer({ min: -150, max: 0 }), { freq: 10 }),
    disputed: fc.boolean(),
    handedOver: fc.boolean(),
    writtenOff: fc.boolean(),
    consumer: fc.option(fc.boolean()),
    usd: fc.boolean(),
    arranged: fc.boolean(),
    blocked: fc.boolean(),
  });

  it("every overdue, non-excluded invoice is in exactly one proposal; every excluded one has a reason", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.boolean(), (rows, paidInstalment) => {
        const sketches: InvoiceSketch[] = rows.map((r, n) => ({
          invoiceId: `F${n}`,
          customerId: `C${r.customer}`,
          dueDate: r.dueOffset === null ? null : addDays(asOf, r.dueOffset),
          openAmount: r.open,
          reminderStage: r.stage === 0 ? null : r.stage,
          reminderDate: r.sentOffset === null ? null : addDays(asOf, r.sentOffset),
          disputed: r.disputed && r.customer % 2 === 0,
          handedOver: r.handedOver && r.customer === 3,
          writtenOff: r.writtenOff && r.customer === 5,
          debtorType: r.consumer === null ? null : r.consumer ? "consumer" : "business",
          currency: r.usd && n % 7 === 0 ? "USD" : "EUR",
          doNotRemind: r.blocked && n % 4 === 0,
        }));
        const arranged = rows.flatMap((r, n) => (r.arranged ? [`F${n}`] : []));
        const ledger = ledgerOf(sketches);
        const review = reviewReminders(ledger, asOf, {
          doNotRemind: [{ customerId: "C6", invoiceId: null, reason: "r", until: null }],
          arrangements: [
            {
              arrangement: {
                id: "BR",
                customerId: "C1",
                invoiceIds: arranged,
                instalments: [{ due: addDays(asOf, -3), amount: cents(10_000) }],
                confirmedOn: null,
              },
              payments: paidInstalment ? [{ date: addDays(asOf, -10), amount: cents(5_000) }] : [],
            },
          ],
        });
        expectSound(ledger, review);
        // stopped items (ledger flag or the mark on C6) are never in a proposal
        for (const p of review.proposals) {
          expect(p.customerId).not.toBe("C6");
          for (const i of p.invoices)
            expect(ledger.columns.doNotRemind[i.sheetRow - 2]).toBe(false);
        }
      }),
      { numRuns: 300 }
    );
  });
});
