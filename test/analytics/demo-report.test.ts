import { compile } from "vega-lite";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { buildReport } from "../../src/analytics";
import { reportCharts, reportJson, reportHtml } from "../../src/documents";
import { escapeHtml, type IsoDay } from "../../src/core";
import { testLedger } from "./ledger-fixture";

describe("report on the demo ledger", () => {
  const demo = demoLedger();
  const { ledger, control } = readLedger(demo.values());
  const model = buildReport(ledger, { asOf: demo.asOf });

  it("reconciles: ledger open − written off = AR = ageing total", () => {
    expect(model.control.ledgerOpen).toBe(control.open.accepted);
    expect(model.control.writtenOff).toBeLessThan(0);
    expect(model.control.ledgerOpen + model.control.writtenOff).toBe(model.metrics.ar);
    expect(model.control.reconciles).toBe(true);
  });

  it("flags the new customers with big first orders, disputes and write-offs", () => {
    const codes = new Set(model.customers.flatMap((row) => row.flags.map((f) => f.code)));
    for (const code of ["new-customer", "over-limit", "disputed", "written-off"])
      expect(codes).toContain(code);
    const flagged = model.customers.find((row) => row.flags.some((f) => f.code === "new-customer"));
    expect(flagged?.flags[0]?.reason.nl).toMatch(
      /^Nieuwe klant \(eerste factuur \d+ dagen geleden\)/
    );
  });

  it("has 13 month-ends of trends and a bad-debt rate from the written-off items", () => {
    expect(model.trends).toHaveLength(13);
    expect(model.badDebt.rolling12m.writtenOff).toBe(-model.control.writtenOff);
    expect(model.badDebt.rolling12m.rate).toBeGreaterThan(0);
  });

  it("JSON has the documented shape, euros with 2 decimals", () => {
    const json = reportJson(model, "en");
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["asOf", "control", "ageing", "metrics", "customers", "forecast"])
    );
    expect(Object.keys(json.metrics)).toEqual(
      expect.arrayContaining([
        "dsoCountback",
        "dsoStandard",
        "bpdso",
        "add",
        "cei",
        "overduePct",
        "over90Pct",
        "badDebtRate12m",
      ])
    );
    expect(json.ageing.total).toBe(model.metrics.ar / 100);
    expect(json.forecast).toHaveLength(13);
    for (const value of [json.metrics.dsoCountback, json.metrics.cei] as number[])
      expect(Math.round(value * 100) / 100).toBe(value);
    expect(json.customers[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        open: expect.any(Number),
        buckets: expect.any(Array),
        flags: expect.any(Array),
      })
    );
  });

  it("chart specs are plain JSON that vega-lite compiles", () => {
    const charts = reportCharts(model, "nl");
    expect(Object.keys(charts)).toEqual(["ageing", "dso", "badDebt", "forecast"]);
    for (const spec of Object.values(charts)) {
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
      expect(() => compile(spec as unknown as Parameters<typeof compile>[0])).not.toThrow();
    }
  });

  it("formats the axes the Dutch way in Dutch and the English way in English", () => {
    const locale = (lang: "nl" | "en") => {
      const compiled = compile(
        reportCharts(model, lang).ageing as unknown as Parameters<typeof compile>[0]
      );
      return (
        compiled.spec.config as { locale: { number: { decimal: string; thousands: string } } }
      ).locale.number;
    };
    expect(locale("nl")).toEqual(expect.objectContaining({ decimal: ",", thousands: "." }));
    expect(locale("en")).toEqual(expect.objectContaining({ decimal: ".", thousands: "," }));
  });
});

describe("HTML report", () => {
  it("escapes ledger text and keeps scripts from closing early", () => {
    const ledger = testLedger([
      {
        customerId: "<img src=x onerror=alert(1)>",
        customerName: '"Evil" & </script>',
        amount: 100_000,
        invoiceDate: "2026-01-01",
        dueDate: "2026-01-31",
      },
    ]);
    const model = buildReport(ledger, { asOf: "2026-03-31" as IsoDay });
    const html = reportHtml(model, {
      lang: "nl",
      bundles: { vega: "var a='</script>';", vegaLite: "", vegaEmbed: "" },
    });
    expect(html).not.toContain("<img src=x");
    expect(html).toContain(escapeHtml('"Evil" & </script>'));
    expect(html.match(/<\/script>/g)).toHaveLength(4);
    expect(html).toContain("Debiteurenrapportage");
    expect(html).toContain("Niet vervallen");
    expect(html).not.toMatch(/https?:\/\/(?!vega\.github\.io\/schema)/);
  });

  it("says what cannot be computed for a list of open items only", () => {
    const ledger = testLedger([
      { customerId: "A", amount: 50_000, invoiceDate: "2026-01-01", dueDate: "2026-01-31" },
    ]);
    const model = buildReport(ledger, { asOf: "2026-03-31" as IsoDay });
    expect(model.history.sales).toBe(false);
    expect(model.metrics.dsoCountback).toBeNull();
    expect(model.trends).toEqual([]);
    expect(reportHtml(model, { lang: "en" })).toContain("lists only open items");
  });
});

describe("VAT relief candidates and undated items", () => {
  it("lists open invoices more than a year past due with 21/121 VAT, and ages undated items apart", () => {
    const ledger = testLedger([
      {
        customerId: "A",
        invoiceId: "OLD",
        amount: 121_00,
        invoiceDate: "2024-01-01",
        dueDate: "2024-01-31",
      },
      {
        customerId: "A",
        invoiceId: "NEW",
        amount: 50_00,
        invoiceDate: "2025-06-01",
        dueDate: "2025-07-01",
      },
      {
        customerId: "B",
        invoiceId: "TERM",
        amount: 10_00,
        invoiceDate: "2025-05-01",
        paymentTermDays: 14,
      },
      { customerId: "B", invoiceId: "NODATE", amount: 7_00, invoiceDate: null },
      {
        customerId: "B",
        invoiceId: "CN",
        amount: -3_00,
        invoiceDate: "2025-06-01",
        dueDate: "2025-06-01",
      },
    ]);
    const model = buildReport(ledger, { asOf: "2025-06-30" as IsoDay });
    expect(model.vatRelief.map((c) => [c.invoiceId, c.vat])).toEqual([["OLD", 21_00]]);
    // Not due: NEW; 1-30: the credit note (29 days); 31-60: TERM (due 2025-05-15 from its 14-day
    // term, 46 days); 90+: OLD; no date: NODATE.
    expect(Array.from(model.ageing.buckets)).toEqual([50_00, -3_00, 10_00, 0, 121_00, 7_00]);
    expect(model.ageing.derivedDue).toEqual({ items: 1, amount: 10_00 });
  });
});
