/**
 * The report on the real IBM sample at several month-ends, against values derived here with plain
 * loops over the invoices (no code shared with src/analytics beyond reading the file).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readLedgerFile } from "../../src/formats";
import { ledgerRows } from "../../src/ledger";
import { buildReport } from "../../src/analytics";
import type { IsoDay } from "../../src/core";

const SAMPLE = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");
const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const iso = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe("report on the IBM accounts-receivable sample", () => {
  let rows: ReturnType<typeof ledgerRows>;
  let ledger: Awaited<ReturnType<typeof readLedgerFile>>["ledger"];
  beforeAll(async () => {
    const result = await readLedgerFile(readFileSync(SAMPLE), "ibm.csv");
    ledger = result.ledger;
    rows = ledgerRows(ledger);
  });

  for (const asOf of ["2013-03-31", "2013-06-30", "2013-09-30", "2013-12-31", "2013-11-15"]) {
    it(`at ${asOf}: ageing, AR and the DSO family match a plain loop, to the cent`, () => {
      const d = ms(asOf);
      let ar = 0;
      let current = 0;
      let over90 = 0;
      const buckets = [0, 0, 0, 0, 0];
      const perCustomer = new Map<string, number>();
      for (const r of rows) {
        const inv = ms(r.invoiceDate as string);
        const settled = r.settledDate === null ? Infinity : ms(r.settledDate);
        if (inv > d || settled <= d) continue;
        ar += r.amount;
        perCustomer.set(r.customerId, (perCustomer.get(r.customerId) ?? 0) + r.amount);
        const late = d - ms(r.dueDate as string);
        if (late <= 0) current += r.amount;
        if (late > 90) over90 += r.amount;
        const b = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        buckets[b] = (buckets[b] as number) + r.amount;
      }
      // Standard DSO over the 3 months ending at asOf (whole months for a month-end).
      const [y, m] = asOf.split("-").map(Number) as [number, number];
      const monthEnd = asOf === iso(Date.UTC(y, m, 0) / 86_400_000);
      const start = monthEnd
        ? Date.UTC(y, m - 3, 0) / 86_400_000
        : Date.UTC(y, m - 4, Number(asOf.slice(8))) / 86_400_000;
      let sales = 0;
      for (const r of rows) {
        const inv = ms(r.invoiceDate as string);
        if (inv > start && inv <= d) sales += r.amount;
      }
      // Countback, walking back month by month.
      let remaining = ar;
      let countback = 0;
      for (let k = 0; ; k++) {
        const first = Date.UTC(y, m - 1 - k, 1) / 86_400_000;
        const last = k === 0 ? d : Date.UTC(y, m - k, 0) / 86_400_000;
        const days = last - first + 1;
        let s = 0;
        for (const r of rows) {
          const inv = ms(r.invoiceDate as string);
          if (inv >= first && inv <= last) s += r.amount;
        }
        if (remaining < s) {
          countback += (remaining / s) * days;
          break;
        }
        remaining -= s;
        countback += days;
      }

      const model = buildReport(ledger, { asOf: asOf as IsoDay });
      expect(model.metrics.ar).toBe(ar);
      expect(model.ageing.total).toBe(ar);
      expect(Array.from(model.ageing.buckets.subarray(0, 5))).toEqual(buckets);
      expect(model.ageing.buckets[5]).toBe(0);
      expect(buckets.reduce((a, b) => a + b, 0)).toBe(ar);
      expect(model.control.reconciles).toBe(true);
      expect(model.metrics.current).toBe(current);
      expect(model.metrics.over90).toBe(over90);
      expect(model.metrics.sales).toBe(sales);
      expect(model.metrics.dsoStandard).toBeCloseTo((ar / sales) * (d - start), 9);
      expect(model.metrics.bpdso).toBeCloseTo((current / sales) * (d - start), 9);
      expect(model.metrics.dsoCountback).toBeCloseTo(countback, 9);
      expect(model.metrics.overduePct).toBeCloseTo(((ar - current) / ar) * 100, 9);
      for (const row of model.customers) expect(row.open).toBe(perCustomer.get(row.id) ?? 0);
      expect(model.forecast.amounts.reduce((a, b) => a + b, 0) + model.forecast.later).toBe(ar);
    });
  }

  it("at 2013-12-31: CEI from AR at the start, sales and AR at the end; trends of 13 month-ends", () => {
    const model = buildReport(ledger, { asOf: "2013-12-31" as IsoDay });
    const d = ms("2013-12-31");
    const start = ms("2013-09-30");
    const arOn = (day: number): number =>
      rows.reduce((sum, r) => {
        const inv = ms(r.invoiceDate as string);
        const settled = r.settledDate === null ? Infinity : ms(r.settledDate);
        return inv <= day && settled > day ? sum + r.amount : sum;
      }, 0);
    const sales = model.metrics.sales;
    const expected =
      ((arOn(start) + sales - arOn(d)) / (arOn(start) + sales - model.metrics.current)) * 100;
    expect(model.metrics.cei).toBeCloseTo(expected, 9);
    // History starts 2012-01; 13 month-ends up to 2013-12-31, each with a 3-month window inside it.
    expect(model.trends.map((p) => iso(p.metrics.day))).toEqual([
      "2012-12-31",
      "2013-01-31",
      "2013-02-28",
      "2013-03-31",
      "2013-04-30",
      "2013-05-31",
      "2013-06-30",
      "2013-07-31",
      "2013-08-31",
      "2013-09-30",
      "2013-10-31",
      "2013-11-30",
      "2013-12-31",
    ]);
    for (const p of model.trends) expect(p.metrics.ar).toBe(arOn(p.metrics.day));
  });

  it("payment behaviour: average days late per customer over the 12 months", () => {
    const model = buildReport(ledger, { asOf: "2013-12-31" as IsoDay });
    const d = ms("2013-12-31");
    const lates = new Map<string, number[]>();
    for (const r of rows) {
      const s = ms(r.settledDate as string);
      if (s <= ms("2012-12-31") || s > d) continue;
      lates.set(r.customerId, [...(lates.get(r.customerId) ?? []), s - ms(r.dueDate as string)]);
    }
    for (const row of model.customers) {
      const list = lates.get(row.id);
      if (!list) expect(row.avgDaysLate).toBeNull();
      else expect(row.avgDaysLate).toBeCloseTo(list.reduce((a, b) => a + b, 0) / list.length, 9);
    }
  });
});
