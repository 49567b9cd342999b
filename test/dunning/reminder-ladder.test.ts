import fc from "fast-check";
import { reviewReminders } from "../../src/dunning";
import { addDays, isoDay } from "../../src/core";
import { ledgerOf, type InvoiceSketch } from "./ledger-fixture";

const d = isoDay;
const asOf = d("2026-11-20"); // a Friday

/** Customer C1 got the aanmaning (stage 3) for A1 on 10 Nov: its stage 4 falls on 24 Nov. */
const AANMANING: InvoiceSketch = {
  invoiceId: "A1",
  customerId: "C1",
  dueDate: "2026-09-01",
  openAmount: 240_000,
  reminderStage: 3,
  reminderDate: "2026-11-10",
};
/** A new invoice of C1, due 6 Nov: its first reminder fell due on 13 Nov. */
const NEW_INVOICE: InvoiceSketch = {
  invoiceId: "A2",
  customerId: "C1",
  dueDate: "2026-11-06",
  openAmount: 60_500,
};

const listed = (review: ReturnType<typeof reviewReminders>) =>
  review.proposals.map((p) => ({
    customerId: p.customerId,
    stage: p.stage,
    stageName: p.stageName,
    invoices: p.invoices.map((i) => [i.invoiceId, i.fromStage, i.toStage]),
  }));

describe("the ladder: never a softer letter than the last one while its invoice is open", () => {
  it("a customer with an open aanmaning and a new invoice due gets one letter at stage 3, the new invoice at its own stage 1", () => {
    const review = reviewReminders(ledgerOf([AANMANING, NEW_INVOICE]), asOf);
    expect(listed(review)).toEqual([
      {
        customerId: "C1",
        stage: 3,
        stageName: "Aanmaning / ingebrekestelling",
        invoices: [
          ["A1", 3, 3], // listed again, not moved: its stage 4 still falls on 24 Nov
          ["A2", 0, 1], // the new invoice gets its first reminder
        ],
      },
    ]);
    const p = review.proposals[0]!;
    expect(p.highestSent).toBe(3);
    expect(p.amountDue).toBe(300_500);
    // the aanmaning's term: 14 days from the day it is sent, 4 Dec 2026 a Friday
    expect(p.paymentDeadline).toBe("2026-12-04");
    expect(p.invoices[0]!.nextStageDate).toBe("2026-11-24");
    expect(review.excluded).toEqual([]);
  });

  it("when the aanmaning's own next stage is due too, the letter goes to stage 4 and the new invoice stays at 1", () => {
    const review = reviewReminders(ledgerOf([AANMANING, NEW_INVOICE]), d("2026-11-24"));
    expect(listed(review)).toEqual([
      {
        customerId: "C1",
        stage: 4,
        stageName: "Laatste aanmaning",
        invoices: [
          ["A1", 3, 4],
          ["A2", 0, 1],
        ],
      },
    ]);
  });

  it("once the stage-3 invoice is paid, the next letter for the new invoice is the friendly first reminder", () => {
    const paid = { ...AANMANING, openAmount: 0 };
    for (const ledger of [ledgerOf([paid, NEW_INVOICE]), ledgerOf([NEW_INVOICE])]) {
      const review = reviewReminders(ledger, asOf);
      expect(listed(review)).toEqual([
        { customerId: "C1", stage: 1, stageName: "Herinnering", invoices: [["A2", 0, 1]] },
      ]);
      expect(review.proposals[0]!.highestSent).toBe(0);
    }
  });

  it("an aanmaning left out of the letter (disputed, stopped) does not hold the letter up", () => {
    for (const extra of [{ disputed: true }, { doNotRemind: true }]) {
      const review = reviewReminders(ledgerOf([{ ...AANMANING, ...extra }, NEW_INVOICE]), asOf);
      expect(listed(review)).toEqual([
        { customerId: "C1", stage: 1, stageName: "Herinnering", invoices: [["A2", 0, 1]] },
      ]);
      expect(review.excluded.map((e) => e.invoiceId)).toEqual(["A1"]);
    }
  });

  it("sends nothing while every invoice waits for its next stage, however high the last letter was", () => {
    // A2's first reminder only falls on 24 Nov (due 17 Nov + 7)
    const waiting = { ...NEW_INVOICE, dueDate: "2026-11-17" };
    const review = reviewReminders(ledgerOf([AANMANING, waiting]), asOf);
    expect(review.proposals).toEqual([]);
    expect(review.excluded.map((e) => [e.invoiceId, e.reason, e.date])).toEqual([
      ["A1", "waiting", "2026-11-24"],
      ["A2", "waiting", "2026-11-24"],
    ]);
  });

  it("a consumer with an open 14-dagenbrief gets a 14-dagenbrief again, listing the new invoice at its first reminder", () => {
    const consumer = (s: InvoiceSketch): InvoiceSketch => ({ ...s, debtorType: "consumer" });
    const review = reviewReminders(
      ledgerOf([
        consumer({ ...AANMANING, reminderStage: 2, reminderDate: "2026-11-16" }),
        consumer(NEW_INVOICE),
      ]),
      asOf
    );
    expect(listed(review)).toEqual([
      {
        customerId: "C1",
        stage: 2,
        stageName: "14-dagenbrief",
        invoices: [
          ["A1", 2, 2],
          ["A2", 0, 1],
        ],
      },
    ]);
  });
});

describe("the ladder as a property", () => {
  const row = fc.record({
    customer: fc.integer({ min: 1, max: 4 }),
    dueOffset: fc.integer({ min: -150, max: 10 }),
    open: fc.integer({ min: 1, max: 500_000 }),
    stage: fc.integer({ min: 0, max: 5 }),
    sentOffset: fc.integer({ min: -60, max: 0 }),
    consumer: fc.boolean(),
    disputed: fc.boolean(),
  });

  it("a proposal's stage is the highest of its invoices' stages, old and new; a letter only goes out when an invoice moves", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const sketches: InvoiceSketch[] = rows.map((r, n) => ({
          invoiceId: `F${n}`,
          customerId: `C${r.customer}`,
          dueDate: addDays(asOf, r.dueOffset),
          openAmount: r.open,
          reminderStage: r.stage === 0 ? null : r.stage,
          reminderDate: r.stage === 0 ? null : addDays(asOf, r.sentOffset),
          debtorType: r.customer % 2 === 0 && r.consumer ? "consumer" : "business",
          disputed: r.disputed && n % 5 === 0,
        }));
        const review = reviewReminders(ledgerOf(sketches), asOf);
        for (const p of review.proposals) {
          const stages = p.invoices.flatMap((i) => [i.fromStage, i.toStage]);
          // never softer than any letter already sent on an invoice in it
          for (const s of stages) expect(p.stage).toBeGreaterThanOrEqual(s);
          expect(p.stage).toBe(Math.max(...stages));
          expect(p.highestSent).toBe(Math.max(...p.invoices.map((i) => i.fromStage)));
          expect(p.invoices.some((i) => i.toStage === i.fromStage + 1)).toBe(true);
          // the stage's name is the policy's name for that stage
          expect(p.stageName).toBe(p.policyStage.name.nl);
        }
        // a customer whose open letters are all still running gets nothing softer: no proposal at all
        const proposed = new Set(review.proposals.map((p) => p.customerId));
        for (const e of review.excluded)
          if (e.reason === "waiting") expect(proposed.has(e.customerId)).toBe(false);
      }),
      { numRuns: 300 }
    );
  });
});
