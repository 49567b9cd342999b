import {
  reminderRun,
  reviewReminders,
  describeExclusion,
  type PaymentArrangement,
} from "../../src/dunning";
import { isoDay, cents } from "../../src/core";
import { ledgerOf } from "./ledger-fixture";

const d = isoDay;
const asOf = d("2026-11-20"); // a Friday

describe("reminderRun: one proposal per customer", () => {
  it("proposes the highest due stage, lists every overdue invoice and deducts open credit notes", () => {
    const ledger = ledgerOf([
      // stage 1 sent 23 Oct: stage 2 due from 6 Nov
      {
        invoiceId: "A1",
        customerId: "C1",
        dueDate: "2026-10-16",
        openAmount: 100_000,
        reminderStage: 1,
        reminderDate: "2026-10-23",
      },
      // stage 1 due from 13 Nov
      { invoiceId: "A2", customerId: "C1", dueDate: "2026-11-06", openAmount: 50_000 },
      // overdue, but its first reminder only falls on 24 Nov: listed, not moved
      { invoiceId: "A3", customerId: "C1", dueDate: "2026-11-17", openAmount: 20_000 },
      // not yet due
      { invoiceId: "A4", customerId: "C1", dueDate: "2026-11-30", openAmount: 30_000 },
      { invoiceId: "CN1", customerId: "C1", dueDate: "2026-11-01", openAmount: -12_100 },
    ]);
    const review = reviewReminders(ledger, asOf);
    expect(review.proposals).toHaveLength(1);
    const p = review.proposals[0]!;
    expect(p).toMatchObject({
      customerId: "C1",
      debtor: "business",
      stage: 2,
      stageName: "Tweede herinnering",
      sendOn: "2026-11-20",
      paymentDeadline: "2026-11-27",
      overdueTotal: 170_000,
      creditTotal: -12_100,
      amountDue: 157_900,
    });
    expect(p.policyStage.channels).toContain("phone-task");
    expect(p.invoices.map((i) => [i.invoiceId, i.fromStage, i.toStage, i.daysOverdue])).toEqual([
      ["A1", 1, 2, 35],
      ["A2", 0, 1, 14],
      ["A3", 0, 0, 3],
    ]);
    expect(p.credits.map((c) => c.invoiceId)).toEqual(["CN1"]);
    expect(review.excluded.map((e) => [e.invoiceId, e.reason])).toEqual([["A4", "not-due"]]);
    expect(describeExclusion(review.excluded[0]!, "nl")).toBe(
      "Nog niet vervallen (vervaldatum 30-11-2026)."
    );
  });

  it("never reminds on the due date itself", () => {
    const ledger = ledgerOf([
      { invoiceId: "B1", customerId: "C2", dueDate: "2026-11-20", openAmount: 10_000 },
    ]);
    expect(reminderRun(ledger, asOf)).toEqual([]);
  });

  it("a missed run catches up one stage, not three", () => {
    // Stage 1 sent in August; stages 2, 3 and 4 would all have fallen since. The run moves it to 2.
    const ledger = ledgerOf([
      {
        invoiceId: "M1",
        customerId: "C3",
        dueDate: "2026-08-03",
        openAmount: 80_000,
        reminderStage: 1,
        reminderDate: "2026-08-10",
      },
    ]);
    const [p] = reminderRun(ledger, asOf);
    expect(p?.stage).toBe(2);
    expect(p?.invoices[0]).toMatchObject({ fromStage: 1, toStage: 2, nextStageDate: "2026-08-24" });
  });

  it("uses the consumer ladder: the 14-dagenbrief's deadline runs from receipt", () => {
    const ledger = ledgerOf([
      {
        invoiceId: "P1",
        customerId: "C4",
        debtorType: "consumer",
        dueDate: "2026-10-20",
        openAmount: 24_950,
        reminderStage: 1,
        reminderDate: "2026-10-27",
      },
    ]);
    const [p] = reminderRun(ledger, asOf);
    // sent Friday 20 Nov, received Sunday 22 Nov, 14 days from 23 Nov end Sunday 6 Dec -> Monday 7 Dec
    expect(p).toMatchObject({
      debtor: "consumer",
      policyId: "b2c",
      stage: 2,
      stageName: "14-dagenbrief",
      paymentDeadline: "2026-12-07",
    });
  });

  it("does not send the consumer ingebrekestelling before the 14-day term has run out", () => {
    const row = {
      invoiceId: "P2",
      customerId: "C5",
      debtorType: "consumer" as const,
      dueDate: "2026-10-01",
      openAmount: 30_000,
      reminderStage: 2,
      reminderDate: "2026-11-05",
    };
    // received 7 Nov, term 8..21 Nov (Saturday) -> Monday 23 Nov; stage 3 on Tuesday 24 Nov
    const waiting = reviewReminders(ledgerOf([row]), d("2026-11-23"));
    expect(waiting.proposals).toEqual([]);
    expect(waiting.excluded[0]).toMatchObject({ reason: "waiting", date: "2026-11-24" });
    expect(reminderRun(ledgerOf([row]), d("2026-11-24"))[0]?.stage).toBe(3);
  });
});

describe("reminderRun exclusions, each with its reason", () => {
  it("excludes disputed, handed-over, written-off, small and dateless items", () => {
    const ledger = ledgerOf([
      {
        invoiceId: "D1",
        customerId: "C6",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        disputed: true,
      },
      {
        invoiceId: "D2",
        customerId: "C6",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        handedOver: true,
      },
      {
        invoiceId: "D3",
        customerId: "C6",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        writtenOff: true,
      },
      { invoiceId: "D4", customerId: "C6", dueDate: "2026-10-01", openAmount: 499 },
      { invoiceId: "D5", customerId: "C6", dueDate: null, openAmount: 60_000 },
      {
        invoiceId: "D6",
        customerId: "C6",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        reminderStage: 2,
      },
      {
        invoiceId: "D7",
        customerId: "C6",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        currency: "USD",
      },
      {
        invoiceId: "D8",
        customerId: "C6",
        dueDate: "2026-01-05",
        openAmount: 60_000,
        reminderStage: 5,
        reminderDate: "2026-03-20",
      },
    ]);
    const review = reviewReminders(ledger, asOf);
    expect(review.proposals).toEqual([]);
    expect(review.excluded.map((e) => [e.invoiceId, e.reason])).toEqual([
      ["D1", "disputed"],
      ["D2", "handed-over"],
      ["D3", "written-off"],
      ["D4", "below-tolerance"],
      ["D5", "no-due-date"],
      ["D6", "missing-reminder-date"],
      ["D7", "other-currency"],
      ["D8", "ladder-finished"],
    ]);
    const texts = review.excluded.map((e) => describeExclusion(e, "nl"));
    expect(texts[0]).toBe("Betwist: eerst het geschil met de klant oplossen.");
    expect(texts[3]).toBe("Openstaand € 4,99 is minder dan de ondergrens van € 5,00.");
    expect(describeExclusion(review.excluded[3]!, "en")).toBe(
      "Open amount €4.99 is below the minimum of €5.00."
    );
  });

  it("a disputed invoice is left out while the customer's other invoices are reminded", () => {
    const ledger = ledgerOf([
      {
        invoiceId: "E1",
        customerId: "C7",
        dueDate: "2026-10-01",
        openAmount: 60_000,
        disputed: true,
      },
      { invoiceId: "E2", customerId: "C7", dueDate: "2026-11-02", openAmount: 40_000 },
    ]);
    const review = reviewReminders(ledger, asOf);
    expect(review.proposals[0]?.invoices.map((i) => i.invoiceId)).toEqual(["E2"]);
    expect(review.proposals[0]?.amountDue).toBe(40_000);
    expect(review.excluded).toMatchObject([{ invoiceId: "E1", reason: "disputed" }]);
  });

  it("honours a custom tolerance; exactly the tolerance is reminded", () => {
    const ledger = ledgerOf([
      { invoiceId: "T1", customerId: "C8", dueDate: "2026-10-01", openAmount: 2_500 },
    ]);
    expect(reminderRun(ledger, asOf, { tolerance: cents(2_500) })).toHaveLength(1);
    expect(reminderRun(ledger, asOf, { tolerance: cents(2_501) })).toHaveLength(0);
  });

  it("sends nothing when open credit notes cover the overdue amount", () => {
    const ledger = ledgerOf([
      { invoiceId: "K1", customerId: "C9", dueDate: "2026-10-01", openAmount: 10_000 },
      { invoiceId: "K2", customerId: "C9", dueDate: "2026-10-01", openAmount: -10_000 },
    ]);
    const review = reviewReminders(ledger, asOf);
    expect(review.proposals).toEqual([]);
    expect(review.excluded).toMatchObject([{ invoiceId: "K1", reason: "covered-by-credit" }]);
  });
});

describe("reminderRun with a payment arrangement", () => {
  const arrangement: PaymentArrangement = {
    id: "BR-1",
    customerId: "C10",
    invoiceIds: ["R1"],
    instalments: [
      { due: d("2026-11-10"), amount: cents(20_000) },
      { due: d("2026-12-10"), amount: cents(20_000) },
    ],
    confirmedOn: d("2026-10-28"),
  };
  const ledger = ledgerOf([
    {
      invoiceId: "R1",
      customerId: "C10",
      dueDate: "2026-09-15",
      openAmount: 20_000,
      reminderStage: 2,
      reminderDate: "2026-10-06",
    },
  ]);

  it("pauses the invoice while the arrangement is kept", () => {
    const review = reviewReminders(ledger, asOf, {
      arrangements: [{ arrangement, payments: [{ date: d("2026-11-09"), amount: cents(20_000) }] }],
    });
    expect(review.proposals).toEqual([]);
    expect(review.excluded).toMatchObject([
      { invoiceId: "R1", reason: "arrangement", arrangementId: "BR-1", date: "2026-12-10" },
    ]);
    expect(describeExclusion(review.excluded[0]!, "nl")).toBe(
      "Betalingsregeling BR-1 wordt nagekomen; volgende termijn 10-12-2026."
    );
  });

  it("resumes at the next stage once an instalment is missed", () => {
    const [p] = reminderRun(ledger, asOf, { arrangements: [{ arrangement, payments: [] }] });
    expect(p?.stage).toBe(3);
    expect(p?.invoices[0]).toMatchObject({ fromStage: 2, toStage: 3 });
    expect(p?.policyStage.mayChargeCollectionCosts).toBe(true);
  });

  it("a broken arrangement resumes no earlier than the business day after the missed instalment", () => {
    const fresh = ledgerOf([
      { invoiceId: "R1", customerId: "C10", dueDate: "2026-11-02", openAmount: 20_000 },
    ]);
    const late = { ...arrangement, instalments: [{ due: d("2026-11-19"), amount: cents(20_000) }] };
    const review = reviewReminders(fresh, d("2026-11-19"), {
      arrangements: [{ arrangement: late, payments: [] }],
    });
    expect(review.excluded).toMatchObject([{ reason: "arrangement" }]);
    expect(
      reminderRun(fresh, d("2026-11-20"), {
        arrangements: [{ arrangement: late, payments: [] }],
      })[0]?.stage
    ).toBe(1);
  });
});
