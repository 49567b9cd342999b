// The management report sheet on the demo ledger: the ageing total is AR to the cent, the top 20 in
// order, the key figures with definitions (and reasons when not computable), trends and charts; then
// the whole sheet written through the Excel adapter against the fake.
import {
  reportJson,
  reportSheetSpec,
  type ReportSheetSpec,
  NUMBER_FORMATS,
} from "../../src/documents";
import { buildReport, type ReportModel } from "../../src/analytics";
import { checkReportSpec, writeReport } from "../../src/app";
import { type IsoDay, dayToSerial } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { createExcelHost, setExcelRuntime, OWNED_SHEETS_SETTING } from "../../src/hosts/excel";
import { readLedger } from "../../src/ledger";
import { FakeExcel } from "../hosts/excel/fake-excel";

const NAME = "Openstaand \u2013 Rapport";
const demo = demoLedger();
const model: ReportModel = buildReport(readLedger(demo.values(), { asOf: demo.asOf }).ledger, {
  asOf: demo.asOf,
});
const nl = reportSheetSpec(model, "nl");
const json = reportJson(model);

const table = (spec: ReportSheetSpec, i: number) => {
  const t = spec.tables[i];
  if (!t) throw new Error(`table ${i} missing`);
  return t;
};

test("the ageing table adds up to AR to the cent, with a total row and shares", () => {
  const ageing = table(nl, 0);
  expect(ageing.title).toBe("Ouderdomsanalyse per 20-11-2026 (op dagen na vervaldatum)");
  expect(ageing.headers).toEqual(["Ouderdom", "Bedrag", "Aandeel"]);
  expect(ageing.formats).toEqual(["text", "cents", "percent"]);
  const body = ageing.rows.slice(0, -1);
  const total = ageing.rows.at(-1);
  expect(body.map((r) => r[0])).toEqual([
    "Niet vervallen",
    "1–30 dgn",
    "31–60 dgn",
    "61–90 dgn",
    "90+ dgn",
  ]);
  const sum = body.reduce((s, r) => s + (r[1] as number), 0);
  expect(Number.isInteger(sum)).toBe(true);
  expect(sum).toBe(model.metrics.ar);
  expect(total).toEqual(["Totaal", model.metrics.ar, 1]);
  expect(model.metrics.ar / 100).toBe(json.metrics.ar);
  expect(body.every((r) => Math.abs((r[2] as number) - (r[1] as number) / sum) < 0.00005)).toBe(
    true
  );
});

test("the top 20 customers, largest open balance first, with their buckets", () => {
  const top = table(nl, 1);
  expect(top.headers).toEqual([
    "Debiteurnr.",
    "Naam",
    "Openstaand",
    "Niet vervallen",
    "1–30 dgn",
    "31–60 dgn",
    "61–90 dgn",
    "90+ dgn",
    "Aandeel",
  ]);
  expect(top.rows).toHaveLength(20);
  const opens = top.rows.map((r) => r[2] as number);
  expect(opens).toEqual([...opens].sort((a, b) => b - a));
  const expected = json.customers.filter((c) => c.open !== 0).slice(0, 20);
  expect(top.rows.map((r) => r[0])).toEqual(expected.map((c) => c.id));
  for (const row of top.rows) {
    const buckets = row.slice(3, 8) as number[];
    expect(buckets.reduce((s, b) => s + b, 0)).toBe(row[2]);
  }
  // No customer open beyond the 20th is larger than the 20th.
  const rest = json.customers.filter((c) => c.open !== 0).slice(20);
  expect(rest.every((c) => c.open * 100 <= (opens[19] as number))).toBe(true);
});

test("the key figures as days and fractions, each with its definition", () => {
  const metrics = table(nl, 2);
  expect(metrics.headers).toEqual(["Kengetal", "Dagen", "Percentage", "Definitie", "Toelichting"]);
  expect(metrics.formats).toEqual(["text", "number", "percent", "text", "text"]);
  expect(metrics.rows.map((r) => r[0])).toEqual([
    "DSO (countback)",
    "DSO (standaard, 3 mnd)",
    "Best mogelijke DSO",
    "Gemiddelde dagen te laat (ADD)",
    "Incasso-effectiviteit (CEI)",
    "% vervallen",
    "% ouder dan 90 dagen",
    "Afschrijvingen oninbaar (12 mnd)",
  ]);
  const m = json.metrics;
  const row = (i: number) => metrics.rows[i] as unknown[];
  expect(row(0).slice(1, 3)).toEqual([m.dsoCountback, null]);
  expect(row(2)[1]).toBe(m.bpdso);
  expect(row(4)[2]).toBeCloseTo((m.cei as number) / 100, 10);
  expect(row(5)[2]).toBeCloseTo((m.overduePct as number) / 100, 10);
  expect(row(7)[2]).toBeCloseTo((m.badDebtRate12m as number) / 100, 10);
  expect(row(1)[3]).toBe(
    "Openstaand saldo ÷ omzet op rekening van de laatste 3 maanden × aantal dagen. DSO, BPDSO en ADD alleen met betaalde facturen in die maanden: een lijst van openstaande posten is geen betaalhistorie."
  );
  for (const r of metrics.rows) {
    expect(String(r[3]).length).toBeGreaterThan(20);
    expect(r[4]).toBe(""); // everything computable on the demo
  }
});

test("13 month-ends of trends and bad debts, and three charts on them", () => {
  const trend = table(nl, 3);
  const bad = table(nl, 4);
  expect(trend.rows).toHaveLength(13);
  expect(trend.rows.map((r) => r[0])).toEqual(json.trends.map((p) => p.monthEnd));
  expect(trend.rows.at(-1)?.[0]).toBe("2026-11-20");
  expect(trend.rows[0]?.[0]).toBe("2025-11-30");
  expect(trend.formats).toEqual(["date", "number", "number", "cents", "percent", "percent"]);
  expect(trend.rows.map((r) => r[1])).toEqual(json.trends.map((p) => p.dsoCountback));
  expect(trend.rows.map((r) => (r[3] as number) / 100)).toEqual(json.trends.map((p) => p.ar));
  expect(bad.rows.map((r) => r[2])).toEqual(
    json.trends.map((p) =>
      p.badDebtRate12m === null ? null : expect.closeTo(p.badDebtRate12m / 100, 10)
    )
  );
  expect(nl.charts).toEqual([
    {
      title: "Ouderdom van het openstaande saldo",
      type: "columnClustered",
      tableIndex: 0,
      columns: [0, 1],
      rows: 5, // the total row stays out of the chart
    },
    {
      title: "DSO en best mogelijke DSO per maandeinde",
      type: "line",
      tableIndex: 3,
      columns: [0, 1, 2],
    },
    {
      title: "Afschrijvingen oninbaar in % van de omzet",
      type: "line",
      tableIndex: 4,
      columns: [0, 1, 2],
    },
  ]);
  expect(checkReportSpec(nl)).toBe(NAME);
});

test("English texts, the same sheet name", () => {
  const en = reportSheetSpec(model, "en");
  expect(checkReportSpec(en)).toBe(NAME);
  expect(table(en, 0).title).toBe("Ageing as of 20 November 2026 (on days past due)");
  expect(table(en, 0).rows.at(-1)).toEqual(["Total", model.metrics.ar, 1]);
  expect(table(en, 2).headers).toEqual(["Metric", "Days", "Percentage", "Definition", "Note"]);
  expect(table(en, 3).headers[1]).toBe("DSO (countback)");
});

test("an open-items list: not computable, with the reason, and no trend charts", () => {
  const values = [
    [
      "Factuurnummer",
      "Debiteurnummer",
      "Debiteurnaam",
      "Factuurdatum",
      "Vervaldatum",
      "Bedrag",
      "Openstaand",
    ],
    ["F1", "100", "Bakkerij De Korenaar", "2026-09-01", "2026-10-01", 1210.5, 1210.5],
    ["F2", "101", "Garage Jansen", "2026-11-01", "2026-12-01", 500, 500],
    ["C1", "100", "Bakkerij De Korenaar", "2026-09-10", "2026-09-10", -10.25, -10.25],
  ];
  const asOf = "2026-11-20" as IsoDay;
  const open = buildReport(readLedger(values, { asOf }).ledger, { asOf });
  const spec = reportSheetSpec(open, "nl");
  expect(checkReportSpec(spec)).toBe(NAME);
  expect(table(spec, 0).rows.at(-1)?.[1]).toBe(170025);
  expect(table(spec, 1).rows.map((r) => [r[0], r[2]])).toEqual([
    ["100", 120025],
    ["101", 50000],
  ]);
  const metrics = table(spec, 2).rows;
  const note = open.history.notes[0]?.nl;
  expect(note).toContain("alleen openstaande posten");
  expect(metrics[0]).toEqual([
    "DSO (countback)",
    "niet berekenbaar",
    null,
    expect.any(String),
    note,
  ]);
  expect(metrics[4]?.slice(1, 3)).toEqual([null, "niet berekenbaar"]);
  expect(metrics[5]?.[2]).toBeCloseTo(1200.25 / 1700.25, 4); // % overdue is computable
  expect(metrics[5]?.[4]).toBe("");
  expect(spec.tables).toHaveLength(5);
  // Last: what better credit control yields — not computable on an open-items list, and why.
  expect(table(spec, 4).title).toBe("Wat beter debiteurenbeheer oplevert");
  expect(table(spec, 4).rows.map((r) => r[1])).toEqual([null, null, null, null]);
  expect(table(spec, 4).rows[0]?.[2]).toMatch(
    /^Niet te berekenen: de lijst heeft geen betaalhistorie/
  );
  expect(table(spec, 3)).toEqual({
    title: "Trends niet berekenbaar",
    headers: ["Toelichting"],
    rows: [[note]],
    formats: ["text"],
  });
  expect(spec.charts?.map((c) => c.tableIndex)).toEqual([0]);
});

test("a chart's row count is checked", () => {
  const bad = { ...nl, charts: [{ ...nl.charts![0]!, rows: 7 }] };
  expect(() => checkReportSpec(bad)).toThrow("covers 7 rows, but table 1 has 6");
  const zero = { ...nl, charts: [{ ...nl.charts![0]!, rows: 0 }] };
  expect(() => checkReportSpec(zero)).toThrow(/covers 0 rows/);
});

describe("written into the workbook (fake Excel)", () => {
  let excel: FakeExcel;
  beforeEach(() => {
    excel = new FakeExcel();
    excel.addSheet("Debiteuren", demo.values().slice(0, 3));
    setExcelRuntime(excel.runtime());
  });
  afterAll(() => setExcelRuntime(null));

  test("an owned sheet with seven Excel tables (the reconciliation, then the yield), three native charts and the values", async () => {
    const written = await writeReport(createExcelHost(), nl);
    expect(written.sheet).toBe(NAME);
    expect(written.replaced).toBe(false);
    const sheet = excel.sheet(NAME);
    expect(JSON.parse(excel.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual([sheet.id]);
    for (const w of excel.writes()) expect([NAME, OWNED_SHEETS_SETTING]).toContain(w.target);
    expect(excel.values("Debiteuren", "A1:C3")).toEqual(
      demo
        .values()
        .slice(0, 3)
        .map((r) => r.slice(0, 3))
    );

    // Ageing: title row 1, header row 2, buckets rows 3-7, total row 8.
    expect(excel.values(NAME, "A1:C2")).toEqual([
      ["Ouderdomsanalyse per 20-11-2026 (op dagen na vervaldatum)", "", ""],
      ["Ouderdom", "Bedrag", "Aandeel"],
    ]);
    expect(excel.values(NAME, "A8:C8")).toEqual([["Totaal", model.metrics.ar / 100, 1]]);
    expect(excel.cell(NAME, "B8")).toBe(json.metrics.ar);
    expect(sheet.formats.get("7,1")).toBe(NUMBER_FORMATS.cents);
    expect(sheet.formats.get("7,2")).toBe(NUMBER_FORMATS.percent);

    const tables = excel.tables.filter((t) => t.sheetId === sheet.id);
    expect(tables.map((t) => t.rect)).toEqual([
      { r: 1, c: 0, rows: 7, cols: 3 },
      { r: 11, c: 0, rows: 21, cols: 9 },
      { r: 35, c: 0, rows: 9, cols: 5 },
      { r: 47, c: 0, rows: 14, cols: 6 },
      { r: 64, c: 0, rows: 14, cols: 5 },
      // The reconciliation: ledger open total, written off, AR (the demo has written-off items).
      { r: 81, c: 0, rows: 4, cols: 2 },
      // What better credit control yields: header and four figures with how each was computed.
      { r: 88, c: 0, rows: 5, cols: 3 },
    ]);
    const y = model.creditYield;
    expect(excel.values(NAME, "A89:B93")).toEqual([
      ["Wat", "Bedrag"],
      ["Geld dat vrijkomt als de DSO 10 dagen daalt", y.cash!.released / 100],
      ["Minder financieringskosten per jaar (6,00% rente)", y.cash!.financingSaved / 100],
      [
        expect.stringMatching(/^Minder afschrijvingen per jaar: van [\d,]+% naar 1,00%$/),
        y.badDebt!.saved / 100,
      ],
      ["Samen per jaar", y.yearly / 100],
    ]);
    expect(excel.cell(NAME, "C90")).toMatch(/^Kredietverkoop € [\d.]+,\d\d in \d+ dagen/);
    expect(excel.values(NAME, "A82:B85")).toEqual([
      ["", "Bedrag"],
      ["Openstaand volgens de lijst", model.control.ledgerOpen / 100],
      ["Afgeschreven als oninbaar", model.control.writtenOff / 100],
      ["Openstaande debiteuren", model.metrics.ar / 100],
    ]);
    expect(model.control.ledgerOpen + model.control.writtenOff).toBe(model.metrics.ar);
    // Top customer on row 13, the key figures' first value on row 37, the first trend on row 49.
    expect(excel.values(NAME, "A13:C13")).toEqual([
      [json.customers[0]?.id, json.customers[0]?.name, json.customers[0]?.open],
    ]);
    expect(excel.cell(NAME, "B37")).toBe(json.metrics.dsoCountback);
    expect(excel.cell(NAME, "A49")).toBe(dayToSerial("2025-11-30" as IsoDay, 1900));
    expect(sheet.formats.get("48,0")).toBe(NUMBER_FORMATS.date);

    expect(excel.charts.map((c) => [c.type, c.source, c.title])).toEqual([
      ["ColumnClustered", { r: 1, c: 0, rows: 6, cols: 2 }, "Ouderdom van het openstaande saldo"],
      ["Line", { r: 47, c: 0, rows: 14, cols: 3 }, "DSO en best mogelijke DSO per maandeinde"],
      ["Line", { r: 64, c: 0, rows: 14, cols: 3 }, "Afschrijvingen oninbaar in % van de omzet"],
    ]);
    expect(excel.charts.every((c) => c.sheetId === sheet.id)).toBe(true);
  });

  test("written again in English, the same sheet is replaced", async () => {
    await writeReport(createExcelHost(), nl);
    const again = await writeReport(createExcelHost(), reportSheetSpec(model, "en"));
    expect(again).toMatchObject({ sheet: NAME, replaced: true });
    expect(excel.sheets.filter((s) => s.name.startsWith("Openstaand"))).toHaveLength(1);
    expect(excel.cell(NAME, "A8")).toBe("Total");
    expect(excel.charts).toHaveLength(3);
  });
});
