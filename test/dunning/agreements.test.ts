import fc from "fast-check";
import {
  agreementRunOptions,
  agreementsOn,
  applyDisputes,
  describeExclusion,
  planInstalments,
  reviewReminders,
  type ConversationEntry,
} from "../../src/dunning";
import { isoDay, cents, type IsoDay } from "../../src/core";
import { conversationEntry } from "./conversation-fixture";
import { ledgerOf } from "./ledger-fixture";

const d = isoDay;

function entry(
  e: Partial<ConversationEntry> & Pick<ConversationEntry, "kind" | "customerId">
): ConversationEntry {
  return conversationEntry(d("2026-11-02"), e);
}

/** The review on `asOf` with the agreements of `log` applied, as the app does it. */
function run(ledger: ReturnType<typeof ledgerOf>, log: ConversationEntry[], asOf: IsoDay) {
  const agreements = agreementsOn(ledger, log, asOf);
  return {
    agreements,
    review: reviewReminders(
      applyDisputes(ledger, agreements),
      asOf,
      agreementRunOptions(agreements)
    ),
  };
}

describe("planInstalments: a betalingsregeling", () => {
  it("3 monthly instalments roll past a weekend, Easter Monday and Koningsdag, and add up to the cent", () => {
    const plan = planInstalments({
      total: cents(100_000),
      count: 3,
      first: d("2027-03-27"),
      every: "month",
    });
    // Sat 27-03-2027 → Sun → Easter Monday 29-03 → Tue 30-03; Tue 27-04 is Koningsdag → Wed 28-04.
    expect(plan).toEqual([
      { due: "2027-03-30", amount: 33_333 },
      { due: "2027-04-28", amount: 33_333 },
      { due: "2027-05-27", amount: 33_334 },
    ]);
  });

  it("keeps the day of the month from the first nominal day (a month without that day takes its last day)", () => {
    const plan = planInstalments({
      total: cents(90_000),
      count: 3,
      first: d("2027-01-29"),
      every: "month",
    });
    expect(plan.map((p) => p.due)).toEqual(["2027-01-29", "2027-03-01", "2027-03-30"]); // 29 Feb → 28 Feb (Sun) → 1 Mar; 29 Mar is Easter Monday
    expect(plan.map((p) => p.amount)).toEqual([30_000, 30_000, 30_000]);
    const late = planInstalments({
      total: cents(90_000),
      count: 3,
      first: d("2027-01-31"),
      every: "month",
    });
    expect(late.map((p) => p.due)).toEqual(["2027-02-01", "2027-03-01", "2027-03-31"]);
  });

  it("every two weeks and weekly", () => {
    expect(
      planInstalments({
        total: cents(1_000),
        count: 3,
        first: d("2026-12-14"),
        every: "2weeks",
      }).map((p) => p.due)
    ).toEqual(["2026-12-14", "2026-12-28", "2027-01-11"]);
    expect(
      planInstalments({ total: cents(1_000), count: 2, first: d("2026-12-18"), every: "week" }).map(
        (p) => p.due
      )
    ).toEqual(["2026-12-18", "2026-12-28"]); // Fri 25-12 is Christmas, Sat, Sun → Mon 28-12
  });

  it("refuses a first date past the latest allowed, a zero amount and a bad count, naming the value", () => {
    expect(() =>
      planInstalments({
        total: cents(1_000),
        count: 2,
        first: d("2027-01-30"),
        every: "month",
        latestFirst: d("2027-01-31"),
      })
    ).toThrow(/2027-02-01, later than 2027-01-31/);
    expect(() =>
      planInstalments({ total: cents(0), count: 2, first: d("2027-01-04"), every: "month" })
    ).toThrow(/0/);
    expect(() =>
      planInstalments({ total: cents(1_000), count: 0, first: d("2027-01-04"), every: "month" })
    ).toThrow(/number of instalments 0/);
  });

  it("property: the instalments add up to the total, differ by less than the count in cents, and fall on business days in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.constantFrom("month" as const, "2weeks" as const, "week" as const),
        (total, count, offset, every) => {
          const first = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const plan = planInstalments({ total: cents(total), count, first: d(first), every });
          expect(plan.reduce((s, p) => s + p.amount, 0)).toBe(total);
          const amounts = plan.map((p) => p.amount);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThan(count);
          for (let i = 1; i < plan.length; i++) expect(plan[i]!.due > plan[i - 1]!.due).toBe(true);
          for (const p of plan) {
            const day = new Date(`${p.due}T00:00:00Z`).getUTCDay();
            expect(day === 0 || day === 6).toBe(false);
          }
        }
      )
    );
  });
});

describe("agreementsOn: kept, late and broken decided from the ledger's open amounts", () => {
  const plan = [
    { due: "2026-11-16", amount: 40_000 },
    { due: "2026-12-16", amount: 40_000 },
    { due: "2027-01-18", amount: 40_000 },
  ];
  const log = plan.map((p, n) =>
    entry({
      kind: "instalment",
      customerId: "C1",
      invoiceIds: ["F1", "F2"],
      arrangementId: "R-C1-1",
      amount: cents(p.amount),
      due: d(p.due),
      openAtStart: n === 0 ? cents(120_000) : null,
    })
  );
  // Two invoices overdue since September, stage 2 sent in October: the ladder would send stage 3.
  const ledgerWith = (openF1: number, openF2: number) =>
    ledgerOf([
      {
        invoiceId: "F1",
        customerId: "C1",
        dueDate: "2026-09-01",
        openAmount: openF1,
        reminderStage: 2,
        reminderDate: "2026-10-01",
      },
      {
        invoiceId: "F2",
        customerId: "C1",
        dueDate: "2026-09-15",
        openAmount: openF2,
        reminderStage: 2,
        reminderDate: "2026-10-01",
      },
    ]);

  it("kept: the first instalment paid (F1 paid down by € 400): the invoices wait, the next instalment named", () => {
    const { agreements, review } = run(ledgerWith(30_000, 50_000), log, d("2026-11-20"));
    expect(agreements.arrangements[0]).toMatchObject({
      state: "kept",
      paid: 40_000,
      total: 120_000,
      next: plan[1],
    });
    expect(review.proposals).toHaveLength(0);
    expect(review.excluded.map((e) => [e.invoiceId, e.reason, e.arrangementId, e.date])).toEqual([
      ["F1", "arrangement", "R-C1-1", "2026-12-16"],
      ["F2", "arrangement", "R-C1-1", "2026-12-16"],
    ]);
  });

  it("late: nothing paid, two days after the first instalment (grace 3): still waiting, flagged late", () => {
    const { agreements, review } = run(ledgerWith(70_000, 50_000), log, d("2026-11-18"));
    expect(agreements.arrangements[0]).toMatchObject({
      state: "late",
      paid: 0,
      missed: plan[0],
      shortBy: 40_000,
    });
    expect(review.proposals).toHaveLength(0);
  });

  it("broken: € 300 paid of € 400 and the grace passed: the ladder resumes where it stood (stage 3)", () => {
    const { agreements, review } = run(ledgerWith(40_000, 50_000), log, d("2026-11-20"));
    expect(agreements.arrangements[0]).toMatchObject({
      state: "broken",
      paid: 30_000,
      shortBy: 10_000,
    });
    expect(review.proposals).toHaveLength(1);
    expect(review.proposals[0]).toMatchObject({ customerId: "C1", stage: 3 });
  });

  it("completed once the whole € 1.200 is paid", () => {
    const { agreements } = run(ledgerWith(0, 0), log, d("2026-12-01"));
    expect(agreements.arrangements[0]).toMatchObject({ state: "completed", paid: 120_000 });
  });
});

describe("a promise to pay holds the ladder, then resumes it", () => {
  const ledger = ledgerOf([
    {
      invoiceId: "P1",
      customerId: "C2",
      dueDate: "2026-10-20",
      openAmount: 80_000,
      reminderStage: 1,
      reminderDate: "2026-10-27",
    },
  ]);
  const promise = entry({
    kind: "promise",
    customerId: "C2",
    date: d("2026-11-16"),
    invoiceIds: ["P1"],
    amount: cents(80_000),
    due: d("2026-11-25"),
    openAtStart: cents(80_000),
  });

  it("without the promise stage 2 is due on 20-11; with it the invoice waits until 28-11 (25-11 + 3 days)", () => {
    expect(run(ledger, [], d("2026-11-20")).review.proposals).toHaveLength(1);
    const { agreements, review } = run(ledger, [promise], d("2026-11-20"));
    expect(agreements.promises[0]).toMatchObject({ state: "pending", until: "2026-11-28" });
    expect(review.proposals).toHaveLength(0);
    const excluded = review.excluded[0]!;
    expect(excluded).toMatchObject({ invoiceId: "P1", reason: "promise", date: "2026-11-28" });
    expect(describeExclusion(excluded, "nl")).toBe(
      "Betalingsbelofte: de klant heeft betaling toegezegd; de herinneringen wachten t/m 28-11-2026."
    );
  });

  it("on 28-11 it still holds; on 30-11, unpaid, the promise is missed and stage 2 goes out", () => {
    expect(run(ledger, [promise], d("2026-11-28")).review.proposals).toHaveLength(0);
    const { agreements, review } = run(ledger, [promise], d("2026-11-30"));
    expect(agreements.promises[0]).toMatchObject({ state: "missed", paid: 0 });
    expect(review.proposals[0]).toMatchObject({ customerId: "C2", stage: 2 });
  });

  it("a promise made later than the run day does not count yet", () => {
    expect(agreementsOn(ledger, [promise], d("2026-11-15")).promises).toHaveLength(0);
  });

  it("kept when the ledger shows it paid", () => {
    const paid = ledgerOf([
      { invoiceId: "P1", customerId: "C2", dueDate: "2026-10-20", openAmount: 0 },
    ]);
    expect(agreementsOn(paid, [promise], d("2026-11-30")).promises[0]).toMatchObject({
      state: "kept",
      paid: 80_000,
    });
  });
});

describe("a dispute holds its invoice only", () => {
  const ledger = ledgerOf(
    ["D1", "D2", "D3"].map((id) => ({
      invoiceId: id,
      customerId: "C3",
      dueDate: "2026-10-01",
      openAmount: 10_000,
    }))
  );
  const dispute = entry({
    kind: "dispute",
    customerId: "C3",
    invoiceIds: ["D2"],
    reason: "Levering onvolledig: 2 dozen ontbraken",
    due: d("2026-11-13"),
    status: "open",
    owner: "MV",
  });

  it("D2 is left out as disputed; D1 and D3 get their reminder; the follow-up day has passed", () => {
    const { agreements, review } = run(ledger, [dispute], d("2026-11-20"));
    expect(agreements.disputes[0]).toMatchObject({ open: true, followUpPassed: true });
    expect(review.proposals[0]!.invoices.map((i) => i.invoiceId)).toEqual(["D1", "D3"]);
    expect(review.excluded.map((e) => [e.invoiceId, e.reason])).toEqual([["D2", "disputed"]]);
  });

  it("resolved (credit note) it no longer holds anything", () => {
    const { agreements, review } = run(
      ledger,
      [{ ...dispute, status: "credit-note" }],
      d("2026-11-20")
    );
    expect(agreements.disputes[0]).toMatchObject({ open: false, followUpPassed: false });
    expect(review.proposals[0]!.invoices.map((i) => i.invoiceId)).toEqual(["D1", "D2", "D3"]);
  });
});
