import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { statutoryInterest, collectionCosts, cents, isoDay } from "../../src/core";
import { reminderRun } from "../../src/dunning";
import {
  handoffClaims,
  handoffJson,
  handoffTable,
  lettersFor,
  DEMO_COMPANY,
} from "../../src/documents";
import {
  applyHandovers,
  markHandedOver,
  NO_HANDOVERS,
  undoHandover,
  applyReminderLog,
  reminderLogEntries,
} from "../../src/records";
import { ledgerOf } from "../dunning/ledger-fixture";

const demo = demoLedger();
const ledger = readLedger(demo.values(), { asOf: demo.asOf }).ledger;
const allCustomers = [...new Set(ledger.columns.customerId)];

describe("incassobureau export of the demo ledger", () => {
  const file = handoffClaims(ledger, allCustomers, demo.asOf);

  it("has claims, and its control line is the sum of the claims", () => {
    expect(file.claims.length).toBeGreaterThan(10);
    const sum = (f: (c: (typeof file.claims)[number]) => number) =>
      file.claims.reduce((s, c) => s + f(c), 0);
    expect(file.control).toEqual({
      count: file.claims.length,
      principal: sum((c) => c.principal),
      interest: sum((c) => c.interest),
      costs: sum((c) => c.costs),
      total: sum((c) => c.total),
    });
    const last = handoffTable(file).rows.at(-1)!;
    expect(last[0]).toBe("Controletotaal");
    expect(last[17]).toBe(file.control.principal / 100);
    expect((handoffJson(file) as { control: unknown }).control).toEqual(file.control);
  });

  it("interest per claim is statutoryInterest for that claim", () => {
    for (const c of file.claims) {
      const expected = statutoryInterest({
        principal: c.principal,
        from: c.dueDate!,
        to: demo.asOf,
        kind: c.debtor.debtorType === "consumer" ? "consumer" : "commercial",
      });
      expect([c.invoiceId, c.interest, c.interestPeriods]).toEqual([
        c.invoiceId,
        expected.interest,
        expected.periods,
      ]);
      expect(c.total).toBe(c.principal + c.interest + c.costs);
    }
  });

  it("business costs are the staffel on the debtor's principal, spread to the cent", () => {
    const byDebtor = new Map<string, { principal: number; costs: number; consumer: boolean }>();
    for (const c of file.claims) {
      const d = byDebtor.get(c.debtor.customerId) ?? {
        principal: 0,
        costs: 0,
        consumer: c.debtor.debtorType === "consumer",
      };
      d.principal += c.principal;
      d.costs += c.costs;
      byDebtor.set(c.debtor.customerId, d);
    }
    for (const d of byDebtor.values())
      if (!d.consumer) expect(d.costs).toBe(collectionCosts(cents(d.principal)));
  });
});

describe("consumer costs need a 14-dagenbrief whose term has run out", () => {
  const base = {
    customerId: "P1",
    debtorType: "consumer" as const,
    dueDate: "2026-08-01",
    openAmount: 100_000,
  };
  it("no letter: no costs; letter with term over: staffel costs", () => {
    const none = handoffClaims(
      ledgerOf([{ ...base, invoiceId: "F1", reminderStage: 1, reminderDate: "2026-09-01" }]),
      ["P1"],
      isoDay("2026-11-20")
    );
    expect(none.claims[0]).toMatchObject({
      costs: 0,
      fourteenDayLetter: { sent: false, date: null },
    });
    const sent = handoffClaims(
      ledgerOf([{ ...base, invoiceId: "F1", reminderStage: 2, reminderDate: "2026-10-01" }]),
      ["P1"],
      isoDay("2026-11-20")
    );
    expect(sent.claims[0]).toMatchObject({
      costs: 15_000,
      fourteenDayLetter: { sent: true, date: "2026-10-01" },
    });
    const running = handoffClaims(
      ledgerOf([{ ...base, invoiceId: "F1", reminderStage: 2, reminderDate: "2026-11-10" }]),
      ["P1"],
      isoDay("2026-11-20")
    );
    expect(running.claims[0]!.costs).toBe(0);
  });
});

describe("saved state: hand-over marks and the reminder log", () => {
  it("marks claims handed over so the ladder stops, and undo restores it", () => {
    const file = handoffClaims(ledger, allCustomers, demo.asOf);
    const claims = file.claims.map((c) => ({
      customerId: c.debtor.customerId,
      invoiceId: c.invoiceId,
    }));
    const state = markHandedOver(NO_HANDOVERS, claims, demo.asOf, "batch-1");
    expect(state.records).toHaveLength(claims.length);
    expect(markHandedOver(state, claims, demo.asOf, "batch-2").records).toHaveLength(claims.length);
    const marked = applyHandovers(ledger, state);
    const handed = new Set(claims.map((c) => c.invoiceId));
    for (const p of reminderRun(marked, demo.asOf))
      for (const inv of p.invoices) expect(handed.has(inv.invoiceId)).toBe(false);
    expect(ledger.columns.handedOver.filter(Boolean)).toHaveLength(3); // input untouched
    expect(undoHandover(state, "batch-1")).toEqual(NO_HANDOVERS);
  });

  it("the log moves the ledger's reminder columns, so the next run does not repeat the stage", () => {
    const proposals = reminderRun(ledger, demo.asOf);
    expect(proposals.length).toBeGreaterThan(0);
    const log = reminderLogEntries(lettersFor(ledger, proposals, { company: DEMO_COMPANY }));
    expect(log.map((e) => e.customerId)).toEqual(proposals.map((p) => p.customerId));
    const after = applyReminderLog(ledger, log);
    expect(reminderRun(after, demo.asOf)).toEqual([]);
    expect(ledger.columns.reminderStage).not.toBe(after.columns.reminderStage);
  });
});
