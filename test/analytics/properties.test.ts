import fc from "fast-check";
import { addDays, type IsoDay } from "../../src/core";
import { buildReport } from "../../src/analytics";
import { testLedger, type TestInvoice } from "./ledger-fixture";

const BASE = "2025-01-01" as IsoDay;
const AS_OF = "2025-12-31" as IsoDay;

const invoiceArb = fc
  .record({
    customer: fc.integer({ min: 1, max: 6 }),
    day: fc.integer({ min: 0, max: 420 }),
    term: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    amount: fc.integer({ min: -50_000, max: 2_000_000 }),
    settleAfter: fc.option(fc.integer({ min: -10, max: 120 }), { nil: null }),
    partial: fc.integer({ min: 0, max: 100 }),
    writtenOff: fc.boolean(),
    undated: fc.integer({ min: 0, max: 30 }),
  })
  .map((r): TestInvoice => {
    const invoiceDate = r.undated === 0 ? null : addDays(BASE, r.day);
    const dueDate = invoiceDate && r.term !== null ? addDays(invoiceDate, r.term) : null;
    const settledDate =
      invoiceDate && dueDate && r.settleAfter !== null ? addDays(dueDate, r.settleAfter) : null;
    return {
      customerId: `C${r.customer}`,
      invoiceDate,
      dueDate,
      amount: r.amount,
      settledDate,
      openAmount: settledDate ? 0 : Math.trunc((r.amount * r.partial) / 100),
      writtenOff: r.writtenOff && r.undated % 5 === 0,
    };
  });

const ledgerArb = fc.array(invoiceArb, { minLength: 1, maxLength: 60 });
const edgesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 })
  .map((edges) => edges.sort((a, b) => a - b));

describe("report properties", () => {
  it("the buckets partition the open total, in total and per customer, to the cent", () => {
    fc.assert(
      fc.property(
        ledgerArb,
        edgesArb,
        fc.integer({ min: 0, max: 420 }),
        fc.boolean(),
        (invoices, edges, day, byInvoice) => {
          const model = buildReport(testLedger(invoices), {
            asOf: addDays(BASE, day),
            edges,
            basis: byInvoice ? "invoice" : "due",
          });
          const sum = Array.from(model.ageing.buckets).reduce((a, b) => a + b, 0);
          expect(sum).toBe(model.metrics.ar);
          expect(model.ageing.total).toBe(model.metrics.ar);
          expect(model.control.reconciles).toBe(true);
          for (const row of model.customers)
            expect(row.buckets.reduce((a, b) => a + b, 0)).toBe(row.open);
          expect(model.customers.reduce((a, row) => a + row.open, 0)).toBe(model.metrics.ar);
        }
      )
    );
  });

  it("the forecast sums to AR", () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer({ min: 0, max: 420 }), (invoices, day) => {
        const model = buildReport(testLedger(invoices), { asOf: addDays(BASE, day) });
        const f = model.forecast;
        expect(f.amounts.reduce((a, b) => a + b, 0) + f.later).toBe(model.metrics.ar);
        expect(f.total).toBe(model.metrics.ar);
      })
    );
  });

  it("every DSO variant, CEI and the percentages are unchanged when all amounts are multiplied by k", () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer({ min: 2, max: 500 }), (invoices, k) => {
        const scaled = invoices.map((inv) => ({
          ...inv,
          amount: inv.amount * k,
          openAmount: (inv.openAmount ?? 0) * k,
        }));
        const a = buildReport(testLedger(invoices), { asOf: AS_OF });
        const b = buildReport(testLedger(scaled), { asOf: AS_OF });
        for (const key of [
          "dsoCountback",
          "dsoStandard",
          "bpdso",
          "add",
          "cei",
          "overduePct",
          "over90Pct",
        ] as const)
          expect(b.metrics[key]).toBe(a.metrics[key]);
        expect(b.trends.map((p) => p.metrics.dsoCountback)).toEqual(
          a.trends.map((p) => p.metrics.dsoCountback)
        );
        expect(b.trends.map((p) => p.metrics.dsoStandard)).toEqual(
          a.trends.map((p) => p.metrics.dsoStandard)
        );
        expect(b.badDebt.rolling12m.rate).toBe(a.badDebt.rolling12m.rate);
      })
    );
  });
});
