// Ageing on the due date (days overdue, the default) and on the invoice date (--age-on invoice):
// on the invoice date nothing is "not due" — the first bucket is 0–30 days since the invoice date,
// day 0 included — and every report output (model, JSON, HTML, charts) says so in nl and en.
import { reportCharts, reportHtml, reportJson, bucketLabel } from "../../src/documents";
import { buildReport, type ReportModel } from "../../src/analytics";
import type { IsoDay } from "../../src/core";
import { testLedger } from "./ledger-fixture";

const AS_OF = "2026-11-20" as IsoDay;
/** Invoices 0, 10, 45, 75 and 120 days old, each due 30 days after its invoice date. */
const LEDGER = testLedger([
  { customerId: "D1", amount: 100, invoiceDate: "2026-11-20", dueDate: "2026-12-20" },
  { customerId: "D1", amount: 200, invoiceDate: "2026-11-10", dueDate: "2026-12-10" },
  { customerId: "D2", amount: 400, invoiceDate: "2026-10-06", dueDate: "2026-11-05" },
  { customerId: "D2", amount: 800, invoiceDate: "2026-09-06", dueDate: "2026-10-06" },
  { customerId: "D3", amount: 1600, invoiceDate: "2026-07-23", dueDate: "2026-08-22" },
]);
const byDue = buildReport(LEDGER, { asOf: AS_OF });
const byInvoice = buildReport(LEDGER, { asOf: AS_OF, basis: "invoice" });
const amounts = (model: ReportModel) => Array.from(model.ageing.buckets);

describe("ageing labels and buckets per basis", () => {
  it("on the due date: not due, then days overdue", () => {
    expect(byDue.ageing.labels).toEqual(["Not due", "1-30", "31-60", "61-90", "90+", "No date"]);
    // 90 days overdue (D3) is still 61-90.
    expect(amounts(byDue)).toEqual([300, 400, 800, 1600, 0, 0]);
  });

  it("on the invoice date: 0-30 (an invoice of today included), then days since invoice", () => {
    expect(byInvoice.ageing.labels).toEqual(["0-30", "31-60", "61-90", "90+", "No date"]);
    expect(amounts(byInvoice)).toEqual([300, 400, 800, 1600, 0]);
    expect(byInvoice.ageing.total).toBe(byInvoice.metrics.ar);
    expect(byInvoice.customers.map((c) => [c.id, c.buckets])).toEqual([
      ["D3", [0, 0, 0, 1600, 0]],
      ["D2", [0, 400, 800, 0, 0]],
      ["D1", [300, 0, 0, 0, 0]],
    ]);
  });

  it("keeps custom edges, a one-day first bucket included", () => {
    const edges = [1, 7, 45];
    const invoice = buildReport(LEDGER, { asOf: AS_OF, basis: "invoice", edges });
    expect(invoice.ageing.labels).toEqual(["0-1", "2-7", "8-45", "45+", "No date"]);
    expect(amounts(invoice)).toEqual([100, 0, 600, 2400, 0]);
    const due = buildReport(LEDGER, { asOf: AS_OF, edges });
    expect(due.ageing.labels).toEqual(["Not due", "1", "2-7", "8-45", "45+", "No date"]);
  });

  it("translates them in nl and en", () => {
    const nl = byInvoice.ageing.labels.map((l) => bucketLabel("nl", l));
    const en = byInvoice.ageing.labels.map((l) => bucketLabel("en", l));
    expect(nl).toEqual(["0–30 dgn", "31–60 dgn", "61–90 dgn", "90+ dgn", "Zonder datum"]);
    expect(en).toEqual(["0–30 days", "31–60 days", "61–90 days", "90+ days", "No date"]);
    expect(byDue.ageing.labels.map((l) => bucketLabel("nl", l)).slice(0, 2)).toEqual([
      "Niet vervallen",
      "1–30 dgn",
    ]);
    expect(byDue.ageing.labels.map((l) => bucketLabel("en", l)).slice(0, 2)).toEqual([
      "Not due",
      "1–30 days",
    ]);
  });
});

describe("report outputs per basis", () => {
  it("JSON: the basis and its bucket labels", () => {
    for (const lang of ["nl", "en"] as const) {
      const invoice = reportJson(byInvoice, lang);
      expect(invoice.basis).toBe("invoice");
      expect(invoice.ageing.buckets).toEqual([
        { label: "0-30", amount: 3 },
        { label: "31-60", amount: 4 },
        { label: "61-90", amount: 8 },
        { label: "90+", amount: 16 },
        { label: "No date", amount: 0 },
      ]);
      const due = reportJson(byDue, lang);
      expect(due.basis).toBe("due");
      expect(due.ageing.buckets[0]).toEqual({ label: "Not due", amount: 3 });
    }
  });

  it("HTML: the invoice-date heading and 0–30 without 'not due', in nl and en", () => {
    const nl = reportHtml(byInvoice, { lang: "nl" });
    expect(nl).toContain("Ouderdomsanalyse (op dagen na factuurdatum)");
    expect(nl).toContain("0–30 dgn");
    expect(nl).not.toContain("Niet vervallen");
    const en = reportHtml(byInvoice, { lang: "en" });
    expect(en).toContain("Ageing (on days since invoice)");
    expect(en).toContain("0–30 days");
    expect(en).not.toContain("Not due");
    // Due-date ageing keeps "not due".
    expect(reportHtml(byDue, { lang: "nl" })).toContain("Niet vervallen");
    expect(reportHtml(byDue, { lang: "en" })).toContain("Not due");
  });

  it("charts: the ageing chart's buckets", () => {
    for (const [lang, first] of [
      ["nl", "0–30 dgn"],
      ["en", "0–30 days"],
    ] as const) {
      const text = JSON.stringify(reportCharts(byInvoice, lang));
      expect(text).toContain(first);
      expect(text).not.toContain(lang === "nl" ? "Niet vervallen" : "Not due");
    }
  });
});
