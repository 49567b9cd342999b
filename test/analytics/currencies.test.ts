/**
 * The currency rule: amounts in different currencies are never added. Euro figures are euro only;
 * another currency appears with its own totals and lines, flagged; control totals reconcile per
 * currency. Checked on the case that was seen (€ 9.200 plus USD 700 shown as € 9.900,00) through
 * every place that sums: the read's control totals, the frame and report model, the bridge, the
 * report JSON, HTML and console text, and check's JSON and text.
 */
import fc from "fast-check";
import { bridgeSentence, reportHtml, reportJson } from "../../src/documents";
import { buildReport } from "../../src/analytics";
import { checkJson, checkReport, reportText } from "../../src/cli";
import { type IsoDay, formatMoney, type Cents } from "../../src/core";
import type { LedgerFileResult } from "../../src/formats";
import { readLedger } from "../../src/ledger";

const AS_OF = "2026-12-07" as IsoDay;

/** An export with a currency column: three euro invoices (€ 9.200) and one of USD 700. */
const SHEET = [
  [
    "Factuurnummer",
    "Debiteurnummer",
    "Naam",
    "Factuurdatum",
    "Vervaldatum",
    "Bedrag",
    "Openstaand",
    "Valuta",
  ],
  ["F1", "100", "Bakkerij Jansen", "2026-10-01", "2026-10-31", 5000, 5000, "EUR"],
  ["F2", "101", "Garage De Vries", "2026-10-15", "2026-11-14", 3000, 3000, "EUR"],
  ["F3", "100", "Bakkerij Jansen", "2026-11-20", "2026-12-20", 1200, 1200, ""],
  ["F4", "200", "Acme Inc.", "2026-11-01", "2026-12-01", 700, 700, "USD"],
];

function fileResult(values: unknown[][]): LedgerFileResult {
  const read = readLedger(values, { asOf: AS_OF });
  return { ...read, kind: "csv", delimiter: ";", encoding: "utf-8" } as LedgerFileResult;
}

describe("€ 9.200 plus USD 700", () => {
  const read = readLedger(SHEET, { asOf: AS_OF });
  const model = buildReport(read.ledger, { asOf: AS_OF });

  it("control totals per currency, each reconciling; the euro line is 9.200", () => {
    expect(read.control.currencies).toEqual([
      {
        currency: "EUR",
        rowsRead: 3,
        accepted: 3,
        rejected: 0,
        amount: { read: 920_000, accepted: 920_000, rejected: 0 },
        open: { read: 920_000, accepted: 920_000, rejected: 0 },
      },
      {
        currency: "USD",
        rowsRead: 1,
        accepted: 1,
        rejected: 0,
        amount: { read: 70_000, accepted: 70_000, rejected: 0 },
        open: { read: 70_000, accepted: 70_000, rejected: 0 },
      },
    ]);
    // The USD row is flagged where it is read.
    const warning = read.issues.find((issue) => issue.row === 5);
    expect(warning?.message).toMatch(/USD is not EUR.*left out of the EUR figures/);
    expect(warning?.messageNl).toMatch(/telt niet mee in de cijfers in EUR/);
  });

  it("the report's euro figures are 9.200; USD 700 is listed apart and in none of them", () => {
    expect(model.currency).toBe("EUR");
    expect(model.metrics.ar).toBe(920_000);
    expect(model.ageing.total).toBe(920_000);
    expect(model.control.ledgerOpen).toBe(920_000);
    expect(model.control.reconciles).toBe(true);
    expect(model.customers.map((c) => [c.id, c.open])).toEqual([
      ["100", 620_000],
      ["101", 300_000],
    ]);
    expect(model.customerCount).toBe(2);
    expect(model.forecast.amounts.reduce((a, b) => a + b, 0) + model.forecast.later).toBe(920_000);
    expect(model.otherCurrencies).toEqual([
      {
        currency: "USD",
        rows: 1,
        amount: 70_000,
        open: 70_000,
        openItems: [expect.objectContaining({ invoiceId: "F4", customerId: "200", open: 70_000 })],
      },
    ]);
  });

  it("JSON, HTML and console text: € 9.200,00, USD 700,00 apart, never € 9.900,00", () => {
    const json = reportJson(model, "nl");
    expect(json.metrics.ar).toBe(9200);
    expect(json.ageing.total).toBe(9200);
    expect(json.currency).toBe("EUR");
    expect(json.otherCurrencies).toEqual([
      {
        currency: "USD",
        rows: 1,
        amount: 700,
        open: 700,
        inFigures: false,
        openItems: [
          { invoice: "F4", customer: "200", name: "Acme Inc.", due: "2026-12-01", open: 700 },
        ],
      },
    ]);
    const html = reportHtml(model, { lang: "nl" });
    expect(html).toContain("€ 9.200,00");
    expect(html).not.toContain("9.900");
    expect(html).toContain("Andere valuta (niet in de eurocijfers)");
    expect(html).toContain("USD 700,00");
    expect(html).toContain('id="other-currencies-note"');
    const text = reportText({ file: "f.csv", model }, "nl");
    expect(text).toContain("€ 9.200,00");
    expect(text).toContain("USD 700,00");
    expect(text).not.toContain("9.900");
    expect(reportText({ file: "f.csv", model }, "en")).toContain("USD 700.00");
  });

  it("the bridge names the other currency apart", () => {
    expect(bridgeSentence(model, "nl")).toBe(
      "Openstaand volgens de lijst (EUR) € 9.200,00 = openstaande debiteuren in deze analyse € 9.200,00; apart, in andere valuta: USD 700,00."
    );
  });

  it("check --json splits the control totals per currency, keeping the old fields", () => {
    const json = checkJson("f.csv", fileResult(SHEET));
    expect(json.currencies).toEqual(["EUR", "USD"]);
    expect(json.control).toEqual({
      read: {
        EUR: { rows: 3, amount: 9200, open: 9200 },
        USD: { rows: 1, amount: 700, open: 700 },
      },
      accepted: {
        EUR: { rows: 3, amount: 9200, open: 9200 },
        USD: { rows: 1, amount: 700, open: 700 },
      },
      rejected: { EUR: { rows: 0, amount: 0, open: 0 }, USD: { rows: 0, amount: 0, open: 0 } },
    });
    expect([json.rows, json.accepted, json.rejected]).toEqual([4, 4, 0]);
    const text = checkReport("f.csv", fileResult(SHEET), {
      locale: "nl",
      maxIssues: 5,
      lang: "nl",
    });
    expect(text).toContain("Controletotalen (EUR)");
    expect(text).toContain("Controletotalen (USD)");
    expect(text).toContain("USD 700,00");
    expect(text).not.toContain("9.900");
  });

  it("one currency: check --json control is { rows, amount, open } per side", () => {
    const json = checkJson("f.csv", fileResult(SHEET.slice(0, 4)));
    expect(json.currencies).toEqual(["EUR"]);
    expect(json.control).toEqual({
      read: { rows: 3, amount: 9200, open: 9200 },
      accepted: { rows: 3, amount: 9200, open: 9200 },
      rejected: { rows: 0, amount: 0, open: 0 },
    });
    expect(json.totals).toEqual({ amount: 9200, open: 9200 });
  });
});

describe("the bridge between the two open totals", () => {
  it("names the written-off items that make the ledger's open total differ from AR", () => {
    const sheet = [
      [
        "Factuurnummer",
        "Debiteurnummer",
        "Factuurdatum",
        "Vervaldatum",
        "Bedrag",
        "Openstaand",
        "Status",
      ],
      ["F1", "100", "2026-10-01", "2026-10-31", 120_688.22, 120_688.22, ""],
      ["F2", "101", "2025-03-01", "2025-03-31", 18_889.24, 18_889.24, "Afgeschreven"],
    ];
    const read = readLedger(sheet, { asOf: AS_OF });
    const model = buildReport(read.ledger, { asOf: AS_OF });
    expect(read.control.open.accepted).toBe(13_957_746);
    expect(model.metrics.ar).toBe(12_068_822);
    expect(bridgeSentence(model, "nl")).toBe(
      "Openstaand volgens de lijst € 139.577,46 − afgeschreven als oninbaar € 18.889,24 = openstaande debiteuren in deze analyse € 120.688,22."
    );
    expect(bridgeSentence(model, "en")).toBe(
      "Open according to the ledger €139,577.46 − written off as uncollectable €18,889.24 = accounts receivable in this analysis €120,688.22."
    );
    const html = reportHtml(model, { lang: "nl" });
    expect(html).toContain('id="bridge"');
    expect(html).toContain("Definities");
    expect(reportText({ file: "f.csv", model }, "nl")).toContain(
      "− afgeschreven als oninbaar € 18.889,24"
    );
  });

  it("says nothing when the two totals are the same", () => {
    const read = readLedger(SHEET.slice(0, 3), { asOf: AS_OF });
    expect(bridgeSentence(buildReport(read.ledger, { asOf: AS_OF }), "nl")).toBeNull();
  });
});

describe("formatMoney", () => {
  it("writes euros as formatCents does and other currencies with their code, never with €", () => {
    expect(formatMoney(123_456 as Cents, "EUR", "nl")).toBe("€ 1.234,56");
    expect(formatMoney(123_456 as Cents, "USD", "nl")).toBe("USD 1.234,56");
    expect(formatMoney(-1_250 as Cents, "GBP", "en")).toBe("-GBP 12.50");
    expect(formatMoney(0 as Cents, "CHF", "en")).toBe("CHF 0.00");
  });
});

describe("property: per-currency control totals partition the read", () => {
  const codes = ["EUR", "USD", "GBP", ""] as const;
  const row = fc.record({
    cents: fc.integer({ min: -1_000_000, max: 10_000_000 }),
    code: fc.constantFrom(...codes),
    bad: fc.boolean(),
  });

  it("rows and cents add up per currency and in total; the report holds the euro rows only", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const values: unknown[][] = [
          ["Factuurnummer", "Debiteur", "Factuurdatum", "Vervaldatum", "Bedrag", "Valuta"],
          ...rows.map((r, i) => [
            `F${i}`,
            `D${i % 4}`,
            "2026-11-01",
            r.bad ? "31-31-2026" : "2026-12-01",
            r.cents / 100,
            r.code,
          ]),
        ];
        const read = readLedger(values, { asOf: AS_OF });
        const c = read.control;
        const sum = (f: (x: (typeof c.currencies)[number]) => number): number =>
          c.currencies.reduce((a, x) => a + f(x), 0);
        expect(sum((x) => x.rowsRead)).toBe(c.rowsRead);
        expect(sum((x) => x.accepted)).toBe(c.accepted);
        expect(sum((x) => x.amount.read)).toBe(c.amount.read);
        expect(sum((x) => x.open.accepted)).toBe(c.open.accepted);
        for (const x of c.currencies) {
          expect(x.accepted + x.rejected).toBe(x.rowsRead);
          expect(x.amount.accepted + x.amount.rejected).toBe(x.amount.read);
          const expected = rows.filter((r) => (r.code || "EUR") === x.currency);
          expect(x.rowsRead).toBe(expected.length);
          expect(x.amount.read).toBe(expected.reduce((a, r) => a + r.cents, 0));
        }
        if (rows.some((r) => r.code === "EUR" || r.code === ""))
          expect(c.currencies[0]?.currency).toBe("EUR");
        expect(c.rejected).toBe(rows.filter((r) => r.bad).length);
        const model = buildReport(read.ledger, { asOf: AS_OF });
        const euro = c.currencies.find((x) => x.currency === "EUR");
        expect(model.control.ledgerOpen).toBe(euro?.open.accepted ?? 0);
        expect(model.control.reconciles).toBe(true);
        const others = c.currencies.filter((x) => x.currency !== "EUR");
        expect(model.otherCurrencies.map((o) => [o.currency, o.rows, o.open])).toEqual(
          others.filter((x) => x.accepted > 0).map((x) => [x.currency, x.accepted, x.open.accepted])
        );
      })
    );
  });
});
