// applyRecords with all five kinds: the payments record lowers open amounts (never twice for a
// payment the export already shows, never below zero), the reminder log and the hand-overs apply
// after it, and the run honours the conversation's promises, arrangements and disputes.
import fc from "fast-check";
import {
  applyRecords,
  applyRecordsWithEffects,
  analyseWithRecords,
  DEFAULT_SETTINGS,
  NO_RECORDS,
  reviewRun,
  unmatchedRecords,
} from "../../src/app";
import { cents, isoDay, type Cents } from "../../src/core";
import type { ConversationEntry } from "../../src/dunning";
import type { PaymentRecord } from "../../src/payments";
import { markHandedOver, NO_HANDOVERS } from "../../src/records";
import { ledgerOf } from "../dunning/ledger-fixture";

const AS_OF = isoDay("2026-12-07");

/** K1 owes three overdue invoices, K2 one; F3 was already paid 400,00 of its 1.000,00 in the export. */
const ledger = ledgerOf([
  { invoiceId: "F1", customerId: "K1", dueDate: "2026-10-01", openAmount: 40000 },
  { invoiceId: "F2", customerId: "K1", dueDate: "2026-10-15", openAmount: 20000 },
  {
    invoiceId: "F3",
    customerId: "K1",
    dueDate: "2026-10-20",
    openAmount: 60000,
    amount: cents(100000),
  },
  { invoiceId: "G1", customerId: "K2", dueDate: "2026-10-01", openAmount: 90000 },
]);

const payment = (
  customerId: string,
  invoiceId: string,
  amount: number,
  day: string | null = "2026-12-01"
): PaymentRecord => ({
  statementKey: "NL91ABNA0417164300/2026-48",
  entryKey: `${invoiceId}-${amount}`,
  day: day === null ? null : isoDay(day),
  customerId,
  invoiceId,
  amount: amount as Cents,
  name: null,
  iban: null,
  reference: null,
});

const entry = (
  e: Partial<ConversationEntry> & Pick<ConversationEntry, "kind">
): ConversationEntry => ({
  date: isoDay("2026-12-01"),
  customerId: "K1",
  invoiceIds: [],
  amount: null,
  due: null,
  openAtStart: null,
  arrangementId: null,
  reason: "",
  status: null,
  owner: "",
  note: "",
  ...e,
});

describe("applyRecords: the payments record", () => {
  const payments = [
    payment("K1", "F1", 15000), // part of F1
    payment("K1", "F2", 20000, "2026-12-03"), // F2 paid off
    payment("K1", "F3", 40000), // the 400,00 the export already shows
    payment("K9", "X1", 5000), // an invoice of other books
  ];
  const applied = applyRecordsWithEffects(ledger, { ...NO_RECORDS, payments }, AS_OF);
  const c = applied.ledger.columns;

  it("lowers the open amounts to the cent, settles what it pays off, and counts nothing twice", () => {
    expect(c.openAmount).toEqual([25000, 0, 60000, 90000]);
    expect(c.settledDate).toEqual([null, "2026-12-03", null, null]);
    // 150,00 + 200,00; the 400,00 on F3 was in the export already.
    expect(applied.paymentsApplied).toBe(35000);
    expect(applied.payments.find((e) => e.invoiceId === "F3")).toMatchObject({
      openBefore: 60000,
      openAfter: 60000,
      inLedger: true,
    });
    expect(ledger.columns.openAmount).toEqual([40000, 20000, 60000, 90000]); // pure
  });

  it("a payment for an invoice the ledger lacks is listed as not applied, with its kind", () => {
    expect(unmatchedRecords(ledger, { ...NO_RECORDS, payments })).toEqual([
      { kind: "payments", customerId: "K9", invoiceId: "X1", reason: "absent" },
    ]);
  });

  it("the reminder run then reminds only what is still open", () => {
    const review = reviewRun(applied.ledger, AS_OF, DEFAULT_SETTINGS);
    const reminded = review.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId));
    expect(reminded).not.toContain("F2");
    expect(reminded).toEqual(expect.arrayContaining(["F1", "F3", "G1"]));
    const f1 = review.proposals.flatMap((p) => p.invoices).find((i) => i.invoiceId === "F1");
    expect(f1?.openAmount).toBe(25000);
  });

  it("the hand-overs apply after the payments", () => {
    const handovers = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "K2", invoiceId: "G1" }],
      AS_OF,
      "incasso-1",
      "collection"
    );
    const both = applyRecords(ledger, { ...NO_RECORDS, payments, handovers }, AS_OF);
    expect(both.columns.handedOver).toEqual([false, false, false, true]);
    expect(both.columns.openAmount).toEqual([25000, 0, 60000, 90000]);
  });
});

describe("applyRecords and the run honour the conversation", () => {
  const conversation = [
    // K1 promises 400,00 on F1 by 10 december: the ladder holds F1 until 13 december.
    entry({
      kind: "promise",
      invoiceIds: ["F1"],
      amount: cents(40000),
      due: isoDay("2026-12-10"),
      openAtStart: cents(40000),
    }),
    // F3 is disputed.
    entry({ kind: "dispute", invoiceIds: ["F3"], reason: "Levering onvolledig", status: "open" }),
    // K2 pays G1 in three instalments.
    ...["2026-12-15", "2027-01-15", "2027-02-15"].map((due) =>
      entry({
        kind: "instalment",
        customerId: "K2",
        invoiceIds: ["G1"],
        amount: cents(30000),
        due: isoDay(due),
        openAtStart: cents(90000),
        arrangementId: "R-K2-1",
      })
    ),
  ];
  const records = { ...NO_RECORDS, conversation };

  it("an open dispute marks its invoice disputed, from the day it was recorded", () => {
    expect(applyRecords(ledger, records, AS_OF).columns.disputed).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(applyRecords(ledger, records, isoDay("2026-11-30")).columns.disputed).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("the promise, the arrangement and the dispute each leave their invoice out, and say why", () => {
    const review = reviewRun(
      applyRecords(ledger, records, AS_OF),
      AS_OF,
      DEFAULT_SETTINGS,
      NO_HANDOVERS,
      conversation
    );
    const why = new Map(review.excluded.map((e) => [e.invoiceId, e.reason]));
    expect(why.get("F1")).toBe("promise");
    expect(why.get("F3")).toBe("disputed");
    expect(why.get("G1")).toBe("arrangement");
    expect(review.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId))).toEqual(["F2"]);
  });

  it("after the grace of a missed promise the ladder resumes", () => {
    const later = isoDay("2026-12-14");
    const review = reviewRun(
      applyRecords(ledger, records, later),
      later,
      DEFAULT_SETTINGS,
      NO_HANDOVERS,
      conversation
    );
    const reminded = review.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId));
    expect(reminded).toContain("F1");
  });

  it("a recorded payment counts towards the promise: paid in full, it no longer holds", () => {
    const paid = { ...records, payments: [payment("K1", "F1", 40000)] };
    const applied = applyRecords(ledger, paid, AS_OF);
    expect(applied.columns.openAmount[0]).toBe(0);
    const review = reviewRun(applied, AS_OF, DEFAULT_SETTINGS, NO_HANDOVERS, conversation);
    expect(review.excluded.find((e) => e.invoiceId === "F1")).toBeUndefined();
  });

  it("a conversation row about an invoice of another customer is listed, not applied", () => {
    const stray = [
      entry({ kind: "dispute", customerId: "K2", invoiceIds: ["F1"], status: "open" }),
    ];
    expect(
      applyRecords(ledger, { ...NO_RECORDS, conversation: stray }, AS_OF).columns.disputed
    ).toEqual([false, false, false, false]);
    expect(unmatchedRecords(ledger, { ...NO_RECORDS, conversation: stray })).toEqual([
      {
        kind: "conversations",
        customerId: "K2",
        invoiceId: "F1",
        reason: "other-customer",
        ledgerCustomerId: "K1",
      },
    ]);
  });
});

describe("applying payments, as a property", () => {
  const invoices = fc.array(
    fc.record({
      amount: fc.integer({ min: 0, max: 10_000_000 }),
      paidInLedger: fc.integer({ min: 0, max: 100 }), // percent the export shows as paid
    }),
    { minLength: 1, maxLength: 12 }
  );
  const arb = invoices.chain((inv) =>
    fc.tuple(
      fc.constant(inv),
      fc.array(
        fc.record({
          index: fc.integer({ min: 0, max: inv.length + 2 }), // past the end: not in the ledger
          amount: fc.integer({ min: 1, max: 5_000_000 }),
        }),
        { maxLength: 20 }
      )
    )
  );
  const build = (inv: { amount: number; paidInLedger: number }[]) =>
    ledgerOf(
      inv.map((i, n) => ({
        invoiceId: `F${n}`,
        customerId: "K1",
        dueDate: "2026-10-01",
        amount: i.amount as Cents,
        openAmount: i.amount - Math.floor((i.amount * i.paidInLedger) / 100),
      }))
    );

  it("never makes an open amount negative or larger, and lowers the total by at most what was recorded", () => {
    fc.assert(
      fc.property(arb, ([inv, recs]) => {
        const l = build(inv);
        const payments = recs.map((r) => payment("K1", `F${r.index}`, r.amount));
        const out = applyRecordsWithEffects(l, { ...NO_RECORDS, payments });
        const found = recs.filter((r) => r.index < inv.length);
        const before = l.columns.openAmount;
        out.ledger.columns.openAmount.forEach((open, n) => {
          expect(open).toBeGreaterThanOrEqual(0);
          expect(open).toBeLessThanOrEqual(before[n]!);
        });
        const lowered = before.reduce<number>(
          (s, o, n) => s + o - out.ledger.columns.openAmount[n]!,
          0
        );
        expect(out.paymentsApplied).toBe(lowered);
        expect(lowered).toBeLessThanOrEqual(found.reduce((s, r) => s + r.amount, 0));
      })
    );
  });

  it("with an export that shows nothing paid and no overpayment, total applied = the matched records' sum", () => {
    fc.assert(
      fc.property(arb, ([inv, recs]) => {
        const l = build(inv.map((i) => ({ ...i, paidInLedger: 0 })));
        // Keep each invoice's recorded sum within its amount.
        const room = inv.map((i) => i.amount);
        const kept = recs.filter((r) => {
          if (r.index >= inv.length) return true;
          if (r.amount > room[r.index]!) return false;
          room[r.index]! -= r.amount;
          return true;
        });
        const payments = kept.map((r) => payment("K1", `F${r.index}`, r.amount));
        const out = applyRecordsWithEffects(l, { ...NO_RECORDS, payments });
        const matched = kept.filter((r) => r.index < inv.length).reduce((s, r) => s + r.amount, 0);
        expect(out.paymentsApplied).toBe(matched);
        expect(unmatchedRecords(l, { ...NO_RECORDS, payments }).length).toBe(
          new Set(kept.filter((r) => r.index >= inv.length).map((r) => r.index)).size
        );
      })
    );
  });
});

describe("the pane's analysis takes every record with the same call", () => {
  it("analyseWithRecords applies the payments and honours the conversation", () => {
    const conversation = [
      entry({
        kind: "promise",
        invoiceIds: ["F1"],
        amount: cents(25000),
        due: isoDay("2026-12-10"),
        openAtStart: cents(25000),
      }),
      entry({ kind: "dispute", invoiceIds: ["F3"], reason: "Prijs", status: "open" }),
    ];
    const payments = [payment("K1", "F1", 15000), payment("K2", "G1", 90000)];
    const result = analyseWithRecords(
      {
        ledger,
        asOf: AS_OF,
        dayBasis: "today",
        today: AS_OF,
        records: { ...NO_RECORDS, conversation, payments },
        administration: null,
      },
      DEFAULT_SETTINGS
    );
    expect(result.paymentsApplied).toBe(105000);
    expect(result.ledger.columns.openAmount).toEqual([25000, 20000, 60000, 0]);
    expect(result.analysis.report.control.ledgerOpen).toBe(105000);
    expect(result.analysis.report.control.reconciles).toBe(true);
    const why = new Map(result.analysis.reminders.excluded.map((e) => [e.invoiceId, e.reason]));
    expect(why.get("F1")).toBe("promise");
    expect(why.get("F3")).toBe("disputed");
    expect(
      result.analysis.reminders.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId))
    ).toEqual(["F2"]);
  });
});
