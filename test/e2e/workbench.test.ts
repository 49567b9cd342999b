// End to end: `webpack serve --env standalone` (what npm start runs) on a free port, Debian's
// Chromium driven by playwright-core. The page's KPIs are checked against the report model and its
// JSON (`openstaand report --json`) computed in-process on the same demo ledger; the Kaggle
// receivables CSV is uploaded through the file picker; a dossier is opened; the language switched;
// the HTML report downloaded. Screenshots of every view: test-results/*.png.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { run as runCli } from "../../src/cli";
import { demoCsvText } from "../../src/hosts/browser";
import { buildReport } from "../../src/analytics";
import { reportJson } from "../../src/documents";
import { analyse, analysisDay, DEFAULT_SETTINGS } from "../../src/app";
import { demoLedger } from "../../src/demo";
import { reviewReminders } from "../../src/dunning";
import { readLedger } from "../../src/ledger";
import { describeBrowser, results, root, screenshot, workbenchSession } from "./e2e-support";

const KAGGLE_CSV = path.resolve(root, "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

/** 38.27 → "38,3" (nl) / "38.3" (en), as the KPI cards show a figure. */
function shown(x: number, lang: "nl" | "en"): string {
  const text = x.toFixed(1);
  return lang === "nl" ? text.replace(".", ",") : text;
}

/** Waits until every chart on the overview has drawn its SVG. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const charts = document.querySelectorAll("[data-chart]");
      return charts.length > 0 && [...charts].every((c) => c.querySelector("svg"));
    },
    undefined,
    { timeout: 60_000 }
  );
}

describeBrowser("standalone workbench (npm start)", () => {
  const session = workbenchSession();

  beforeAll(() => session.start(), 240_000);

  afterAll(() => session.stop(), 60_000);

  it("shows the demo's KPIs as the report JSON has them, every view, the upload and the download", async () => {
    const demo = demoLedger();
    const read = readLedger(demo.values(), { asOf: demo.asOf });
    const asOf = analysisDay(read.ledger, demo.asOf);
    expect(asOf).toBe(demo.asOf);
    // What `openstaand report --json --as-of <demo day>` prints, and what the pane computes.
    const model = buildReport(read.ledger, { asOf });
    const json = reportJson(model);
    const pane = analyse(read.ledger, asOf, DEFAULT_SETTINGS);
    expect(reportJson(pane.report).metrics).toEqual(json.metrics);
    // And the command itself: `openstaand report <demo.csv> --json --as-of <demo day>`, through
    // the CLI's entry point on the demo written as a Dutch CSV file.
    const demoCsv = path.join(mkdtempSync(path.join(os.tmpdir(), "openstaand-e2e-")), "demo.csv");
    writeFileSync(demoCsv, demoCsvText(demo));
    let printed = "";
    const exit = await runCli(["report", demoCsv, "--json", "--as-of", asOf], {
      stdout: (text) => (printed += text),
      stderr: () => undefined,
      readFile: async (file) => new Uint8Array(readFileSync(file)),
    });
    expect(exit).toBe(0);
    expect((JSON.parse(printed) as { metrics: unknown }).metrics).toEqual(json.metrics);
    const review = reviewReminders(read.ledger, asOf);

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`);

    // Overzicht: every KPI equals the JSON's figure; the cards show it rounded to one decimal.
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    const m = json.metrics;
    const expected: Record<string, number | null> = {
      ar: m.ar,
      overduePct: m.overduePct,
      dsoCountback: m.dsoCountback,
      bpdso: m.bpdso,
      add: m.add,
      cei: m.cei,
      badDebtRate12m: m.badDebtRate12m,
    };
    for (const [key, value] of Object.entries(expected)) {
      const card = page.getByTestId(`kpi-${key}`);
      expect(await card.getAttribute("data-value")).toBe(value === null ? "null" : String(value));
    }
    const overviewOpen = Number(await page.getByTestId("kpi-ar").getAttribute("data-value"));
    expect(m.dsoCountback).not.toBeNull();
    expect(await page.getByTestId("kpi-dsoCountback").innerText()).toContain(
      `${shown(model.metrics.dsoCountback!, "nl")} dagen`
    );
    expect(await page.getByTestId("kpi-overduePct").innerText()).toContain(
      `${shown(model.metrics.overduePct!, "nl")}%`
    );
    const c = read.control;
    expect(await page.getByTestId("control-rows").innerText()).toMatch(
      new RegExp(
        `Rijen\\s+${c.rowsRead.toLocaleString("nl-NL")}\\s+${c.accepted.toLocaleString("nl-NL")}\\s+${c.rejected}`
      )
    );
    expect(await page.getByTestId("source-line").innerText()).toContain(
      `Peildatum ${asOf.split("-").reverse().join("-")}`
    );
    await chartsDrawn(page);
    await screenshot(page, "1-overzicht");

    // Debiteuren: the largest customer first; its dossier with invoices and interest.
    await page.getByRole("tab", { name: "Debiteuren" }).click();
    const table = page.getByTestId("customer-table");
    await table.waitFor();
    const top = model.customers[0]!;
    const firstRow = table.locator("tbody tr").first();
    expect(await firstRow.innerText()).toContain(top.id);
    await screenshot(page, "2-debiteuren");
    await page.getByRole("columnheader", { name: "Naam" }).click();
    const sortedFirst = await table.locator("tbody tr").first().innerText();
    expect(sortedFirst).not.toBe("");
    // The dossier of the customer first in the reminder run: it has overdue invoices.
    const called = model.customers.find((r) => r.id === review.proposals[0]!.customerId)!;
    await page.getByPlaceholder("Zoek op naam of nummer").fill(called.id);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=customer-table] tbody tr").length === 1
    );
    await table.getByRole("button", { name: /^Dossier van / }).click();
    const dossier = page.getByTestId("dossier");
    await dossier.waitFor();
    const invoices = await page.getByTestId("dossier-invoices").locator("tbody tr").count();
    expect(invoices).toBeGreaterThan(0);
    const interest = await page.getByTestId("dossier-interest").innerText();
    expect(interest).toMatch(/^€ [\d.]+,\d\d$/);
    expect(interest).not.toBe("€ 0,00");
    // "Toon in blad" needs a sheet: the workbench has none, so no such button anywhere here.
    expect(await page.getByTestId("show-in-sheet").count()).toBe(0);
    await screenshot(page, "3-dossier");

    // Kredietcheck and Herinneringen.
    await page.getByRole("tab", { name: "Kredietcheck" }).click();
    await page.getByText("nieuwe klanten eerst", { exact: false }).waitFor();
    await screenshot(page, "4-kredietcheck");
    await page.getByRole("tab", { name: "Herinneringen" }).click();
    await page.getByRole("heading", { name: `Voorstellen (${review.proposals.length})` }).waitFor();
    await screenshot(page, "5-herinneringen");

    // Brieven maken: blocked without company name and IBAN; after entering them in Instellingen
    // the mail-merge CSV downloads with one row per proposal.
    const drafts = page.getByTestId("drafts");
    expect(await drafts.innerText()).toContain("Vul eerst de bedrijfsnaam en het IBAN in");
    const mergeButton = drafts.getByRole("button", { name: "Samenvoegbestand (CSV)" });
    expect(await mergeButton.isDisabled()).toBe(true);
    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByLabel("Bedrijfsnaam").fill("Jansen Installatietechniek B.V.");
    // The company's IBAN comes first; the column mapping below has a debtor IBAN field too.
    await page.getByLabel("IBAN", { exact: true }).first().fill("NL91 ABNA 0417 1643 00");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Instellingen opgeslagen.").waitFor();
    await page.getByRole("tab", { name: "Herinneringen" }).click();
    expect(await mergeButton.isEnabled()).toBe(true);
    const [merge] = await Promise.all([page.waitForEvent("download"), mergeButton.click()]);
    expect(merge.suggestedFilename()).toBe(`herinneringen-${asOf}-mailmerge.csv`);
    const mergeRows = Papa.parse<string[]>(
      new TextDecoder().decode(readFileSync(await merge.path())),
      { delimiter: ";", skipEmptyLines: true }
    ).data;
    expect(mergeRows[0]?.slice(0, 2)).toEqual(["Aanhef", "Naam"]);
    expect(mergeRows).toHaveLength(review.proposals.length + 1);
    expect(mergeRows.slice(1).map((r) => r[16])).toEqual(review.proposals.map((p) => p.customerId));
    await drafts.getByRole("status").waitFor();
    await drafts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(results, "13-brieven.png") });

    // Rapport: the report sheet as xlsx; its ageing total is the overview's open total.
    await page.getByRole("tab", { name: "Rapport" }).click();
    await page.getByTestId("report-table-0").waitFor();
    await screenshot(page, "10-rapport");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download (xlsx)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`openstaand-rapport-${asOf}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Openstaand \u2013 Rapport")!;
    let totalRow = 0;
    sheet.eachRow((row, r) => {
      if (totalRow === 0 && row.getCell(1).value === "Totaal") totalRow = r;
    });
    expect(totalRow).toBeGreaterThan(0);
    expect(sheet.getCell(totalRow, 2).value).toBe(overviewOpen);
    expect(overviewOpen).toBe(m.ar);

    // Instellingen: switch to English; the tabs follow at once.
    await page.getByRole("tab", { name: "Instellingen" }).click();
    // Not full page: the form's save bar sticks to the bottom of the window.
    await page.screenshot({ path: path.join(results, "6-instellingen.png") });
    await page.getByTestId("language").selectOption("en");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("tab", { name: "Overview" }).waitFor();
    await page.getByText("Settings saved.").waitFor();
    await page.getByRole("tab", { name: "Overview" }).click();
    await chartsDrawn(page);
    expect(await page.getByTestId("kpi-dsoCountback").innerText()).toContain(
      `${shown(model.metrics.dsoCountback!, "en")} days`
    );
    await screenshot(page, "7-overview-en");

    // The HTML report download.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download report (HTML)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`openstaand-rapport-${asOf}.html`);
    const saved = path.join(results, download.suggestedFilename());
    await download.saveAs(saved);
    const html = readFileSync(saved, "utf8");
    expect(html).toContain("Receivables report");
    expect(html).toContain(asOf);
    // With the charts: the four specs and the chart libraries inlined, as the CLI's report has them.
    const specs = /var specs=(.*?);for\(var name in specs\)/s.exec(html)?.[1];
    expect(specs).toBeDefined();
    const charts = JSON.parse(specs!) as Record<string, { $schema?: string }>;
    expect(Object.keys(charts).sort()).toEqual(["ageing", "badDebt", "dso", "forecast"]);
    for (const [name, spec] of Object.entries(charts)) {
      expect(spec.$schema).toMatch(/vega-lite/);
      expect(html).toContain(`<div class="chart" id="chart-${name}"`);
    }
    for (const bundle of ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js"]) {
      const code = readFileSync(path.join(root, "node_modules", bundle), "utf8");
      expect(html).toContain(code.slice(0, 2000));
    }
    expect(html).toContain(".vegaEmbed=t(e.vega,e.vegaLite)");
    // Opened from disk, offline: every chart draws, without errors.
    const reportPage = await context.newPage();
    const reportErrors: string[] = [];
    reportPage.on("pageerror", (e) => reportErrors.push(e.message));
    await reportPage.route(/^https?:/, (route) => route.abort());
    await reportPage.goto(`file://${saved}`);
    await reportPage.waitForFunction(
      () => {
        const charts = document.querySelectorAll(".chart");
        return charts.length === 4 && [...charts].every((c) => c.querySelector("svg, canvas"));
      },
      undefined,
      { timeout: 30_000 }
    );
    expect(await reportPage.locator("#chart-ageing svg .mark-rect path").count()).toBeGreaterThan(
      0
    );
    expect(reportErrors).toEqual([]);
    await screenshot(reportPage, "12-report-html");
    await reportPage.close();

    // The Kaggle receivables CSV through the file picker: 2,466 rows, none rejected.
    await page.getByTestId("file-input").setInputFiles(KAGGLE_CSV);
    await page
      .getByTestId("source-line")
      .filter({ hasText: "WA_Fn-UseC_-Accounts-Receivable.csv" })
      .waitFor({ timeout: 60_000 });
    await page.getByTestId("kpi-ar").waitFor();
    expect(await page.getByTestId("control-rows").innerText()).toMatch(/Rows\s+2,466\s+2,466\s+0/);
    await chartsDrawn(page);
    await screenshot(page, "8-kaggle-overview");

    // The task pane's width in Excel: the same app, one column.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole("button", { name: "Demo ledger" }).click();
    await page.getByTestId("source-line").filter({ hasText: "Demo" }).waitFor();
    await chartsDrawn(page);
    await screenshot(page, "9-taskpane-360px");

    // Headers nobody recognises: the column mapping dialog opens by itself, keeps the focus, closes
    // on Escape, opens again from the error bar; the picked columns are applied and read.
    await page.setViewportSize({ width: 1280, height: 900 });
    const odd = path.join(mkdtempSync(path.join(os.tmpdir(), "openstaand-e2e-")), "koppen.csv");
    writeFileSync(
      odd,
      [
        "Nr;Wie;Wanneer;Uiterlijk;Som",
        "F-1001;Bakkerij De Korf;01-02-2026;03-03-2026;121,00",
        "F-1002;Installatiebedrijf Smit;15-02-2026;17-03-2026;1.815,00",
        "F-1003;Bakkerij De Korf;01-03-2026;31-03-2026;-25,00",
      ].join("\r\n") + "\r\n"
    );
    await page.getByTestId("file-input").setInputFiles(odd);
    const dialog = page.getByTestId("mapping-dialog");
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.innerText()).toContain("does not recognise the columns");
    expect(
      await page.evaluate(() => !!document.activeElement?.closest("[data-testid=mapping-dialog]"))
    ).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Open column mapping" }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole("button", { name: "Apply" }).isDisabled()).toBe(true);
    const pick = (field: string, header: string) =>
      dialog.locator(`select[data-field=${field}]`).selectOption(header);
    await pick("invoiceId", "Nr");
    await pick("customerName", "Wie");
    await pick("invoiceDate", "Wanneer");
    await pick("dueDate", "Uiterlijk");
    await pick("amount", "Som");
    expect(await dialog.getByRole("button", { name: "Apply" }).isEnabled()).toBe(true);
    await page.waitForTimeout(300); // the Apply button's colour transition, for the screenshot
    // Not full page: the dialog's backdrop covers the window only.
    await page.screenshot({ path: path.join(results, "11-mapping.png") });
    await dialog.getByRole("button", { name: "Apply" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("source-line").filter({ hasText: "koppen.csv" }).waitFor();
    await page.getByTestId("kpi-ar").waitFor();
    expect(await page.getByTestId("control-rows").innerText()).toMatch(/Rows\s+3\s+3\s+0/);
    expect(await page.getByTestId("kpi-ar").getAttribute("data-value")).toBe("1911");

    await context.close();
    expect(errors).toEqual([]);
  }, 240_000);
});
