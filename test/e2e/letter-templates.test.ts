// End to end, issue 17's letter templates in a 450×900 task pane (the standalone workbench on the
// demo ledger): the preview warns which company details are missing and its button opens
// Instellingen; once they are filled in, the warning is gone. In Briefsjablonen a text is written
// with the field picker (inserted at the cursor, also in the middle of the text), a misspelt
// placeholder is named with its line and column, and the preview shows the letter the same
// use-case renders in-process. Screenshots: test-results/letters-450-*.png.
import type { Page } from "playwright-core";
import {
  analyse,
  analysisDay,
  DEFAULT_SETTINGS,
  editedTemplate,
  previewCandidates,
  previewDebtors,
  previewLetter,
  templateChoices,
  type Settings,
} from "../../src/app";
import { escapeHtml } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

const WIDTH = 450;
const COMPANY = {
  name: "Jansen Installatietechniek B.V.",
  address: "Industrieweg 12",
  postcode: "3542 AD",
  city: "Utrecht",
  kvk: "30123456",
  iban: "NL91 ABNA 0417 1643 00",
};

/** Opens the tab `name`: from the strip when it stands there, else from the "Meer" menu. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tablist").getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await page.getByTestId("tab-more").click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

describeBrowser("letter templates without mustache, in a 450 px pane", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("warns of missing company details, writes a template with the field picker, previews it", async () => {
    // In-process: the demo as the pane reads it, with the company the test fills in.
    const demo = demoLedger();
    const read = readLedger(demo.values(), { asOf: demo.asOf });
    const asOf = analysisDay(read.ledger, demo.asOf);
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      company: { ...DEFAULT_SETTINGS.company, ...COMPANY },
    };
    const { proposals } = analyse(read.ledger, asOf, settings).reminders;
    const choices = templateChoices();
    const choiceIndex = choices.findIndex((c) => previewCandidates(proposals, c).length > 0);
    const choice = choices[choiceIndex]!;
    const shown = previewCandidates(proposals, choice)[0]!;

    const context = await session.browser.newContext({
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      viewport: { width: WIDTH, height: 900 },
    });
    await context.clock.setFixedTime(new Date(`${asOf}T11:00:00Z`));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      // The preview's frame is sandboxed without scripts and refuses the pinned clock's script.
      if (/^Blocked script execution in 'about:srcdoc'.*sandboxed/.test(m.text())) return;
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // 1. No company details yet: the preview says which are missing and leads to Instellingen.
    await openTab(page, "Herinneringen");
    const editor = page.getByTestId("templates");
    await editor.getByTestId("template-choice").waitFor({ timeout: 60_000 });
    const warning = editor.getByTestId("template-company-missing");
    await warning.waitFor();
    expect(await warning.innerText()).toContain(
      "De brieven missen deze gegevens van uw bedrijf: bedrijfsnaam, IBAN, adres, postcode, plaats en KvK-nummer. Vul ze aan in Instellingen; verstuur de brieven niet zo."
    );
    await warning.scrollIntoViewIfNeeded();
    await screenshot(page, "letters-450-company-missing");
    await warning.getByRole("button", { name: "Naar Instellingen" }).click();
    await page.getByRole("heading", { name: /^Bedrijfsgegevens/ }).waitFor();
    // The company section's fields (the column mapping above has an "Adres" too).
    const company = page.locator("#company + div");
    await company.getByLabel("Bedrijfsnaam").fill(COMPANY.name);
    await company.getByLabel("Adres", { exact: true }).fill(COMPANY.address);
    await company.getByLabel("Postcode", { exact: true }).fill(COMPANY.postcode);
    await company.getByLabel("Plaats", { exact: true }).fill(COMPANY.city);
    await company.getByLabel("KvK", { exact: true }).fill(COMPANY.kvk);
    await company.getByLabel("IBAN", { exact: true }).fill(COMPANY.iban);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Instellingen opgeslagen.").waitFor();
    await openTab(page, "Herinneringen");
    await editor.getByTestId("template-choice").waitFor();
    await editor.getByTestId("template-choice").selectOption(String(choiceIndex));
    await editor.getByTestId("template-debtor").waitFor();
    expect(await warning.count()).toBe(0);

    // 2. A text written with the field picker: typed words, fields inserted at the cursor.
    const body = editor.getByTestId("template-body");
    const picker = editor.getByTestId("field-picker");
    const insert = editor.getByTestId("insert-field");
    const pick = async (token: string) => {
      await picker.selectOption({ label: token });
      await insert.click();
    };
    await body.fill("");
    await body.focus();
    await page.keyboard.type("Beste ");
    await pick("[Klantnaam]");
    await page.keyboard.type(",\n\nU bent ");
    await pick("[Te betalen]");
    await page.keyboard.type(" verschuldigd voor de [factuur of facturen] hieronder.\n\n");
    await pick("[Specificatie]");
    await page.keyboard.type("\n\nMet vriendelijke groet,\n\n");
    await pick("[Bedrijfsnaam]");
    // The cursor back in the middle: after "Beste [Klantnaam]," goes the customer number.
    const afterName = "Beste [Klantnaam],".length;
    await body.evaluate(
      (el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at),
      afterName
    );
    await page.keyboard.type(" (klant ");
    await pick("[Klantnummer]");
    await page.keyboard.type(")");
    const written =
      "Beste [Klantnaam], (klant [Klantnummer])\n\nU bent [Te betalen] verschuldigd voor de [factuur of facturen] hieronder.\n\n[Specificatie]\n\nMet vriendelijke groet,\n\n[Bedrijfsnaam]";
    expect(await body.inputValue()).toBe(written);

    // A misspelt field is named with its place, and blocks saving until it is right.
    const subject = editor.getByTestId("template-subject");
    await subject.fill("Herinnering [Facturn]");
    const problems = editor.getByTestId("template-problems");
    await problems.waitFor();
    expect(await problems.innerText()).toContain(
      "Onderwerp: Regel 1, kolom 13: Onbekend veld [Facturn]; bedoelt u [Facturen]?"
    );
    expect(await editor.getByRole("button", { name: "Sjabloon opslaan" }).isDisabled()).toBe(true);
    await subject.fill("Herinnering ");
    await subject.focus();
    await subject.press("End");
    await pick("[Facturen]");
    expect(await subject.inputValue()).toBe("Herinnering [Facturen]");
    await problems.waitFor({ state: "detached" });

    // 3. The preview is the letter the use-case renders for this debtor, to the character.
    const expected = previewLetter(
      previewDebtors(read.ledger),
      shown,
      choice,
      "nl",
      editedTemplate("Herinnering [Facturen]", written),
      settings,
      asOf
    );
    expect(expected.text).toContain(`Beste ${shown.customerName}, (klant ${shown.customerId})`);
    await page.waitForFunction(
      (html) =>
        document
          .querySelector("[data-testid=template-preview]")
          ?.getAttribute("srcdoc")
          ?.includes(html) === true,
      expected.html,
      { timeout: 30_000 }
    );
    const srcdoc = (await editor.getByTestId("template-preview").getAttribute("srcdoc")) ?? "";
    expect(srcdoc).toContain(`<h1>${escapeHtml(expected.subject)}</h1>`);
    expect(await editor.getByRole("button", { name: "Sjabloon opslaan" }).isEnabled()).toBe(true);
    // Nothing in the editor sticks out of the 450 px pane.
    const overflow = await editor.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await body.scrollIntoViewIfNeeded();
    await screenshot(page, "letters-450-field-picker");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
