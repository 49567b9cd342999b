// The "explain a KPI" use-case (issue 17): on the demo ledger every KPI's invoices add up to the
// figure they stand for to the cent, the figures recompute the KPI as the report has it, the
// definition is the report's own text (also in the HTML report), and the bridge explains the
// written-off difference. A small hand-made ledger checks the worked computation line.
import { explainKpi, buildReport, KPI_KEYS, type KpiKey } from "../../src/analytics";
import { explainKpiText } from "../../src/app";
import { escapeHtml, type IsoDay } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { kpiDefinition, reportHtml } from "../../src/documents";
import { readLedger } from "../../src/ledger";
import { testLedger } from "../analytics/ledger-fixture";

const demo = demoLedger();
const { ledger } = readLedger(demo.values());
const model = buildReport(ledger, { asOf: demo.asOf });

const sum = (xs: readonly { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0);

describe("explain a KPI on the demo ledger", () => {
  const m = model.metrics;

  it("lists invoices that add up to the figure behind each KPI, to the cent", () => {
    const expected: Record<KpiKey, number> = {
      ar: m.ar,
      overduePct: m.overdue,
      dsoCountback: m.ar,
      bpdso: m.current,
      add: m.overdue,
      cei: m.overdue,
      badDebtRate12m: model.badDebt.rolling12m.writtenOff,
    };
    for (const key of KPI_KEYS) {
      const x = explainKpi(model, key);
      expect(x.basisTotal).toBe(expected[key]);
      expect(sum(x.invoices)).toBe(expected[key]);
      expect(sum(x.customers)).toBe(expected[key]);
      expect(x.customers.reduce((n, c) => n + c.invoices, 0)).toBe(x.invoices.length);
      expect(x.invoices.length).toBeGreaterThan(0);
      // Largest first.
      for (let i = 1; i < x.invoices.length; i++)
        expect(x.invoices[i - 1]!.amount).toBeGreaterThanOrEqual(x.invoices[i]!.amount);
    }
  });

  it("the AR invoices are the ageing's, customer by customer", () => {
    const x = explainKpi(model, "ar");
    const fromTable = new Map(model.customers.map((c) => [c.id, c.open]));
    for (const c of x.customers) expect(c.amount).toBe(fromTable.get(c.customerId));
    // Overdue invoices are past due on the as-of day; current ones are not.
    for (const i of explainKpi(model, "overduePct").invoices)
      expect(i.daysOverdue).toBeGreaterThan(0);
    for (const i of explainKpi(model, "bpdso").invoices)
      expect(i.daysOverdue === null || i.daysOverdue <= 0).toBe(true);
  });

  it("the figures recompute the KPI as the report has it", () => {
    const input = (key: KpiKey, name: string) =>
      explainKpi(model, key).inputs.find((i) => i.key === name)!.value;
    expect((input("overduePct", "overdue") / input("overduePct", "ar")) * 100).toBeCloseTo(
      m.overduePct!,
      9
    );
    expect(
      (input("bpdso", "current") / input("bpdso", "sales")) * input("bpdso", "days")
    ).toBeCloseTo(m.bpdso!, 9);
    expect(input("add", "dsoStandard") - input("add", "bpdso")).toBeCloseTo(m.add!, 9);
    const a = input("cei", "arAtStart");
    const s = input("cei", "sales");
    expect(((a + s - input("cei", "ar")) / (a + s - input("cei", "current"))) * 100).toBeCloseTo(
      m.cei!,
      9
    );
    const bad = explainKpi(model, "badDebtRate12m");
    expect(bad.value).toBe(model.badDebt.rolling12m.rate);
    // Countback: the days counted per month add up to the DSO.
    const cb = explainKpi(model, "dsoCountback");
    expect(cb.countback.length).toBeGreaterThan(0);
    expect(cb.countback.reduce((d, x) => d + x.counted, 0)).toBeCloseTo(m.dsoCountback!, 9);
  });

  it("speaks the report's definition, which the HTML report carries too, and the bridge", () => {
    const html = reportHtml(model, { lang: "nl", source: "demo" });
    for (const key of KPI_KEYS) {
      const x = explainKpiText(model, key, "nl");
      expect(x.definition).toBe(kpiDefinition(key, "nl", model.months));
      expect(html).toContain(escapeHtml(x.definition));
      expect(x.definition).not.toMatch(/\{n\}/);
    }
    const ar = explainKpiText(model, "ar", "nl");
    expect(ar.label).toBe("Openstaande debiteuren");
    expect(ar.bridge).toMatch(
      /^Openstaand volgens de lijst € [\d.]+,\d\d − afgeschreven als oninbaar/
    );
    expect(ar.inputs.map((i) => i.label)).toEqual([
      "Openstaand volgens de lijst",
      "Openstaande debiteuren",
    ]);
    expect(explainKpiText(model, "cei", "en").definition).toMatch(/^Collection effectiveness/);
    expect(explainKpiText(model, "dsoCountback", "nl").definition).toMatch(/teruggeteld/);
  });
});

describe("explain a KPI on a small ledger", () => {
  // 30 Jun: sales of 10.000 in June, 5.000 in May; open: 4.000 not due, 2.000 overdue.
  const asOf = "2026-06-30" as IsoDay;
  const small = testLedger([
    { customerId: "A", amount: 400000, invoiceDate: "2026-06-20", dueDate: "2026-07-20" },
    { customerId: "A", amount: 600000, invoiceDate: "2026-06-01", settledDate: "2026-06-25" },
    {
      customerId: "B",
      amount: 300000,
      invoiceDate: "2026-05-10",
      dueDate: "2026-06-09",
      openAmount: 200000,
      settledDate: null,
    },
    { customerId: "B", amount: 200000, invoiceDate: "2026-05-02", settledDate: "2026-05-30" },
  ]);
  const report = buildReport(small, { asOf });

  it("writes the computation out with the figures", () => {
    const overdue = explainKpiText(report, "overduePct", "nl");
    expect(overdue.computation).toBe("€ 2.000,00 ÷ € 6.000,00 × 100 = 33,3%");
    expect(overdue.invoices.map((i) => [i.customerId, i.amount, i.daysOverdue])).toEqual([
      ["B", 200000, 21],
    ]);
    const bpdso = explainKpiText(report, "bpdso", "en");
    expect(bpdso.computation).toMatch(/^€4,000\.00 ÷ €15,000\.00 × \d+ = [\d.]+ days$/);
    const cb = explainKpiText(report, "dsoCountback", "nl");
    // 6.000 open against June's 10.000 sales: 0,6 of June's 30 days = 18,0 days.
    expect(cb.computation).toBe("18,0 (€ 10.000,00 omzet, 30 dagen) = 18,0 dagen");
    expect(cb.value).toBeCloseTo(18, 9);
    expect(explainKpiText(report, "ar", "nl").bridge).toBeNull();
  });
});
