// End to end, the records of issue 7 in the standalone workbench (npm start) on the demo ledger:
// letters recorded as sent (Verzendlog) shorten the next reminder run, survive a reload
// (localStorage) and can be undone; an edited letter template is checked as typed, previewed on a
// real debtor and used for the letters; claims handed over (Overdracht) leave the candidates and the
// reminder run, with a control line that reconciles, and come back on undo. Every figure is checked
// against the same use-cases computed in-process. Screenshots: test-results/records-*.png.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Download, Locator, Page } from "playwright-core";
import {
  analyse,
  analysisDay,
  draftReminders,
  handoverCandidates,
  applyRecords,
  sentOn,
  DEFAULT_SETTINGS,
  type Settings,
  previewCandidates,
  templateChoices,
} from "../../src/app";
import { escapeHtml, formatCents, type Cents } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { factoringFile, handoffClaims } from "../../src/documents";
import {
  markHandedOver,
  NO_HANDOVERS,
  type HandoverState,
  type ReminderLogEntry,
} from "../../src/records";
import { readLedger } from "../../src/ledger";
import { describeBrowser, results, screenshot, workbenchSession } from "./e2e-support";

const COMPANY = "Jansen Installatietechniek B.V.";
const IBAN = "NL91 ABNA 0417 1643 00";
const SIGNATORY = "P. de Vries, hoofd debiteurenbeheer";
/** A sentence only the edited template has. */
const MARKER = "Volgens onze administratie staat er nog een bedrag open";

/** "1234,56" (a Dutch CSV amount) → cents. */
function csvCents(text: string | undefined): number {
  const m = /^(-?)(\d+),(\d\d)$/.exec(text ?? "");
  if (!m) throw new Error(`not a CSV amount: ${text}`);
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** Euros as a workbook cell holds them → cents. */
const euroCents = (value: unknown): number => Math.round(Number(value) * 100);

/** The file `click` makes the page download. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return download;
}

/** The `n` files `click` makes the page download. */
async function downloadsOf(page: Page, n: number, click: () => Promise<void>): Promise<Download[]> {
  const got: Download[] = [];
  const listen = (d: Download) => got.push(d);
  page.on("download", listen);
  try {
    await click();
    const deadline = Date.now() + 30_000;
    while (got.length < n && Date.now() < deadline) await page.waitForTimeout(100);
  } finally {
    page.off("download", listen);
  }
  return got;
}

/** The rows of a Dutch CSV export (semicolons, UTF-8 with BOM). */
async function csvRows(d: Download): Promise<string[][]> {
  const bytes = readFileSync(await d.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // TextDecoder drops the BOM.
  const body = new TextDecoder().decode(bytes);
  return Papa.parse<string[]>(body, { delimiter: ";", skipEmptyLines: true }).data;
}

/** The customer names of the proposals the page shows (none when it says there are none). */
async function shownProposals(page: Page): Promise<string[]> {
  const list = page.getByTestId("proposals");
  if ((await list.count()) === 0) return [];
  return list.locator("strong").allInnerTexts();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

/** Waits until the Herinneringen heading says `n` proposals. */
async function proposalsHeading(page: Page, n: number): Promise<void> {
  await page.getByRole("heading", { name: `Voorstellen (${n})`, exact: true }).waitFor();
}

/** Waits until the Verzendlog heading says `n` messages. */
async function logHeading(page: Page, n: number): Promise<Locator> {
  const log = page.getByTestId("reminder-log");
  await log
    .getByRole("heading", { name: `Verzendlog (${n === 1 ? "1 bericht" : `${n} berichten`})` })
    .waitFor();
  return log;
}

describeBrowser("records in the workbench: reminder log, letter templates, hand-over", () => {
  const session = workbenchSession();

  beforeAll(() => session.start(), 240_000);

  afterAll(() => session.stop(), 60_000);

  it("records letters as sent, edits a template, hands claims over, and undoes each", async () => {
    // In-process: the demo ledger as the pane reads it, analysed with the settings it will have.
    const demo = demoLedger();
    const read = readLedger(demo.values(), { asOf: demo.asOf });
    const asOf = analysisDay(read.ledger, demo.asOf);
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      company: { ...DEFAULT_SETTINGS.company, name: COMPANY, iban: IBAN, contact: SIGNATORY },
    };
    const before = analyse(read.ledger, asOf, settings).reminders;
    const proposals = before.proposals;
    expect(proposals.length).toBeGreaterThan(0);
    const names = proposals.map((p) => p.customerName ?? p.customerId);
    // What recording this run's letters does to the next run.
    const drafted = await draftReminders(read.ledger, proposals, settings, asOf);
    const after = (log: readonly ReminderLogEntry[], handovers: HandoverState = NO_HANDOVERS) =>
      analyse(applyRecords(read.ledger, { log: [...log], handovers }), asOf, settings).reminders;
    // Recorded as sent today, the run day (the demo's letters are as of its story day).
    // The page's clock is fixed at noon on the demo's day (below), so that is the run day too.
    const runDay = asOf;
    const dutchRunDay = runDay.split("-").reverse().join("-");
    const recordedRun = after(sentOn(drafted.log, runDay));
    expect(recordedRun.proposals.length).toBeLessThan(proposals.length);
    const n = drafted.log.length;
    expect(n).toBe(proposals.length);

    // The page's clock stands at noon (Amsterdam) on the demo's day: records carry the day they are
    // made on (the run day), which is then the analysis day the expectations above are computed
    // for, whatever day the test runs.
    const context = await session.browser.newContext({
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await context.clock.setFixedTime(new Date(`${asOf}T11:00:00Z`));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      // The pinned clock is a script Playwright puts into every frame; the template preview's
      // frame is sandboxed without scripts (as it must be) and refuses it, saying so.
      if (/^Blocked script execution in 'about:srcdoc'.*sandboxed/.test(m.text())) return;
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // Company details first: without name and IBAN no letter is drafted.
    await openTab(page, "Instellingen");
    await page.getByLabel("Bedrijfsnaam").fill(COMPANY);
    await page.getByLabel("IBAN", { exact: true }).first().fill(IBAN);
    await page.getByLabel("Ondertekenaar (naam, functie)").fill(SIGNATORY);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Instellingen opgeslagen.").waitFor();

    // 1. Herinneringen: draft, record as sent, the run shrinks to what the log leaves.
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, proposals.length);
    expect(await shownProposals(page)).toEqual(names);
    await logHeading(page, 0);
    expect(await page.getByTestId("reminder-log").innerText()).toContain("Nog niets vastgelegd.");
    const drafts = page.getByTestId("drafts");
    const merge = await downloadOf(page, () =>
      drafts.getByRole("button", { name: "Samenvoegbestand (CSV)" }).click()
    );
    expect(merge.suggestedFilename()).toBe(`herinneringen-${asOf}-mailmerge.csv`);
    expect(await csvRows(merge)).toHaveLength(n + 1);
    const recordButton = drafts.getByRole("button", {
      name: `Vastleggen als verstuurd (${n === 1 ? "1 bericht" : `${n} berichten`})`,
    });
    await recordButton.click();
    await drafts.getByTestId("recorded").filter({ hasText: "vastgelegd als verstuurd" }).waitFor();
    expect(await drafts.getByTestId("recorded").innerText()).toBe(
      `${n === 1 ? "1 bericht" : `${n} berichten`} vastgelegd als verstuurd op ${dutchRunDay}.`
    );
    await proposalsHeading(page, recordedRun.proposals.length);
    // No customer recorded is proposed again at the stage it was just sent.
    for (const entry of drafted.log)
      expect(
        recordedRun.proposals.some(
          (p) => p.customerId === entry.customerId && p.stage <= entry.stage
        )
      ).toBe(false);
    expect(await shownProposals(page)).toEqual(
      recordedRun.proposals.map((p) => p.customerName ?? p.customerId)
    );
    if (recordedRun.proposals.length === 0) {
      // The empty run says so on its own line, under the heading.
      const heading = await page.getByRole("heading", { name: "Voorstellen (0)" }).boundingBox();
      const none = await page.getByText("Deze week hoeft geen debiteur").boundingBox();
      expect(none!.y).toBeGreaterThanOrEqual(heading!.y + heading!.height - 1);
    }
    let log = await logHeading(page, n);
    expect(await log.locator("tbody tr").count()).toBe(n);
    const logText = await log.innerText();
    for (const name of names) expect(logText).toContain(name);

    // Undo: the original run is back, the log empty.
    await drafts.getByRole("button", { name: "Vastlegging ongedaan maken" }).click();
    await drafts.getByText("De vastlegging is ongedaan gemaakt.").waitFor();
    await proposalsHeading(page, proposals.length);
    expect(await shownProposals(page)).toEqual(names);
    await logHeading(page, 0);

    // Again, this time through the log CSV, and kept over a reload.
    const logCsv = await downloadOf(page, () =>
      drafts.getByRole("button", { name: "Verzendlogboek (CSV)" }).click()
    );
    expect(logCsv.suggestedFilename()).toBe(`herinneringen-${asOf}-log.csv`);
    const logRows = await csvRows(logCsv);
    expect(logRows.at(-1)!.join(";")).toContain(`Controletotaal: ${n} berichten`);
    // This time they went out by post: the log says so for every one.
    await drafts.getByTestId("sent-via").selectOption("letter");
    await recordButton.click();
    await proposalsHeading(page, recordedRun.proposals.length);
    const posted = await logHeading(page, n);
    const channels = await posted.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(channels).toEqual(Array.from({ length: n }, () => "brief"));
    await page.reload({ timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, recordedRun.proposals.length);
    log = await logHeading(page, n);
    expect(await log.locator("tbody tr").count()).toBe(n);
    expect(await log.innerText()).toContain("bewaard in deze browser");
    await page.waitForTimeout(300); // the tab indicator's slide, for the screenshot
    await screenshot(page, "records-1-herinneringen-log");
    // Removing the entries one by one in the Verzendlog brings the run back.
    for (let left = n; left > 0; left--) {
      await log.getByRole("button", { name: "Verwijderen" }).first().click();
      await logHeading(page, left - 1);
    }
    await proposalsHeading(page, proposals.length);
    await page.reload({ timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, proposals.length);
    await logHeading(page, 0);

    // 2. Briefsjablonen: the template of the stage this run proposes.
    const choices = templateChoices();
    // The first Dutch proposal's template (the run may open with an English letter).
    const dutch = proposals.find((p) => p.language === "nl")!;
    expect(dutch).toBeDefined();
    const stageTemplate = dutch.policyStage.templateId;
    // The editor edits the Dutch text (the pane's language); English letters keep their own.
    const atStage = proposals.filter(
      (p) => p.policyStage.templateId === stageTemplate && p.language === "nl"
    );
    expect(atStage.length).toBeGreaterThan(0);
    const choiceIndex = choices.findIndex((c) => c.templateId === stageTemplate);
    const choice = choices[choiceIndex]!;
    // A template whose ladder has no debtor in this run (else: one that has another stage).
    const otherIndex = choices.findIndex(
      (c, i) => i !== choiceIndex && previewCandidates(proposals, c).length === 0
    );
    const editor = page.getByTestId("templates");
    const select = editor.getByTestId("template-choice");
    await select.waitFor();
    if (otherIndex >= 0) {
      await select.selectOption(String(otherIndex));
      await editor.getByText("Er is geen debiteur van deze soort met vervallen posten").waitFor();
      expect(await editor.getByTestId("template-preview").count()).toBe(0);
    }
    await select.selectOption(String(choiceIndex));
    const candidates = previewCandidates(proposals, choice);
    const debtorSelect = editor.getByTestId("template-debtor");
    await debtorSelect.waitFor();
    expect(
      await debtorSelect.locator("option").evaluateAll((o) => o.map((x) => x.getAttribute("value")))
    ).toEqual(candidates.map((p) => p.customerId));
    const body = editor.getByTestId("template-body");
    const saveTemplate = editor.getByRole("button", { name: "Sjabloon opslaan" });
    await body.fill("Geachte {{debtor.name}},\n\nU bent {{foo}} verschuldigd.");
    const problems = editor.getByTestId("template-problems");
    await problems.waitFor();
    expect(await problems.innerText()).toContain("Onbekend veld {{foo}}");
    expect(await saveTemplate.isDisabled()).toBe(true);
    expect(await editor.getByTestId("template-preview").count()).toBe(0);
    await body.fill(
      `Beste {{debtor.name}},\n\n${MARKER}: {{total}}, te betalen op {{company.iban}}.\n\n{{> specificatie}}\n\nMet vriendelijke groet,\n{{company.contact}}`
    );
    await problems.waitFor({ state: "detached" });
    expect(await saveTemplate.isEnabled()).toBe(true);
    // The preview on the last debtor of the list: its name and amount. At a stage without interest
    // or costs the total is the amount due.
    const shownDebtor = candidates.at(-1)!;
    expect(choice.stage).toBe(dutch.stage);
    const stage = dutch.policyStage;
    const expectedTotal =
      stage.mayChargeInterest || stage.mayChargeCollectionCosts
        ? null
        : formatCents(shownDebtor.amountDue, "nl");
    await debtorSelect.selectOption(shownDebtor.customerId);
    // Wait on the content, not on visibility: the preview is a sandboxed srcdoc frame, which
    // Chromium may render in a process of its own and leave unpainted (its body "hidden") for a
    // long time on a loaded machine. First the page must have put this debtor's letter into the
    // frame (srcdoc), then the frame's document must hold it (attached, whatever its layout).
    const greeting = `Beste ${shownDebtor.customerName},`;
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector("[data-testid=template-preview]")
          ?.getAttribute("srcdoc")
          ?.includes(expected) === true,
      escapeHtml(greeting),
      { timeout: 30_000 }
    );
    const previewBody = page
      .frameLocator("[data-testid=template-preview]")
      .locator("body", { hasText: greeting });
    await previewBody.waitFor({ state: "attached", timeout: 30_000 });
    const previewText = (await previewBody.textContent()) ?? "";
    expect(previewText).toContain(`${MARKER}: `);
    if (expectedTotal) expect(previewText).toContain(`${MARKER}: ${expectedTotal},`);
    expect(previewText).toContain(IBAN);
    expect(previewText).toContain(SIGNATORY);
    if (candidates.length > 1)
      expect(previewText).not.toContain(`Beste ${candidates[0]!.customerName},`);
    expect(await editor.getByTestId("template-preview").getAttribute("sandbox")).toBe("");
    await saveTemplate.click();
    await editor.getByText("Het sjabloon is opgeslagen.").waitFor();
    expect(await select.locator("option:checked").innerText()).toMatch(/\(aangepast\)$/);
    await editor.scrollIntoViewIfNeeded();
    await editor.screenshot({ path: path.join(results, "records-2-sjabloon.png") });
    // The letters of this run use the edited text, one per debtor at that stage.
    const letters = await downloadOf(page, () =>
      drafts.getByRole("button", { name: "Brieven afdrukken (HTML)" }).click()
    );
    expect(letters.suggestedFilename()).toBe(`herinneringen-${asOf}-brieven.html`);
    const lettersPage = await context.newPage();
    await lettersPage.route(/^https?:/, (route) => route.abort());
    await lettersPage.goto(`file://${await letters.path()}`);
    const printed = await lettersPage.locator("body").innerText();
    await lettersPage.close();
    expect(printed.split(MARKER).length - 1).toBe(atStage.length);
    for (const p of atStage) expect(printed).toContain(`Beste ${p.customerName},`);
    if (expectedTotal) expect(printed).toContain(`${MARKER}: ${expectedTotal},`);

    // 3. Overdracht: two customers of this run's proposals hand over their claims.
    await openTab(page, "Overdracht");
    const handover = page.getByTestId("handover");
    const table = handover.getByTestId("candidates");
    await table.waitFor();
    const allCandidates = handoverCandidates(read.ledger, before, asOf);
    const heading = (k: number) =>
      handover
        .getByRole("heading", { name: `Debiteuren met vervallen posten (${k})`, exact: true })
        .waitFor();
    await heading(allCandidates.length);
    expect(await table.locator("tbody tr").count()).toBe(allCandidates.length);
    const proposed = new Set(proposals.map((p) => p.customerId));
    const picked = allCandidates.filter((c) => proposed.has(c.customerId)).slice(0, 2);
    expect(picked).toHaveLength(2);
    const ids = picked.map((c) => c.customerId);
    const tick = async () => {
      await handover.getByRole("button", { name: "Niets selecteren" }).click();
      for (const c of picked)
        await table.getByRole("checkbox", { name: c.name ?? c.customerId, exact: true }).check();
      await handover
        .getByTestId("handover-selected")
        .filter({
          hasText: `2 debiteuren geselecteerd, ${formatCents((picked[0]!.overdue + picked[1]!.overdue) as Cents, "nl")} vervallen`,
        })
        .waitFor();
    };
    await tick();
    const claimsCsv = await downloadOf(page, () =>
      handover.getByRole("button", { name: "Vorderingen (csv)" }).click()
    );
    expect(claimsCsv.suggestedFilename()).toBe(`vorderingen-${asOf}.csv`);
    const rows = await csvRows(claimsCsv);
    const header = rows[0]!;
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const claimRows = rows.slice(1, -1);
    const control = rows.at(-1)!;
    expect(control[0]).toBe("Controletotaal");
    const expected = handoffClaims(read.ledger, ids, asOf, {
      costsIncludeVat: settings.letters.costsIncludeVat,
      log: [],
    });
    expect(claimRows).toHaveLength(expected.claims.length);
    expect(control[1]).toBe(`${expected.control.count} vorderingen`);
    expect(new Set(claimRows.map((r) => r[col("Debiteurnummer")]))).toEqual(new Set(ids));
    for (const [name, key] of [
      ["Hoofdsom", "principal"],
      ["Rente", "interest"],
      ["Incassokosten", "costs"],
      ["Totaal", "total"],
    ] as const) {
      const sum = claimRows.reduce((s, r) => s + csvCents(r[col(name)]), 0);
      expect(csvCents(control[col(name)])).toBe(sum);
      expect(sum).toBe(expected.control[key]);
    }
    expect(expected.control.principal).toBeGreaterThan(0);
    await handover.getByTestId("handover-status").waitFor();
    expect(await handover.getByTestId("handover-status").innerText()).toBe(
      `${expected.claims.length} vorderingen geëxporteerd en gemarkeerd als overgedragen, samen ${formatCents(expected.control.total, "nl")}.`
    );
    // Handed over: a batch, the customers out of the candidates and out of the reminder run.
    const handed = markHandedOver(
      NO_HANDOVERS,
      expected.claims.map((k) => ({ customerId: k.debtor.customerId, invoiceId: k.invoiceId })),
      runDay,
      `incasso-${runDay}`,
      "collection"
    );
    const handedRun = after([], handed);
    const handedLedger = applyRecords(read.ledger, { log: [], handovers: handed });
    const leftCandidates = handoverCandidates(handedLedger, handedRun, asOf);
    expect(leftCandidates.length).toBe(allCandidates.length - 2);
    await heading(leftCandidates.length);
    const candidateText = await table.innerText();
    for (const id of ids) expect(candidateText).not.toContain(`(${id})`);
    const batches = handover.getByTestId("handover-batches");
    await batches.waitFor();
    expect(await batches.locator("tbody tr").count()).toBe(1);
    expect(await batches.locator("tbody tr").first().innerText()).toMatch(
      new RegExp(`incasso-${runDay}\\s+${dutchRunDay}\\s+[^\\t]*incassobureau\\s+2\\s+`)
    );
    await screenshot(page, "records-3-overdracht");
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, handedRun.proposals.length);
    expect(handedRun.proposals.some((p) => ids.includes(p.customerId))).toBe(false);
    const stillProposed = await shownProposals(page);
    for (const c of picked) expect(stillProposed).not.toContain(c.name);
    expect(stillProposed).toHaveLength(proposals.length - 2);

    // Undo the hand-over: candidates and proposals as before.
    await openTab(page, "Overdracht");
    await handover
      .getByTestId("handover-batches")
      .getByRole("button", { name: "Ongedaan maken" })
      .click();
    await handover.getByText("Nog niets overgedragen.").waitFor();
    await heading(allCandidates.length);
    await openTab(page, "Herinneringen");
    await proposalsHeading(page, proposals.length);
    expect(await shownProposals(page)).toEqual(names);

    // Factoring (xlsx): a debtor list and an invoice list, each with its control line.
    await openTab(page, "Overdracht");
    await table.waitFor();
    await tick();
    const files = await downloadsOf(page, 2, () =>
      handover.getByRole("button", { name: "Factoringbestanden (xlsx)" }).click()
    );
    expect(files.map((f) => f.suggestedFilename()).sort()).toEqual([
      `factoring-debiteuren-${asOf}.xlsx`,
      `factoring-facturen-${asOf}.xlsx`,
    ]);
    const factoring = factoringFile(read.ledger, asOf, {
      customerIds: ids,
      edges: settings.ageingEdges,
    });
    expect(factoring.control.count).toBeGreaterThan(0);
    const invoicesFile = files.find((f) => f.suggestedFilename().includes("facturen"))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await invoicesFile.path()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Facturen")!;
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    // ExcelJS rows are 1-based arrays: [, A, B, …].
    const head = values[0]!.slice(1) as string[];
    const openCol = head.indexOf("Openstaand") + 1;
    const customerCol = head.indexOf("Debiteurnummer") + 1;
    const invoiceRows = values.slice(1, -1);
    const last = values.at(-1)!;
    expect(last[1]).toBe("Controletotaal");
    expect(invoiceRows).toHaveLength(factoring.control.count);
    expect(new Set(invoiceRows.map((r) => r[customerCol]))).toEqual(new Set(ids));
    const openSum = invoiceRows.reduce((s, r) => s + euroCents(r[openCol]), 0);
    expect(euroCents(last[openCol])).toBe(openSum);
    expect(openSum).toBe(factoring.control.open);
    await handover
      .getByTestId("handover-batches")
      .getByText(`factoring-${runDay}`, { exact: true })
      .waitFor();
    // A factoring batch reads "overgedragen aan de factor"; the status says what was left out.
    expect(await handover.getByTestId("handover-batches").innerText()).toContain(
      "overgedragen aan de factor"
    );
    expect(await handover.getByTestId("handover-status").innerText()).toMatch(
      /aangeboden en gemarkeerd als overgedragen aan de factor/
    );
    await handover
      .getByTestId("handover-batches")
      .getByRole("button", { name: "Ongedaan maken" })
      .click();
    await handover.getByText("Nog niets overgedragen.").waitFor();
    await heading(allCandidates.length);

    await context.close();
    expect(errors).toEqual([]);
  }, 300_000);

  it("shows a messy file's issues in Dutch, as the reader words them", async () => {
    const csv = [
      "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand",
      "F1;100;Bakkerij De Zon;01-10-2026;31-10-2026;121,00;121,00",
      "F2;101;Kapsalon Knip;02-10-2026;;250,00;250,00",
      "F3;102;Garage Smit;03-10-2026;02-11-2026;12,3,4;12,3,4",
      "F1;103;Drukkerij Pers;04-10-2026;03-11-2026;80,00;80,00",
      ";;Totaal;;;451,00;451,00",
    ].join("\r\n");
    const file = path.join(results, "rommelig.csv");
    writeFileSync(file, csv);
    const expected = readLedger(Papa.parse<string[]>(csv, { delimiter: ";" }).data).issues;
    expect(expected.length).toBeGreaterThanOrEqual(4);

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("source-line").filter({ hasText: "rommelig.csv" }).waitFor();
    await page.getByRole("button", { name: `Meldingen bekijken (${expected.length})` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const issue of expected) {
      expect(issue.messageNl).not.toBe(issue.message);
      expect(text).toContain(issue.messageNl);
      expect(text).not.toContain(issue.message);
    }
    await screenshot(page, "records-4-meldingen-nl");
    await context.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
