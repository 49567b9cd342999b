// End to end at 450×900 (a task pane), issue 17: the reminder exclusions leave the pane as xlsx (all
// of them; the file's total equals the total above the list, read back with exceljs); the customer
// dossier prints as one A4 document — the pane's own print document, taken from its print frame,
// printed to PDF by Chromium (page.pdf, as print.test.ts does) and read back with pdftotext: every
// section, the totals, every invoice row of the screen's dossier, page numbers, and no word past
// the page's edge; Debiteuren printed the same way repeats company and peildatum on every page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { analyse, DEFAULT_SETTINGS, dossierDocumentInput } from "../../src/app";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

const WIDTH = 450;
const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-list-print-"));

/** Opens tab `name` from the strip or the "Meer" menu. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tablist").getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0) return tab.click();
  await page.getByTestId("tab-more").click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

/** The pane's print document after clicking `button`: the srcdoc of its print frame. */
async function printDocument(page: Page, button: string): Promise<string> {
  const before = await page.locator("[data-testid=print-frame]").count();
  await page.getByTestId(button).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=print-frame]").length > n,
    before
  );
  return (await page.locator("[data-testid=print-frame]").last().getAttribute("srcdoc"))!;
}

/** `html` printed to PDF by Chromium in `page` (the document's own @page: A4). */
async function pdfOf(page: Page, html: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  await page.goto(`file://${file}`);
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true, printBackground: true });
  return pdf;
}

const pagesOf = (pdf: string): string[] =>
  execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);

/** Words past the right edge of their page (pdftotext -bbox). */
function wordsPastEdge(pdf: string): string[] {
  const xhtml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const out: string[] = [];
  for (const p of xhtml.split(/<page /).slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(p)?.[1]);
    for (const m of p.matchAll(/<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g))
      if (Number(m[1]) > width - 5) out.push(m[2]!);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * The demo customer (as of the demo's day, the workbench's peildatum) with the most open invoices
 * among those with reminders sent: a dossier with a real invoice table and history.
 */
function busiestCustomer(): string {
  const demo = demoLedger();
  const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
  const analysis = analyse(ledger, demo.asOf, DEFAULT_SETTINGS);
  const scored = analysis.report.customers.map((r) => {
    const input = dossierDocumentInput({
      ledger,
      analysis,
      customerId: r.id,
      lang: "nl",
      company: "",
    });
    return { id: r.id, n: input.invoices.length + (input.reminders.length > 0 ? 100 : 0) };
  });
  return scored.sort((a, b) => b.n - a.n)[0]!.id;
}

describeBrowser("lists leave the pane; the dossier prints on A4 (450×900)", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 300_000);
  afterAll(() => session.stop(), 60_000);

  it("exports all reminder exclusions to xlsx: the file's total equals the list's", async () => {
    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: WIDTH, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await openTab(page, "Herinneringen");
    const total = page.getByTestId("excluded-total");
    await total.waitFor({ timeout: 60_000 });
    const cents = Number(await total.getAttribute("data-cents"));
    const n = Number(/^([\d.]+) posten/.exec(await total.innerText())?.[1]?.replace(/\./g, ""));
    expect(n).toBeGreaterThan(0);
    await screenshot(page, "lists-450-uitgezonderd");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("excluded-export-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^uitgezonderd-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(dir, "uitgezonderd.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const [head, ...body] = rows;
    expect(head?.[7]).toBe("Reden");
    const items = body.filter(
      (r) => typeof r[0] === "string" && !String(r[0]).startsWith("Totaal")
    );
    expect(items).toHaveLength(n);
    const control = body.find((r) => r[0] === "Totaal")!;
    const toCents = (x: unknown) => Math.round(Number(x ?? 0) * 100);
    expect(toCents(control[5])).toBe(cents);
    expect(items.reduce((s, r) => s + toCents(r[5]), 0)).toBe(cents);
    expect(items.every((r) => String(r[7]).length > 5)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("prints a customer's dossier as one A4 document with every section and no clipping", async () => {
    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: WIDTH, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // Debiteuren printed: company and peildatum on every page, page numbers, every customer.
    await openTab(page, "Debiteuren");
    const table = page.getByTestId("customer-table");
    await table.waitFor();
    const source = squash(await page.getByTestId("source-line").innerText());
    const peildatum = /Peildatum (\d\d-\d\d-\d{4})/.exec(source)?.[1];
    expect(peildatum).toBeDefined();
    const listHtml = await printDocument(page, "export-print");
    const printer = await context.newPage();
    const listPdf = await pdfOf(printer, listHtml, "debiteuren");
    const listPages = pagesOf(listPdf);
    const ids = await table.locator("tbody tr td:first-child").allInnerTexts();
    const listText = listPages.join("\n");
    for (const id of ids) expect(listText).toContain(id.trim());
    listPages.forEach((text, p) => {
      expect(text).toContain(`Debiteuren · Peildatum ${peildatum}`);
      expect(squash(text)).toContain(`Pagina ${p + 1} van ${listPages.length}`);
    });
    expect(wordsPastEdge(listPdf)).toEqual([]);

    // The dossier of a customer with several open invoices and reminders sent, printed.
    await page.getByPlaceholder("Zoek op naam of nummer").fill(busiestCustomer());
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=customer-table] tbody tr").length === 1
    );
    await table.getByRole("button", { name: /^Dossier van / }).click();
    await page.getByTestId("dossier").waitFor();
    await screenshot(page, "lists-450-dossier");
    const screenRows = await page.getByTestId("dossier-invoices").locator("tbody tr").all();
    expect(screenRows.length).toBeGreaterThan(0);
    const html = await printDocument(page, "dossier-print");
    const pdf = await pdfOf(printer, html, "dossier");
    const pages = pagesOf(pdf);
    const text = squash(pages.join("\n"));
    for (const heading of [
      "Gegevens",
      "Vordering per peildatum",
      "Openstaande facturen",
      "Verstuurde herinneringen",
      "Gesprekken en afspraken",
      "Ontvangen betalingen",
      "Signalen",
    ])
      expect(text).toContain(heading);
    // The claim's total and the interest as the screen shows them.
    const interest = (await page.getByTestId("dossier-interest").innerText()).trim();
    expect(text).toContain(`Wettelijke rente ${interest}`);
    expect(text).toMatch(/Totale vordering € [\d.]+,\d\d/);
    // Every invoice row of the screen is on paper: its number, days and amounts.
    for (const row of screenRows) {
      const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
      const [invoice, , due, open] = cells;
      expect(text).toMatch(new RegExp(`${invoice} .*${due} ${open!.replace(/[.€]/g, "\\$&")}`));
    }
    const noun = screenRows.length === 1 ? "factuur" : "facturen";
    expect(text).toMatch(new RegExp(`Totaal ${screenRows.length} ${noun} € [\\d.]+,\\d\\d`));
    expect(text).toMatch(/Stap \d verstuurd op \d\d-\d\d-\d{4}/);
    pages.forEach((p, i) => {
      expect(p).toContain(`Peildatum ${peildatum}`);
      expect(squash(p)).toContain(`Pagina ${i + 1} van ${pages.length}`);
    });
    expect(wordsPastEdge(pdf)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
