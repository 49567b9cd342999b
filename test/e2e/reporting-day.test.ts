// End to end, in the standalone workbench (npm start): the reporting day (peildatum) and the
// administration the records belong to. The demo shows its own story day and says so; a file the
// user opens is analysed as of today — the real date of this machine, computed here, never written
// down — and choosing another day in the header changes the figures (checked against the same
// use-cases in-process); records of two clients' files that are both called debiteuren.csv stay
// apart, and the first client's next file is recognised by its content. Screenshots:
// test-results/day-*.png.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { analyse, lastMonthEnd, localDay, DEFAULT_SETTINGS } from "../../src/app";
import { twoDecimals } from "../../src/documents";
import { addDays, isoDay, type IsoDay } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

/** 2026-12-07 → 07-12-2026, as the Dutch pane writes a day. */
const dutch = (day: string): string => day.split("-").reverse().join("-");

const HEADER = "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand";

/**
 * A Dutch CSV of [invoice, customer, name, days before today invoiced, due, amount text]. Days are
 * ISO, so no day of the year makes a column's day order ambiguous.
 */
function csvOf(today: IsoDay, rows: [string, string, string, number, number, string][]): string {
  const at = (n: number) => addDays(today, -n);
  return (
    [
      HEADER,
      ...rows.map(([inv, cust, name, invoiced, due, amount]) =>
        [inv, cust, name, at(invoiced), at(due), amount, amount].join(";")
      ),
    ].join("\r\n") + "\r\n"
  );
}

/** The open total the pane shows for `csv` as of `day`, computed in-process. */
function arOn(csv: string, day: IsoDay): string {
  const values = Papa.parse<string[]>(csv.trim(), { delimiter: ";" }).data;
  const read = readLedger(values, { asOf: day });
  expect(read.control.rejected).toBe(0);
  return String(twoDecimals(analyse(read.ledger, day, DEFAULT_SETTINGS).report.metrics.ar / 100));
}

async function shownAr(page: Page): Promise<string | null> {
  return page.getByTestId("kpi-ar").getAttribute("data-value");
}

async function waitForDay(page: Page, day: IsoDay, basis: string): Promise<void> {
  await page
    .getByTestId("as-of-basis")
    .filter({ hasText: `${dutch(day)}: ${basis}` })
    .waitFor({ timeout: 60_000 });
  await page
    .getByTestId("source-line")
    .filter({ hasText: `Peildatum ${dutch(day)}` })
    .waitFor();
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
  await page
    .getByTestId("source-line")
    .filter({ hasText: path.basename(file) })
    .waitFor({ timeout: 60_000 });
}

describeBrowser("the reporting day and the administration in the workbench", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("demo on its own day, files as of today, another day changes the figures, same-named files apart", async () => {
    const today = localDay(new Date());
    const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-day-"));
    // Client A (a wholesaler) and client B (an installer): both export "debiteuren.csv", with
    // the same customer and invoice numbers but other debtors, dates and amounts.
    const csvA = csvOf(today, [
      ["F2026-101", "1000", "Bakkerij Jansen", 100, 70, "1.210,00"],
      ["F2026-102", "1001", "Van Dijk Horeca", 50, 20, "484,00"],
      ["F2026-103", "1002", "De Graaf B.V.", 10, -20, "2.500,00"],
      ["F2026-104", "1000", "Bakkerij Jansen", 40, 10, "605,00"],
    ]);
    const csvB = csvOf(today, [
      ["F2026-101", "1000", "Installatiebedrijf Smit", 90, 60, "3.025,00"],
      ["F2026-102", "1001", "Klusbedrijf Mulder", 60, 30, "1.815,00"],
      ["F2026-103", "1003", "Bouwbedrijf Visser", 20, -10, "9.680,00"],
    ]);
    const fileA = path.join(dir, "klant-a", "debiteuren.csv");
    const fileB = path.join(dir, "klant-b", "debiteuren.csv");
    mkdirSync(path.dirname(fileA));
    mkdirSync(path.dirname(fileB));
    writeFileSync(fileA, csvA);
    writeFileSync(fileB, csvB);

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`);
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // 1. The demo: its own story day, and it says so (with today beside it).
    const story = demoLedger().asOf;
    expect(story).not.toBe(today);
    await waitForDay(page, story, "de dag van de demo");
    expect(await page.getByTestId("as-of-basis").innerText()).toContain(
      `vandaag is het ${dutch(today)}`
    );
    expect(await page.getByTestId("administration").innerText()).toContain("(demo)");
    await screenshot(page, "day-1-demo");

    // 2. Client A's file: as of today; the user is asked which administration it is.
    await openFile(page, fileA);
    await page.getByTestId("kpi-ar").waitFor();
    await waitForDay(page, today, "vandaag");
    expect(await page.getByTestId("as-of-input").inputValue()).toBe(today);
    expect(await shownAr(page)).toBe(arOn(csvA, today));
    expect(await shownAr(page)).toBe("4799");
    const pending = page.getByTestId("administration-pending");
    await pending.waitFor();
    expect(await pending.getByTestId("administration-name").inputValue()).toBe("debiteuren");
    expect(await pending.getByTestId("administration-clash").count()).toBe(0);
    await pending.getByTestId("administration-name").fill("Groothandel Peters");
    await pending.getByRole("button", { name: "Nieuwe administratie bevestigen" }).click();
    await page
      .getByTestId("administration")
      .filter({ hasText: "Administratie: Groothandel Peters (bevestigd)" })
      .waitFor();

    // 3. Another day: 30 days ago, before F2026-103 was invoiced — the figures follow.
    const earlier = addDays(today, -30);
    await page.getByTestId("as-of-input").fill(earlier);
    await waitForDay(page, earlier, "gekozen dag");
    await page.getByTestId("as-of-not-today").waitFor();
    expect(await shownAr(page)).toBe(arOn(csvA, earlier));
    expect(await shownAr(page)).toBe("2299");
    await screenshot(page, "day-2-chosen-day");

    // 4. Hand over Bakkerij Jansen's claim as of that day: the claim file is as of that day, the
    // hand-over is recorded today (the run day), in A's administration.
    await page.getByRole("tab", { name: "Overdracht", exact: true }).click();
    const handover = page.getByTestId("handover");
    const table = handover.getByTestId("candidates");
    await table.waitFor();
    await handover.getByRole("button", { name: "Niets selecteren" }).click();
    await table.getByRole("checkbox", { name: "Bakkerij Jansen", exact: true }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      handover.getByRole("button", { name: "Vorderingen (csv)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`vorderingen-${earlier}.csv`);
    const batches = handover.getByTestId("handover-batches");
    await batches.waitFor();
    expect(await batches.locator("tbody tr").first().innerText()).toMatch(
      new RegExp(`^incasso-${today}\\s+${dutch(today)}\\s`)
    );
    // As of that day Bakkerij Jansen had one overdue invoice, now handed over.
    expect(await table.innerText()).not.toContain("Bakkerij Jansen");
    await screenshot(page, "day-3-client-a-handed-over");
    await page.getByRole("tab", { name: "Overzicht", exact: true }).click();
    // Laatste maandeinde, then back to today.
    const monthEnd = lastMonthEnd(today);
    if (monthEnd !== earlier) {
      await page.getByTestId("as-of-month-end").click();
      await waitForDay(page, monthEnd, monthEnd === today ? "vandaag" : "laatste maandeinde");
      expect(await shownAr(page)).toBe(arOn(csvA, monthEnd));
    }
    await page.getByTestId("as-of-today").click();
    await waitForDay(page, today, "vandaag");
    expect(await shownAr(page)).toBe(arOn(csvA, today));
    expect(await page.getByTestId("as-of-not-today").count()).toBe(0);

    await page.getByRole("tab", { name: "Overdracht", exact: true }).click();

    // 5. Client B's file of the same name: not A; A's hand-over is not applied to B's 1000.
    await openFile(page, fileB);
    const clash = page.getByTestId("administration-clash");
    await clash.waitFor();
    expect(await clash.innerText()).toContain("Groothandel Peters");
    expect(await page.getByTestId("administration-name").inputValue()).toBe("debiteuren");
    await handover.getByText("Nog niets overgedragen.").waitFor();
    expect(await table.innerText()).toContain("Installatiebedrijf Smit");
    await screenshot(page, "day-4-client-b-same-name");
    await page.getByTestId("administration-name").fill("Installateur Smit");
    await page.getByRole("button", { name: "Nieuwe administratie bevestigen" }).click();
    await page
      .getByTestId("administration")
      .filter({ hasText: "Administratie: Installateur Smit (bevestigd)" })
      .waitFor();
    await handover.getByText("Nog niets overgedragen.").waitFor();
    expect(await table.innerText()).toContain("Installatiebedrijf Smit");
    await page.getByRole("tab", { name: "Overzicht", exact: true }).click();
    await page.getByTestId("kpi-ar").waitFor();
    expect(await shownAr(page)).toBe(arOn(csvB, today));
    await page.getByRole("tab", { name: "Overdracht", exact: true }).click();

    // 6. A's file again: recognised by its customers and invoices; its hand-over is back.
    await openFile(page, fileA);
    await page
      .getByTestId("administration")
      .filter({ hasText: "Groothandel Peters (herkend aan de debiteuren en facturen)" })
      .waitFor();
    await handover.getByTestId("handover-batches").waitFor();
    expect(await handover.getByTestId("handover-batches").innerText()).toContain(
      `incasso-${today}`
    );
    // As of today only F2026-104 of Bakkerij Jansen is overdue and not handed over.
    await table.getByRole("checkbox", { name: "Bakkerij Jansen", exact: true }).waitFor();
    await screenshot(page, "day-5-client-a-recognised");

    await context.close();
    expect(errors).toEqual([]);
  }, 300_000);
});

// The in-process helpers above must agree with what they compute on a known case.
describe("the e2e helpers", () => {
  it("write Dutch dates relative to today and read back", () => {
    const csv = csvOf(isoDay("2026-12-07"), [["F1", "1", "A", 10, 0, "1.210,00"]]);
    expect(csv).toContain("F1;1;A;2026-11-27;2026-12-07;1.210,00;1.210,00");
    expect(arOn(csv, isoDay("2026-12-07"))).toBe("1210");
    expect(arOn(csv, isoDay("2026-11-26"))).toBe("0");
  });
});
