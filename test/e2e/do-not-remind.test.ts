// End to end, do not remind (issue 11 §4) in the standalone workbench (npm start) on the demo
// ledger: a customer marked "niet aanmanen" in Herinneringen (reason, until-date) leaves the
// proposals and is listed with the exclusions with that reason; the mark survives a reload (it is
// kept with the settings), is listed in the customer's dossier and can be lifted there; an invoice
// mark whose last day lies before the reporting day is shown as lapsed and stops nothing. Every
// figure is checked against the same use-cases computed in-process.
// Screenshots: test-results/dnr-*.png.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { analyse, analysisDay, markDoNotRemind, DEFAULT_SETTINGS } from "../../src/app";
import { addDays } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

async function proposalsHeading(page: Page, n: number): Promise<void> {
  await page.getByRole("heading", { name: `Voorstellen (${n})`, exact: true }).waitFor();
}

async function shownProposals(page: Page): Promise<string[]> {
  const list = page.getByTestId("proposals");
  if ((await list.count()) === 0) return [];
  return list.locator("strong").allInnerTexts();
}

const REASON = "Curator aangesteld, vordering ingediend";

describeBrowser("do not remind in the workbench", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("marks a customer in Herinneringen, lists and lifts it in the dossier; a lapsed invoice mark stops nothing", async () => {
    const demo = demoLedger();
    const read = readLedger(demo.values(), { asOf: demo.asOf });
    const asOf = analysisDay(read.ledger, demo.asOf);
    const before = analyse(read.ledger, asOf, DEFAULT_SETTINGS).reminders;
    expect(before.proposals.length).toBeGreaterThan(1);
    const target = before.proposals[0]!;
    const name = target.customerName ?? target.customerId;
    const until = addDays(asOf, 30);
    const untilNl = until.split("-").reverse().join("-");
    const marked = markDoNotRemind(DEFAULT_SETTINGS, {
      customerId: target.customerId,
      invoiceId: null,
      reason: REASON,
      until,
    });
    const after = analyse(read.ledger, asOf, marked).reminders;
    const stopped = after.excluded.filter((e) => e.reason === "do-not-remind");
    // every open invoice of the customer, the not-yet-due ones too, is left out with the mark
    expect(new Set(stopped.map((e) => e.customerId))).toEqual(new Set([target.customerId]));
    for (const i of target.invoices) expect(stopped.map((e) => e.invoiceId)).toContain(i.invoiceId);

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${session.base}/taskpane.html`);
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    await openTab(page, "Herinneringen");
    await proposalsHeading(page, before.proposals.length);
    const panel = page.getByTestId("do-not-remind");
    expect(await panel.innerText()).toContain(
      "Er staan geen debiteuren of facturen op niet aanmanen."
    );

    // A reason is required: nothing is stored without one.
    await panel.getByTestId("dnr-customer").fill(target.customerId);
    await panel.getByRole("button", { name: "Niet aanmanen", exact: true }).click();
    await panel.getByText("Vul de reden in").waitFor();
    await panel.getByTestId("dnr-reason").fill(REASON);
    await panel.getByTestId("dnr-until").fill(until);
    await panel.getByRole("button", { name: "Niet aanmanen", exact: true }).click();
    await panel
      .getByRole("status")
      .filter({ hasText: `Debiteur ${target.customerId} krijgt geen herinnering meer` })
      .waitFor();

    await proposalsHeading(page, after.proposals.length);
    expect(await shownProposals(page)).toEqual(
      after.proposals.map((p) => p.customerName ?? p.customerId)
    );
    expect(await shownProposals(page)).not.toContain(name);
    const excluded = await page.getByTestId("excluded").innerText();
    for (const e of stopped) expect(excluded).toContain(e.invoiceId);
    expect(excluded).toContain(`Niet aanmanen (klant) t/m ${untilNl}: ${REASON}.`);
    const marks = await panel.getByTestId("do-not-remind-marks").innerText();
    expect(marks).toContain(target.customerId);
    expect(marks).toContain("alle facturen");
    expect(marks).toContain(REASON);
    expect(marks).toContain(untilNl);
    await screenshot(page, "dnr-1-herinneringen");

    // Kept with the settings: a reload shows the same run and the same mark.
    await page.reload();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, after.proposals.length);
    expect(await page.getByTestId("do-not-remind-marks").innerText()).toContain(REASON);

    // An invoice mark that lapsed the day before the reporting day: listed as lapsed, stops nothing.
    const other = before.proposals[1]!;
    const invoice = other.invoices[0]!.invoiceId;
    await panel.getByTestId("dnr-customer").fill(other.customerId);
    await panel.getByTestId("dnr-invoice").fill(invoice);
    await panel.getByTestId("dnr-reason").fill("Was toegezegd voor vorige week");
    await panel.getByTestId("dnr-until").fill(addDays(asOf, -1));
    await panel.getByRole("button", { name: "Niet aanmanen", exact: true }).click();
    await panel
      .getByRole("status")
      .filter({ hasText: `Factuur ${invoice}` })
      .waitFor();
    const lapsedRow = panel.getByTestId("do-not-remind-marks").locator("tr", { hasText: invoice });
    expect(await lapsedRow.innerText()).toContain("verlopen");
    await proposalsHeading(page, after.proposals.length);
    expect(await shownProposals(page)).toContain(other.customerName ?? other.customerId);

    // The dossier of the marked customer lists its mark and lifts it.
    await openTab(page, "Debiteuren");
    const table = page.getByTestId("customer-table");
    await table.waitFor();
    await page.getByPlaceholder("Zoek op naam of nummer").fill(target.customerId);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=customer-table] tbody tr").length === 1
    );
    await table.getByRole("button", { name: /^Dossier van / }).click();
    const dossier = page.getByTestId("dossier");
    await dossier.waitFor();
    const dossierPanel = dossier.getByTestId("do-not-remind");
    expect(await dossierPanel.innerText()).toContain(REASON);
    expect(await dossier.getByTestId("dossier-invoices").innerText()).toContain("Niet aanmanen");
    await screenshot(page, "dnr-2-dossier");
    await dossierPanel
      .getByRole("button", { name: `Aanmaningsstop voor debiteur ${target.customerId} opheffen` })
      .click();
    await dossierPanel.getByText("is opgeheven").waitFor();
    expect(await dossierPanel.innerText()).toContain("Er staan geen debiteuren");

    await openTab(page, "Herinneringen");
    await proposalsHeading(page, before.proposals.length);
    expect(await shownProposals(page)).toContain(name);

    // A file whose ledger blocks rows itself (a status, a yes/no column): left out with the reason,
    // and the panel counts them.
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "openstaand-dnr-")),
      "geblokkeerd.csv"
    );
    writeFileSync(
      file,
      [
        "Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Status;Blokkeren",
        "20001;Van Dijk Transport;2026-0488;14-09-2026;14-10-2026;1.210,00;Niet aanmanen;",
        "20002;Hoveniersbedrijf Groen;2026-0490;15-09-2026;15-10-2026;350,00;Open;Ja",
        "20003;Drukkerij Snel;2026-0501;16-09-2026;16-10-2026;99,95;Open;Nee",
      ].join("\r\n") + "\r\n"
    );
    await page.getByTestId("file-input").setInputFiles(file);
    await page
      .getByTestId("source-line")
      .filter({ hasText: "geblokkeerd.csv" })
      .waitFor({ timeout: 60_000 });
    await openTab(page, "Herinneringen");
    await page.getByTestId("ledger-blocked").waitFor();
    expect(await page.getByTestId("ledger-blocked").innerText()).toContain(
      "De debiteurenlijst zelf zet 2 rijen op niet aanmanen"
    );
    const fileExcluded = await page.getByTestId("excluded").innerText();
    expect(fileExcluded).toContain(
      'Niet aanmanen volgens de debiteurenlijst (status "Niet aanmanen").'
    );
    expect(fileExcluded).toContain(
      "Niet aanmanen volgens de debiteurenlijst (aanmaningsstop aangevinkt)."
    );
    expect(fileExcluded).not.toContain("2026-0501");
    // The demo's marks belong to the demo: none listed for this file, and none can be set before
    // the file is tied to an administration.
    const filePanel = page.getByTestId("do-not-remind");
    expect(await filePanel.innerText()).toContain(
      "Er staan geen debiteuren of facturen op niet aanmanen."
    );
    expect(await filePanel.innerText()).toContain("Bevestig eerst bovenaan de pagina");
    expect(
      await filePanel.getByRole("button", { name: "Niet aanmanen", exact: true }).isDisabled()
    ).toBe(true);
    await screenshot(page, "dnr-3-file");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
