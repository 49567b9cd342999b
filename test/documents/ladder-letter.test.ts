import { collectionCosts, isoDay, cents } from "../../src/core";
import { DEMO_COMPANY, lettersFor } from "../../src/documents";
import { applyReminderLog, reminderLogEntries } from "../../src/records";
import { reviewReminders } from "../../src/dunning";
import { ledgerOf, type InvoiceSketch } from "../dunning/ledger-fixture";

const asOf = isoDay("2026-11-20");

/**
 * A letter held at the last letter's stage claims on each invoice only what the invoice's own stage
 * allows: the consumer's new invoice, listed in the ingebrekestelling of an older one, carries no
 * collection costs (it had no 14-dagenbrief of its own) and no interest yet.
 */
describe("a letter at the highest stage charges each invoice by its own stage", () => {
  const consumer = (s: InvoiceSketch): InvoiceSketch => ({ ...s, debtorType: "consumer" });
  const old = consumer({
    invoiceId: "A1",
    customerId: "P1",
    dueDate: "2026-08-01",
    openAmount: 125_000,
    reminderStage: 3,
    reminderDate: "2026-11-16",
  });
  const fresh = consumer({
    invoiceId: "A2",
    customerId: "P1",
    dueDate: "2026-11-06",
    openAmount: 48_050,
  });

  it("costs and interest on the old invoice only; the log moves only the new one", () => {
    const ledger = ledgerOf([old, fresh]);
    const { proposals } = reviewReminders(ledger, asOf);
    expect(proposals).toHaveLength(1);
    const p = proposals[0]!;
    expect([p.stage, p.policyStage.kind]).toEqual([3, "notice-of-default"]);
    expect(
      p.invoices.map((i) => [
        i.invoiceId,
        i.toStage,
        i.mayChargeInterest,
        i.mayChargeCollectionCosts,
      ])
    ).toEqual([
      ["A1", 3, true, true],
      ["A2", 1, false, false],
    ]);
    const [letter] = lettersFor(ledger, proposals, { company: DEMO_COMPANY });
    const m = letter!.model;
    // WIK on € 1.250,00 alone: 15% = € 187,50
    expect(m.amounts.costs).toBe(collectionCosts(cents(125_000)));
    expect(m.amounts.costs).toBe(18_750);
    expect(m.amounts.warnedCosts).toBe(collectionCosts(cents(173_050)));
    const interest = Object.fromEntries(m.interestPerInvoice.map((i) => [i.invoiceId, i.interest]));
    expect(interest["A1"]).toBeGreaterThan(0);
    expect(interest["A2"]).toBe(0);
    expect(m.amounts.total).toBe(173_050 + (interest["A1"] ?? 0) + 18_750);
    // the log records each invoice at its own stage: A1 stays at 3 (its date is not restarted), A2 at 1
    expect(reminderLogEntries([letter!])[0]!.invoices).toEqual([
      { invoiceId: "A1", stage: 3 },
      { invoiceId: "A2", stage: 1 },
    ]);
  });

  it("with every invoice at the letter's stage, the costs run over the whole principal as before", () => {
    const sent = { reminderStage: 2, reminderDate: "2026-10-01" };
    const both = ledgerOf([
      { ...old, ...sent },
      { ...fresh, ...sent },
    ]);
    const proposals = reviewReminders(both, asOf).proposals;
    expect(proposals[0]!.invoices.map((i) => [i.fromStage, i.toStage])).toEqual([
      [2, 3],
      [2, 3],
    ]);
    const [letter] = lettersFor(both, proposals, { company: DEMO_COMPANY });
    expect(letter!.model.amounts.costs).toBe(collectionCosts(cents(173_050)));
    expect(letter!.model.amounts.costs).toBe(letter!.model.amounts.warnedCosts);
  });
});

describe("a repeated aanmaning does not restart the old invoice's term", () => {
  it("logs of two runs: the old invoice keeps the day it reached stage 3, and stage 4 follows on time", () => {
    const base = ledgerOf([
      {
        invoiceId: "A1",
        customerId: "B1",
        dueDate: "2026-09-01",
        openAmount: 240_000,
        reminderStage: 2,
        reminderDate: "2026-10-27",
      },
      { invoiceId: "A2", customerId: "B1", dueDate: "2026-11-06", openAmount: 60_500 },
    ]);
    const run = (ledger: typeof base, day: string) => {
      const { proposals } = reviewReminders(ledger, isoDay(day));
      return reminderLogEntries(lettersFor(ledger, proposals, { company: DEMO_COMPANY }));
    };
    const first = run(base, "2026-11-10"); // A1 reaches the aanmaning
    expect(first.map((e) => [e.stage, e.invoices])).toEqual([
      [
        3,
        [
          { invoiceId: "A1", stage: 3 },
          { invoiceId: "A2", stage: 0 },
        ],
      ],
    ]);
    const second = run(applyReminderLog(base, first), "2026-11-20"); // A2's first reminder, held at 3
    expect(second.map((e) => [e.stage, e.invoices])).toEqual([
      [
        3,
        [
          { invoiceId: "A1", stage: 3 },
          { invoiceId: "A2", stage: 1 },
        ],
      ],
    ]);
    const both = applyReminderLog(base, [...first, ...second]);
    expect([both.columns.reminderStage, both.columns.reminderDate]).toEqual([
      [3, 1],
      ["2026-11-10", "2026-11-20"],
    ]);
    // 14 days after the first aanmaning, not after its repetition: the final notice on 24 Nov
    const third = reviewReminders(both, isoDay("2026-11-24")).proposals[0]!;
    expect([third.stage, third.invoices.map((i) => [i.invoiceId, i.toStage])]).toEqual([
      4,
      [
        ["A1", 4],
        ["A2", 1],
      ],
    ]);
  });
});
