/**
 * The DSO rule: DSO, BPDSO, ADD (and CEI) need settled invoices in the sales window. A list of open
 * items — partly paid rows included — is not a payment history and gives "n.b." with the reason; a
 * ledger that records paid invoices in the window gives the figures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildReport } from "../../src/analytics";
import { reportJson, reportHtml, reportSheetSpec } from "../../src/documents";
import type { IsoDay } from "../../src/core";
import { readLedgerFile } from "../../src/formats";
import { testLedger, type TestInvoice } from "./ledger-fixture";

const AS_OF = "2026-11-30" as IsoDay;

/** An open-items list as an accounting package exports it: four invoices, every one still open. */
const OPEN_ITEMS: TestInvoice[] = [
  { customerId: "10", amount: 1_200_00, invoiceDate: "2026-06-10", dueDate: "2026-07-10" },
  { customerId: "11", amount: 3_450_00, invoiceDate: "2026-08-02", dueDate: "2026-09-01" },
  { customerId: "12", amount: 980_50, invoiceDate: "2026-09-15", dueDate: "2026-10-15" },
  { customerId: "10", amount: 2_400_00, invoiceDate: "2026-11-02", dueDate: "2026-12-02" },
];

describe("DSO family on an open-items list", () => {
  it("every row fully open: n.b. with the reason", () => {
    const model = buildReport(testLedger(OPEN_ITEMS), { asOf: AS_OF });
    const m = model.metrics;
    expect([m.dsoCountback, m.dsoStandard, m.bpdso, m.add, m.cei]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(model.history.sales).toBe(false);
    expect(model.history.notes[0]?.nl).toContain("geen betaalhistorie");
  });

  it("one row partly paid: still n.b., with the reason, not 'contains paid invoices'", () => {
    const partly = OPEN_ITEMS.map((row, i) => (i === 1 ? { ...row, openAmount: 1_000_00 } : row));
    const model = buildReport(testLedger(partly), { asOf: AS_OF });
    const m = model.metrics;
    expect([m.dsoCountback, m.dsoStandard, m.bpdso, m.add, m.cei]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(model.history.sales).toBe(false);
    expect(model.trends).toEqual([]);
    expect(model.history.notes).toHaveLength(1);
    expect(model.history.notes[0]?.en).toContain("partly paid ones included");
    expect(model.history.notes[0]?.nl).toContain("deels betaalde facturen");
    // What the old rule said: "has paid invoices but no settled dates".
    expect(model.history.notes.map((n) => n.en).join()).not.toContain("has paid invoices");
    // The figures that still hold on an open-items list are computed.
    expect(m.ar).toBe(1_200_00 + 1_000_00 + 980_50 + 2_400_00);
    expect(m.overduePct).not.toBeNull();
    const json = reportJson(model, "nl");
    expect(json.metrics.dsoCountback).toBeNull();
    expect(json.metrics.bpdso).toBeNull();
    expect(json.metrics.add).toBeNull();
    expect(json.history.notes[0]).toContain("geen betaalhistorie");
    expect(reportHtml(model, { lang: "nl" })).toContain("deels betaalde facturen");
  });

  it("property: partly paying any rows of an open-items list never makes DSO computable", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.integer({ min: 1, max: 10_000_000 }),
            paidShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
            month: fc.integer({ min: 0, max: 10 }),
          }),
          { minLength: 1, maxLength: 20 }
        ),
        (rows) => {
          const ledger = testLedger(
            rows.map((r, i) => ({
              customerId: `C${i % 3}`,
              amount: r.amount,
              openAmount: Math.max(1, r.amount - Math.floor(r.amount * r.paidShare)),
              invoiceDate: `2026-${String(r.month + 1).padStart(2, "0")}-15`,
              dueDate: `2026-${String(r.month + 2).padStart(2, "0")}-14`,
            }))
          );
          const m = buildReport(ledger, { asOf: AS_OF }).metrics;
          return m.dsoCountback === null && m.dsoStandard === null && m.bpdso === null;
        }
      )
    );
  });
});

describe("DSO family on a payment history", () => {
  // Sales: Sep 30,000, Oct 30,000, Nov 30,000 (each month one paid and one open invoice).
  const HISTORY: TestInvoice[] = [
    {
      customerId: "A",
      amount: 20_000_00,
      invoiceDate: "2026-09-05",
      dueDate: "2026-10-05",
      settledDate: "2026-10-03",
    },
    {
      customerId: "B",
      amount: 10_000_00,
      invoiceDate: "2026-09-20",
      dueDate: "2026-10-20",
      settledDate: "2026-11-25",
    },
    {
      customerId: "A",
      amount: 20_000_00,
      invoiceDate: "2026-10-05",
      dueDate: "2026-11-04",
      settledDate: "2026-11-02",
    },
    { customerId: "B", amount: 10_000_00, invoiceDate: "2026-10-20", dueDate: "2026-11-19" },
    { customerId: "A", amount: 20_000_00, invoiceDate: "2026-11-05", dueDate: "2026-12-05" },
    { customerId: "B", amount: 10_000_00, invoiceDate: "2026-11-20", dueDate: "2026-12-20" },
  ];

  it("computes DSO, BPDSO and ADD from settled invoices over the sales months", () => {
    const model = buildReport(testLedger(HISTORY), { asOf: AS_OF });
    const m = model.metrics;
    // AR 40,000 (B Oct overdue 10,000; Nov 30,000 not due); sales 90,000 over Sep–Nov = 91 days.
    expect(m.ar).toBe(40_000_00);
    expect(m.current).toBe(30_000_00);
    expect(m.sales).toBe(90_000_00);
    expect(m.days).toBe(91);
    expect(m.dsoStandard).toBeCloseTo((40 / 90) * 91, 10);
    expect(m.bpdso).toBeCloseTo((30 / 90) * 91, 10);
    expect(m.add).toBeCloseTo((10 / 90) * 91, 10);
    // Countback: Nov (30 days, 30,000) used up whole, then 10,000 / 30,000 of October's 31 days.
    expect(m.dsoCountback).toBeCloseTo(30 + (10 / 30) * 31, 10);
    expect(model.history.sales).toBe(true);
    expect(model.history.notes).toEqual([]);
  });

  it("open amount 0 without a settled date counts as settled (paid history without dates)", () => {
    const noDates = HISTORY.map(({ settledDate, ...row }) =>
      settledDate ? { ...row, openAmount: 0 } : row
    );
    const model = buildReport(testLedger(noDates), { asOf: AS_OF });
    expect(model.metrics.dsoStandard).toBeCloseTo((40 / 90) * 91, 10);
    expect(model.history.payments).toBe(false);
  });

  it("settled invoices only before the window: n.b. with the reason for the window", () => {
    const old: TestInvoice[] = [
      {
        customerId: "A",
        amount: 5_000_00,
        invoiceDate: "2025-01-05",
        dueDate: "2025-02-04",
        settledDate: "2025-02-01",
      },
      ...OPEN_ITEMS,
    ];
    const model = buildReport(testLedger(old), { asOf: AS_OF });
    expect(model.history.sales).toBe(true);
    expect(model.metrics.dsoStandard).toBeNull();
    expect(model.metrics.dsoCountback).toBeNull();
    expect(model.metrics.add).toBeNull();
    const windowNote =
      "In de 3 maanden tot de peildatum staan geen betaalde facturen: zonder betaalhistorie in die maanden zijn DSO, BPDSO, ADD en CEI niet te berekenen.";
    expect(model.history.notes.map((n) => n.nl)).toContainEqual(windowNote);
    // The report sheet's key figures give that reason beside each n.b. of the DSO family.
    const figures = reportSheetSpec(model, "nl").tables[2];
    const dsoRows = figures?.rows.filter((row) => /DSO|ADD/.test(String(row[0]))) ?? [];
    expect(dsoRows.length).toBe(4);
    for (const row of dsoRows) expect(row[4]).toBe(windowNote);
  });

  it("the IBM sample still gives its DSO figures", async () => {
    const sample = path.resolve(
      process.cwd(),
      "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv"
    );
    const { ledger } = await readLedgerFile(readFileSync(sample), "ibm.csv");
    const model = buildReport(ledger, { asOf: "2013-12-31" as IsoDay });
    const m = model.metrics;
    expect(model.history.sales).toBe(true);
    expect(model.history.notes).toEqual([]);
    for (const x of [m.dsoCountback, m.dsoStandard, m.bpdso, m.add, m.cei]) {
      expect(x).not.toBeNull();
      expect(Number.isFinite(x)).toBe(true);
    }
    expect(m.dsoStandard as number).toBeGreaterThan(0);
    expect(model.trends.length).toBe(13);
    expect(model.trends.every((p) => p.metrics.dsoStandard !== null)).toBe(true);
  });
});
