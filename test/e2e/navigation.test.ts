// End to end, issue 17's navigation in a task pane: at 450×900 every tab is reachable by mouse
// (the strip, or its "Meer" menu) and by keyboard (arrow keys along the strip onto "Meer", Enter,
// arrow down, Enter), the active tab always stands visible inside the pane, nothing of the strip
// sticks out, and the header is one compact line. At 1400×900 every tab stands in the strip and
// there is no "Meer". The tab names are read from the page (strip + menu), so tabs added later are
// covered too. Screenshots: test-results/nav-*.png.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { readXlsxValues } from "../../src/formats";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

const WIDTH = 450;
/** The seven views the pane had when the strip was built; later tabs come on top. */
const KNOWN = [
  "Overzicht",
  "Debiteuren",
  "Kredietcheck",
  "Herinneringen",
  "Overdracht",
  "Rapport",
  "Instellingen",
];

/** The tab list of the pane. */
function strip(page: Page): Locator {
  return page.getByRole("tablist");
}

/** The names of the tabs standing in the strip (hidden ones are not in the accessibility tree). */
async function visibleTabs(page: Page): Promise<string[]> {
  return (await strip(page).getByRole("tab").allInnerTexts()).map((t) => t.trim());
}

/** Every tab's name: the strip's, then the "Meer" menu's. */
async function allTabs(page: Page): Promise<string[]> {
  const names = await visibleTabs(page);
  const more = page.getByTestId("tab-more");
  if ((await more.count()) > 0) {
    await more.click();
    const menu = page.getByRole("menu");
    await menu.waitFor();
    names.push(...(await menu.getByRole("menuitem").allInnerTexts()).map((t) => t.trim()));
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
  }
  return names;
}

/** Opens the tab `name`: from the strip when it stands there, else from the "Meer" menu. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = strip(page).getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await page.getByTestId("tab-more").click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

/** The active tab stands in the strip, entirely inside the pane, and names `name`. */
async function expectActiveVisible(page: Page, name: string, width: number): Promise<void> {
  const active = strip(page).getByRole("tab", { selected: true });
  expect((await active.innerText()).trim()).toBe(name);
  expect(await active.isVisible()).toBe(true);
  const box = (await active.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  // The strip itself does not stick out of its box (no hidden scrolling row of tabs).
  const overflow = await strip(page).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

describeBrowser("navigation fit for a 450 px task pane", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 420_000);
  afterAll(() => session.stop(), 60_000);

  it("reaches every tab by mouse and keyboard at 450×900, keeps the active one visible", async () => {
    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: WIDTH, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // A compact header: one line (title and three small buttons), not ~210 px as before.
    const header = (await page.getByTestId("header").boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    expect(header.x + header.width).toBeLessThanOrEqual(WIDTH);
    for (const name of ["Demo-administratie", "Bestand openen (xlsx, csv)"]) {
      const button = page.getByRole("button", { name, exact: true });
      expect(await button.isVisible()).toBe(true);
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    }

    // Not every tab fits: some are in "Meer"; together they are every view.
    const names = await allTabs(page);
    expect(new Set(names).size).toBe(names.length);
    for (const known of KNOWN) expect(names).toContain(known);
    const inStrip = await visibleTabs(page);
    expect(inStrip.length).toBeLessThan(names.length);
    expect(await page.getByTestId("tab-more").isVisible()).toBe(true);
    await screenshot(page, "nav-450-overzicht");

    // By mouse: each tab, from the strip or from the menu; its view opens, its tab stands visible.
    for (const name of names) {
      await openTab(page, name);
      await expectActiveVisible(page, name, WIDTH);
      if (name === "Instellingen" || name === "Overdracht")
        await screenshot(page, `nav-450-${name}`);
    }

    // By keyboard: back to the first tab, then arrow right along the strip onto "Meer", open it
    // with Enter, arrow down to the first hidden tab, Enter selects it.
    await strip(page).getByRole("tab", { name: names[0]!, exact: true }).click();
    await expectActiveVisible(page, names[0]!, WIDTH);
    await strip(page).getByRole("tab", { selected: true }).focus();
    const before = await visibleTabs(page);
    let onMore = false;
    for (let i = 0; i < names.length + 1 && !onMore; i++) {
      await page.keyboard.press("ArrowRight");
      onMore = await page.evaluate(
        () => document.activeElement?.getAttribute("data-testid") === "tab-more"
      );
    }
    expect(onMore).toBe(true);
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await menu.waitFor();
    const hidden = (await menu.getByRole("menuitem").allInnerTexts()).map((t) => t.trim());
    expect(hidden.length).toBe(names.length - before.length);
    expect(hidden.some((h) => before.includes(h))).toBe(false);
    // The menu puts the focus on its first item; Enter selects it.
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    await page.keyboard.press("Enter");
    await expectActiveVisible(page, hidden[0]!, WIDTH);
    // Arrow left from the (now visible) active tab moves the focus and Enter/Space selects.
    await strip(page).getByRole("tab", { selected: true }).focus();
    await page.keyboard.press("ArrowLeft");
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ""
    );
    expect(names).toContain(focused);
    await page.keyboard.press("Enter");
    await expectActiveVisible(page, focused, WIDTH);
    // And the last hidden tab by keyboard, through the menu: End on the menu list, Enter.
    await page.getByTestId("tab-more").focus();
    await page.keyboard.press("Enter");
    await menu.waitFor();
    const lastHidden = (await menu.getByRole("menuitem").allInnerTexts()).map((t) => t.trim());
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expectActiveVisible(page, lastHidden[lastHidden.length - 1]!, WIDTH);
    await screenshot(page, "nav-450-keyboard");

    // Desktop: every tab in the strip, no "Meer", the header as it was (full button texts).
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("[role=tablist] [role=tab]:not([data-overflowing])").length === n,
      names.length
    );
    expect(await visibleTabs(page)).toEqual(names);
    expect(await page.getByTestId("tab-more").count()).toBe(0);
    expect(
      (await page.getByRole("button", { name: "Bestand openen (xlsx, csv)" }).innerText()).trim()
    ).toBe("Bestand openen (xlsx, csv)");
    await screenshot(page, "nav-1400");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("opens a KPI's explanation with the invoices behind it at 450×900, drills down to a dossier", async () => {
    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: WIDTH, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    const arCents = Math.round(
      Number(await page.getByTestId("kpi-ar").getAttribute("data-value")) * 100
    );

    // Openstaand: the report's definition, the bridge from the list's total, and customers whose
    // amounts add up to the card's figure to the cent.
    await page.getByRole("button", { name: "Toelichting bij Openstaand" }).click();
    const dialog = page.getByTestId("kpi-explanation");
    await dialog.waitFor();
    expect(await dialog.getByTestId("kpi-definition").innerText()).toMatch(
      /^Openstaande debiteuren: wat op de peildatum nog open staat/
    );
    expect(await dialog.getByTestId("kpi-bridge").innerText()).toMatch(
      /^Openstaand volgens de lijst € [\d.]+,\d\d − afgeschreven als oninbaar € [\d.]+,\d\d = openstaande debiteuren in deze analyse/
    );
    const amounts = async (testId: string) =>
      (await dialog
        .getByTestId(testId)
        .locator("tr")
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-amount"))))) as number[];
    const customers = await amounts("kpi-customers");
    expect(customers.length).toBeGreaterThan(1);
    expect(customers.reduce((a, b) => a + b, 0)).toBe(arCents);
    expect((await amounts("kpi-invoices")).length).toBeGreaterThan(0);
    // The dialog fits the pane.
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, "nav-450-kpi-openstaand");
    await dialog.getByRole("button", { name: "Sluiten" }).click();
    await dialog.waitFor({ state: "detached" });

    // Vervallen: the computation with the figures; the overdue invoices all past due.
    await page.getByRole("button", { name: "Toelichting bij Vervallen" }).click();
    await dialog.waitFor();
    expect(await dialog.getByTestId("kpi-computation").innerText()).toMatch(
      /^€ [\d.]+,\d\d ÷ € [\d.]+,\d\d × 100 = \d+,\d%$/
    );
    const overdueDays = await dialog
      .getByTestId("kpi-invoices")
      .locator("tr td:nth-child(4)")
      .allInnerTexts();
    expect(overdueDays.length).toBeGreaterThan(0);
    for (const d of overdueDays) expect(Number(d.replace(/\./g, ""))).toBeGreaterThan(0);
    await screenshot(page, "nav-450-kpi-vervallen");

    // Drill-down: the largest overdue customer opens its dossier.
    await dialog.getByTestId("kpi-customers").getByRole("button").first().click();
    await page.getByTestId("dossier").waitFor();
    expect(await strip(page).getByRole("tab", { selected: true }).innerText()).toBe("Debiteuren");

    // Noise: Kredietcheck lists no settled customer (€ 0,00 open) until asked to.
    await openTab(page, "Kredietcheck");
    // One amount per customer card (the reasons are list items too, so count the amounts).
    const creditOpen = page.getByTestId("credit-list").getByTestId("credit-open");
    await creditOpen.first().waitFor();
    const creditAmounts = await creditOpen.allInnerTexts();
    const listed = creditAmounts.length;
    expect(creditAmounts.some((a) => a.trim() === "€ 0,00")).toBe(false);
    const hiddenText = await page.getByTestId("settled-hidden").innerText();
    const hidden = Number(/^(\d+) afgeloste klant/.exec(hiddenText)?.[1]);
    expect(hidden).toBeGreaterThan(0);
    await screenshot(page, "nav-450-kredietcheck");
    await page.getByText("Toon ook afgeloste klanten").click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("[data-testid=credit-list] [data-testid=credit-open]").length ===
        n,
      listed + hidden
    );
    expect(await page.getByTestId("settled-hidden").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("exports Debiteuren to xlsx at 450×900: every row, the file's total equals the table's", async () => {
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
    const arCents = Math.round(
      Number(await page.getByTestId("kpi-ar").getAttribute("data-value")) * 100
    );
    await openTab(page, "Debiteuren");
    await page.getByTestId("customer-table").waitFor();
    const total = page.getByTestId("list-total");
    const tableCents = Number(await total.getAttribute("data-cents"));
    // Settled customers are hidden, so the table's total is the analysed AR.
    expect(tableCents).toBe(arCents);
    const n = Number(/^(\d+) debiteuren/.exec(await total.innerText())?.[1]);
    expect(n).toBe(await page.getByTestId("customer-table").locator("tbody tr").count());
    await screenshot(page, "nav-450-debiteuren");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^debiteuren-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "openstaand-nav-")), "d.xlsx");
    await download.saveAs(file);
    const read = await readXlsxValues(new Uint8Array(readFileSync(file)), "d.xlsx");
    const [header = [], ...body] = read.values;
    expect(header.slice(0, 3)).toEqual(["Debiteur", "Naam", "Openstaand"]);
    expect(body).toHaveLength(n + 1);
    const cents = (x: unknown) => Math.round(Number(x) * 100);
    const control = body[body.length - 1]!;
    expect(control[0]).toBe("Totaal");
    expect(cents(control[2])).toBe(tableCents);
    expect(body.slice(0, -1).reduce((s, row) => s + cents(row[2]), 0)).toBe(tableCents);

    // The report's tables: a cut-off preview shows all its rows on request (the top 20 debtors).
    await openTab(page, "Rapport");
    const more = page.getByRole("button", { name: /^Toon alle \d+ rijen$/ }).first();
    await more.waitFor({ timeout: 60_000 });
    const all = Number(/(\d+)/.exec(await more.innerText())?.[1]);
    const tableId = (await more.getAttribute("data-testid"))!.replace(/-all$/, "");
    await more.click();
    expect(await page.getByTestId(tableId).locator("tbody tr").count()).toBe(all);
    await screenshot(page, "nav-450-rapport");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
