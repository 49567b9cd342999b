// End to end, "Bellen" (issue 15) in the standalone workbench (npm start) on the demo ledger:
// the call list in priority order with its reasons, contact and a number to dial; the call card
// from the list and from the dossier; "not reached" takes a customer off today's list; a promise
// shows its confirmation e-mail and pauses that customer's reminders (reason shown in
// Herinneringen); an arrangement with its plan previewed; a dispute on one invoice of two holds
// that invoice only; after a reload the records are still there (browser storage). Every figure is
// checked against the same use-cases computed in-process. Screenshots: test-results/calls-*.png.
import type { Page } from "playwright-core";
import {
  DEFAULT_SETTINGS,
  analysisDay,
  confirmPromise,
  makeArrangement,
  callCard,
  conversationReview,
  describeExclusion,
  outcomeEntries,
  todaysCalls,
  type CallOutcome,
} from "../../src/app";
import { addDays, cents, formatCents, type IsoDay } from "../../src/core";
import type { ConversationEntry } from "../../src/dunning";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

const COMPANY = "Jansen Installatietechniek B.V.";
const IBAN = "NL91 ABNA 0417 1643 00";
const SIGNATORY = "P. de Vries, hoofd debiteurenbeheer";

const nlDay = (d: IsoDay) => d.split("-").reverse().join("-");
const nlMoney = (c: number) => formatCents(cents(c), "nl");
/** An amount as a Dutch controller types it: 7140,91. */
/** A name as a sentence ends it ("B.V." takes no second full stop). */
const ended = (name: string) => name.replace(/\.$/, "");
const typed = (c: number) => (c / 100).toFixed(2).replace(".", ",");

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

async function shownProposals(page: Page): Promise<string[]> {
  await page.getByRole("heading", { name: /^Voorstellen \(\d+\)$/ }).waitFor();
  const list = page.getByTestId("proposals");
  if ((await list.count()) === 0) return [];
  return list.locator("strong").allInnerTexts();
}

/** Opens the dossier of `customerId` in Debiteuren and from there its call card. */
async function cardFromDossier(page: Page, customerId: string): Promise<void> {
  await openTab(page, "Debiteuren");
  const table = page.getByTestId("customer-table");
  await table.waitFor();
  await page.getByPlaceholder("Zoek op naam of nummer").fill(customerId);
  await page.waitForFunction(
    () => document.querySelectorAll("[data-testid=customer-table] tbody tr").length === 1
  );
  await table.getByRole("button", { name: /^Dossier van / }).click();
  await page.getByTestId("dossier").getByRole("button", { name: "Belkaart", exact: true }).click();
  await page.getByTestId("call-card").waitFor();
}

/** Chooses the outcome `label`, ticks `invoices` and fills the fields given. */
async function outcome(
  page: Page,
  label: string,
  invoices: readonly string[],
  fields: Record<string, string>
): Promise<void> {
  const form = page.getByTestId("call-outcome");
  await form.getByRole("radio", { name: label, exact: true }).check();
  for (const id of invoices)
    await form.getByRole("checkbox", { name: new RegExp(`^${id} \\(`) }).check();
  for (const [testId, value] of Object.entries(fields)) await form.getByTestId(testId).fill(value);
}

async function record(page: Page, status: string): Promise<void> {
  const form = page.getByTestId("call-outcome");
  await form.getByRole("button", { name: "Vastleggen", exact: true }).click();
  await form.getByRole("status").filter({ hasText: status }).waitFor();
}

describeBrowser("Bellen in the workbench", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("call list → card → not reached, promise, arrangement, dispute → reminders pause → kept after reload", async () => {
    // In-process: the demo ledger as the pane reads it, and what each step makes of it.
    const demo = demoLedger();
    const read = readLedger(demo.values(), { asOf: demo.asOf });
    const ledger = read.ledger;
    const asOf = analysisDay(ledger, demo.asOf);
    const none = { entries: [] as ConversationEntry[], contacts: [] };
    const list = todaysCalls(ledger, none, asOf).calls;
    expect(list.length).toBeGreaterThanOrEqual(2);
    const first = list[0]!;
    const before = conversationReview(ledger, none, asOf).review;
    const proposals = before.proposals;
    // a customer to promise, one to arrange with, one with two invoices to dispute one of
    const promiser = proposals.find((p) => !list.some((c) => c.customerId === p.customerId))!;
    const arranger = proposals.find(
      (p) => p !== promiser && !list.some((c) => c.customerId === p.customerId)
    )!;
    const disputer = proposals.find(
      (p) => p !== promiser && p !== arranger && p.invoices.length >= 2
    )!;
    expect(promiser && arranger && disputer).toBeTruthy();

    let log: ConversationEntry[] = [];
    const add = (customerId: string, o: CallOutcome) => {
      const rows = outcomeEntries(ledger, customerId, o, asOf, log);
      log = [...log, ...rows];
      return rows;
    };
    add(first.customerId, { kind: "not-reached", note: "Voicemail ingesproken" });
    const afterCall = todaysCalls(ledger, { entries: log, contacts: [] }, asOf).calls;
    expect(afterCall.map((c) => c.customerId)).not.toContain(first.customerId);

    const promised = promiser.amountDue;
    const promiseDay = addDays(asOf, 7);
    const [promise] = add(promiser.customerId, {
      kind: "promise",
      amount: promised,
      due: promiseDay,
    });
    const afterPromise = conversationReview(ledger, { entries: log }, asOf).review;
    expect(afterPromise.proposals.map((p) => p.customerId)).not.toContain(promiser.customerId);
    const held = afterPromise.excluded.find(
      (e) => e.customerId === promiser.customerId && e.reason === "promise"
    )!;
    expect(held).toBeDefined();

    const firstInstalment = addDays(asOf, 14);
    const company = { ...DEFAULT_SETTINGS.company, name: COMPANY, iban: IBAN, contact: SIGNATORY };
    const made = makeArrangement(
      ledger,
      { conversation: log, contacts: [] },
      { customerId: arranger.customerId, count: 3, first: firstInstalment, every: "month" },
      { company },
      asOf
    );
    const plan = add(arranger.customerId, {
      kind: "arrangement",
      count: 3,
      every: "month",
      first: firstInstalment,
    });
    expect(plan).toHaveLength(3);
    expect(made.entries).toEqual(plan);
    // the plan covers every open invoice of the customer, to the cent
    expect(plan.reduce((sum, r) => sum + (r.amount ?? 0), 0)).toBe(
      callCard(ledger, none, arranger.customerId, asOf).totals.open
    );

    const disputed = disputer.invoices[0]!.invoiceId;
    add(disputer.customerId, {
      kind: "dispute",
      invoiceIds: [disputed],
      reason: "Montage niet volgens offerte",
      followUp: addDays(asOf, 5),
    });
    const afterDispute = conversationReview(ledger, { entries: log }, asOf).review;
    const stillReminded = afterDispute.proposals.find((p) => p.customerId === disputer.customerId)!;
    expect(stillReminded.invoices.map((i) => i.invoiceId)).toEqual(
      disputer.invoices.slice(1).map((i) => i.invoiceId)
    );

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
      if (/^Blocked script execution in 'about:srcdoc'.*sandboxed/.test(m.text())) return;
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    await openTab(page, "Instellingen");
    await page.getByLabel("Bedrijfsnaam").fill(COMPANY);
    await page.getByLabel("IBAN", { exact: true }).first().fill(IBAN);
    await page.getByLabel("Ondertekenaar (naam, functie)").fill(SIGNATORY);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Instellingen opgeslagen.").waitFor();

    // 1. Vandaag bellen: the list in priority order, with reasons, amount, contact, tel: link.
    await openTab(page, "Bellen");
    await page.getByRole("heading", { name: `Vandaag bellen (${list.length})` }).waitFor();
    const items = page.getByTestId("call-item");
    expect(await items.count()).toBe(list.length);
    for (const [i, c] of list.entries()) {
      const text = await items.nth(i).innerText();
      expect(text).toContain(c.name);
      expect(text).toContain(nlMoney(c.overdue));
      for (const r of c.reasons) expect(text).toContain(r.text.nl);
      if (c.contact?.person) expect(text).toContain(c.contact.person);
      if (c.contact?.phone)
        expect(
          await items.nth(i).getByRole("link", { name: c.contact.phone }).getAttribute("href")
        ).toBe(`tel:${c.contact.phone.replace(/[^\d+]/g, "")}`);
    }
    await screenshot(page, "calls-1-list");

    // 2. The card of the first, from the list: invoices, interest and costs as callCard has them.
    await page.getByRole("button", { name: `Belkaart van ${first.name}` }).click();
    const card = page.getByTestId("call-card");
    await card.waitFor();
    const expected = callCard(ledger, none, first.customerId, asOf);
    const invoices = await card.getByTestId("card-invoices").innerText();
    for (const inv of expected.invoices) {
      expect(invoices).toContain(inv.invoiceId);
      expect(invoices).toContain(nlMoney(inv.open));
    }
    expect(invoices).toContain(nlMoney(expected.totals.interest));
    expect(invoices).toContain(nlMoney(expected.totals.costs));
    expect(await card.getByTestId("card-total").innerText()).toContain(
      nlMoney(expected.totals.total)
    );
    for (const r of expected.reasons)
      expect(await card.getByTestId("card-reasons").innerText()).toContain(r.text.nl);
    // the leveringsstop advice as the use-case gives it (none: no advice shown)
    const stop = card.getByTestId("card-delivery-stop");
    if (expected.deliveryStop.length === 0) expect(await stop.count()).toBe(0);
    for (const r of expected.deliveryStop) expect(await stop.innerText()).toContain(r.text.nl);
    // the contact's fixed payment day, kept in Contactpersonen
    const contact = card.getByTestId("card-contact");
    await contact.getByLabel("Vaste betaaldag").selectOption({ label: "dinsdag" });
    await contact.getByRole("button", { name: "Contactgegevens opslaan" }).click();
    await contact.getByText("De contactgegevens zijn opgeslagen.").waitFor();
    // not reached: recorded, in the last contacts, and off today's list
    await outcome(page, "Niet bereikt", [], { "outcome-note": "Voicemail ingesproken" });
    await record(page, `Niet bereikt vastgelegd voor ${ended(first.name)}.`);
    expect(await card.getByTestId("card-contacts").innerText()).toContain(
      `${nlDay(asOf)} · Niet bereikt · Voicemail ingesproken`
    );
    await screenshot(page, "calls-2-card");
    await card.getByRole("button", { name: "Terug naar de bellijst" }).click();
    await page.getByRole("heading", { name: `Vandaag bellen (${afterCall.length})` }).waitFor();

    // 3. A promise, from the dossier: the confirmation e-mail, and the reminders wait.
    await cardFromDossier(page, promiser.customerId);
    await outcome(page, "Betaaltoezegging", [], {
      "promise-amount": typed(promised),
      "promise-day": promiseDay,
    });
    await record(
      page,
      `Betaaltoezegging vastgelegd voor ${ended(promiser.customerName ?? promiser.customerId)}.`
    );
    const mail = page.getByTestId("promise-confirmation");
    await mail.waitFor();
    // the draft as the use-case makes it, in the debtor's language: amount and day in the subject
    const confirmation = confirmPromise(ledger, none, promise!, {
      company,
      draftedOn: asOf,
    });
    const mailText = await mail.innerText();
    expect(mailText).toContain(confirmation.subject);
    expect(confirmation.subject).toContain(formatCents(promised, confirmation.language));
    expect(mailText).toContain(
      confirmation.language === "nl"
        ? "Zoals zojuist telefonisch besproken"
        : "As discussed on the phone just now"
    );
    expect(mailText).toContain(IBAN);
    expect(await page.getByTestId("card-agreements").innerText()).toContain(
      `Toezegging ${nlMoney(promised)} uiterlijk ${nlDay(promiseDay)}`
    );
    await screenshot(page, "calls-3-promise");
    await openTab(page, "Herinneringen");
    const promiserName = promiser.customerName ?? promiser.customerId;
    expect(await shownProposals(page)).not.toContain(promiserName);
    expect(await page.getByTestId("excluded").innerText()).toContain(describeExclusion(held, "nl"));

    // 4. An arrangement: the plan previewed as the use-case makes it, then recorded.
    await cardFromDossier(page, arranger.customerId);
    await outcome(page, "Betalingsregeling", [], {
      "arrangement-count": "3",
      "arrangement-first": firstInstalment,
    });
    const preview = page.getByTestId("plan-preview");
    await preview.waitFor();
    const rows = await preview.locator("tbody tr").allInnerTexts();
    expect(rows).toHaveLength(3);
    for (const [i, r] of plan.entries()) {
      expect(rows[i]).toContain(nlDay(r.due!));
      expect(rows[i]).toContain(nlMoney(r.amount!));
    }
    await record(
      page,
      `Betalingsregeling vastgelegd voor ${ended(arranger.customerName ?? arranger.customerId)}.`
    );
    expect(await page.getByTestId("card-agreements").innerText()).toContain(
      `Betalingsregeling ${plan[0]!.arrangementId}: 3 termijnen`
    );
    // the letter for signature and its e-mail, in the debtor's language
    const letter = page.frameLocator("[data-testid=arrangement-letter] iframe").locator("body");
    const letterText = await letter.innerText();
    for (const r of plan) expect(letterText).toContain(formatCents(r.amount!, made.language));
    expect(await page.getByTestId("arrangement-mail").innerText()).toContain(made.mail.subject);
    await screenshot(page, "calls-4-arrangement");

    // 5. A dispute on one invoice: that one waits, the other is still reminded.
    await cardFromDossier(page, disputer.customerId);
    await outcome(page, "Geschil", [disputed], {
      "dispute-reason": "Montage niet volgens offerte",
      "dispute-follow-up": addDays(asOf, 5),
    });
    await record(
      page,
      `Geschil vastgelegd voor ${ended(disputer.customerName ?? disputer.customerId)}.`
    );
    expect(await page.getByTestId("card-disputes").innerText()).toContain(
      `Factuur ${disputed}: Montage niet volgens offerte`
    );
    await openTab(page, "Herinneringen");
    const names = await shownProposals(page);
    expect(names).toEqual(afterDispute.proposals.map((p) => p.customerName ?? p.customerId));
    expect(await page.getByTestId("excluded").innerText()).toContain(disputed);

    // 6. After a reload: the records are still there, the reminders still wait.
    await page.reload();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await openTab(page, "Herinneringen");
    expect(await shownProposals(page)).toEqual(
      afterDispute.proposals.map((p) => p.customerName ?? p.customerId)
    );
    await openTab(page, "Bellen");
    await page.getByRole("heading", { name: /^Vandaag bellen \(\d+\)$/ }).waitFor();
    await cardFromDossier(page, promiser.customerId);
    expect(await page.getByTestId("card-agreements").innerText()).toContain(
      `Toezegging ${nlMoney(promised)} uiterlijk ${nlDay(promiseDay)}`
    );
    await cardFromDossier(page, first.customerId);
    expect(await page.getByTestId("card-contacts").innerText()).toContain("Niet bereikt");
    expect(await page.getByTestId("card-contact").getByLabel("Vaste betaaldag").inputValue()).toBe(
      "2"
    );

    // 7. In a 450 px pane the card fits: nothing wider than the pane but the scrolling tables.
    await page.setViewportSize({ width: 450, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "calls-5-card-450");
    expect(errors).toEqual([]);
    await context.close();
  }, 420_000);
});
