// End to end, the figures of issue 11 §3 in the standalone workbench: an open-items export with a
// written-off item, a partly paid invoice and a USD invoice, opened through the file picker. The
// euro figures hold no dollar, the dollar item is listed apart and flagged, the control totals are
// per currency, the bridge between the two open totals stands under them, and DSO is "niet
// berekenbaar" with the reason. Every figure is checked against the same use-case in-process.
// Screenshots: test-results/figures-*.png.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bridgeSentence, reportJson } from "../../src/documents";
import { analyse, localDay, DEFAULT_SETTINGS } from "../../src/app";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

/** The export, as a Dutch package writes it: semicolons, Dutch dates and amounts, CRLF. */
const ROWS = [
  [
    "Factuurnummer",
    "Debiteurnummer",
    "Naam",
    "Factuurdatum",
    "Vervaldatum",
    "Bedrag",
    "Openstaand",
    "Valuta",
    "Status",
  ],
  [
    "F-2026-101",
    "10001",
    "Bakkerij Jansen",
    "01-09-2026",
    "01-10-2026",
    "5.000,00",
    "5.000,00",
    "EUR",
    "",
  ],
  [
    "F-2026-102",
    "10002",
    "Garage De Vries",
    "15-09-2026",
    "15-10-2026",
    "3.000,00",
    "1.800,00",
    "EUR",
    "",
  ],
  [
    "F-2026-103",
    "10001",
    "Bakkerij Jansen",
    "02-10-2026",
    "01-11-2026",
    "1.200,00",
    "1.200,00",
    "EUR",
    "",
  ],
  [
    "F-2025-044",
    "10003",
    "Slagerij Bos",
    "01-02-2025",
    "03-03-2025",
    "2.150,00",
    "2.150,00",
    "EUR",
    "Afgeschreven",
  ],
  ["F-2026-104", "20001", "Acme Inc.", "01-10-2026", "31-10-2026", "700,00", "700,00", "USD", ""],
];

describeBrowser("figures that must not mislead (workbench)", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("euro figures without the dollar, the dollar apart, the bridge, DSO n.b. with the reason", async () => {
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "openstaand-figures-")),
      "export.csv"
    );
    writeFileSync(file, ROWS.map((r) => r.join(";")).join("\r\n") + "\r\n");

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`);
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    const today = localDay(new Date());
    await page.getByTestId("file-input").setInputFiles(file);
    await page
      .getByTestId("source-line")
      .filter({ hasText: "export.csv" })
      .waitFor({ timeout: 60_000 });

    // In-process: the same use-case on the same rows and day.
    const read = readLedger(ROWS, { asOf: today });
    const { report } = analyse(read.ledger, today, DEFAULT_SETTINGS);
    const json = reportJson(report, "nl");
    expect(json.metrics.ar).toBe(5000 + 1800 + 1200);
    expect(json.metrics.dsoCountback).toBeNull();

    // The open-total card: euro only (8.000, not 8.700), pointing to the bridge.
    const ar = page.getByTestId("kpi-ar");
    expect(await ar.getAttribute("data-value")).toBe("8000");
    expect(await ar.innerText()).toContain("zie de aansluiting");
    // DSO, BPDSO, ADD: n.b. with the reason (an open-items list with a partly paid row).
    for (const key of ["dsoCountback", "bpdso", "add"]) {
      const card = page.getByTestId(`kpi-${key}`);
      expect(await card.getAttribute("data-value")).toBe("null");
      expect(await card.innerText()).toContain("zie de toelichting onder de kengetallen");
    }
    expect(await page.getByTestId("kpi-notes").innerText()).toContain(
      "een lijst van openstaande posten is geen betaalhistorie"
    );
    // Control totals per currency, each in its own currency.
    expect(await page.getByTestId("control-open-EUR").innerText()).toMatch(
      /Openstaand \(EUR\)\s+€ 10\.150,00\s+€ 10\.150,00\s+€ 0,00/
    );
    expect(await page.getByTestId("control-open-USD").innerText()).toMatch(
      /Openstaand \(USD\)\s+USD 700,00\s+USD 700,00\s+USD 0,00/
    );
    // The bridge where the two totals stand: € 10.150,00 − € 2.150,00 = € 8.000,00; USD apart.
    const bridge = await page.getByTestId("control-bridge").innerText();
    expect(bridge).toBe(bridgeSentence(report, "nl"));
    expect(bridge).toBe(
      "Openstaand volgens de lijst (EUR) € 10.150,00 − afgeschreven als oninbaar € 2.150,00 = openstaande debiteuren in deze analyse € 8.000,00; apart, in andere valuta: USD 700,00."
    );
    expect(await page.getByTestId("other-currencies").innerText()).toContain("USD: USD 700,00");
    expect(await page.locator("body").innerText()).not.toContain("8.700");
    await screenshot(page, "figures-1-overview");

    // Debiteuren: euro customers only in the table; the dollar item below it, flagged.
    await page.getByRole("tab", { name: "Debiteuren" }).click();
    const table = page.getByTestId("customer-table");
    await table.waitFor();
    expect(await table.innerText()).not.toContain("Acme");
    const other = page.getByTestId("other-currency-items");
    const text = await other.innerText();
    expect(text).toMatch(
      /20001\s+Acme Inc\.\s+F-2026-104\s+31-10-2026\s+USD 700,00\s+andere valuta/
    );
    await screenshot(page, "figures-2-customers");
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
