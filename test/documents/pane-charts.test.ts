// The report's charts in a 450 px task pane (issue 17): drawn by vega at the pane's content width
// (418 px), in Dutch and English. The DSO legend names each line in full ("DSO (standaard, 3 mnd)",
// never cut off with "…"), the bad-debt chart has a legend for its bars and its line, the ageing
// axis breaks its labels into lines so they fit their band, and the forecast axis has Dutch days.
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { buildReport } from "../../src/analytics";
import { demoLedger } from "../../src/demo";
import { reportCharts, text } from "../../src/documents";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const model = buildReport(readLedger(demo.values()).ledger, { asOf: demo.asOf });
const PANE = 418;

/** The texts vega draws for `spec` at `width` px (each line of a multi-line label apart). */
async function drawnTexts(spec: object, width: number): Promise<string[]> {
  const compiled = compile({ ...spec, width } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)<\/(?:text|tspan)>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&")
  );
}

describe.each(["nl", "en"] as const)("charts at 418 px (%s)", (lang) => {
  const charts = reportCharts(model, lang);

  it("names every DSO line in full in the legend", async () => {
    const texts = await drawnTexts(charts.dso!, PANE);
    for (const key of ["dsoCountback", "bpdso"] as const) expect(texts).toContain(text(lang, key));
    expect(texts).toContain(text(lang, "dsoStandard", model.months));
    expect(texts.some((t) => t.includes("…"))).toBe(false);
  });

  it("gives the bad-debt chart a legend for the month bars and the 12-month line", async () => {
    const texts = await drawnTexts(charts.badDebt!, PANE);
    expect(texts).toContain(text(lang, "badDebtMonth"));
    expect(texts).toContain(text(lang, "badDebtRolling"));
    expect(texts.some((t) => t.includes("…"))).toBe(false);
  });

  it("breaks the ageing labels into lines that fit their band", async () => {
    const texts = await drawnTexts(charts.ageing!, PANE);
    // "Niet vervallen" / "Not due" and "1–30 dgn" / "1–30 days" as words on their own lines.
    const first = lang === "nl" ? ["Niet", "vervallen"] : ["Not", "due"];
    for (const word of first) expect(texts).toContain(word);
    expect(texts).toContain("1–30");
    expect(texts.some((t) => t.includes("…"))).toBe(false);
  });
});

describe("the forecast axis at 418 px", () => {
  it("shows Dutch days, never ISO", async () => {
    const texts = await drawnTexts(reportCharts(model, "nl").forecast!, PANE);
    expect(texts.some((t) => /^\d\d-\d\d-20\d\d$/.test(t))).toBe(true);
    expect(texts.join(" ")).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });
});
