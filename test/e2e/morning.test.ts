// End to end, in the standalone workbench (npm start): the workbench no longer forgets — with the
// user's consent (Instellingen) the file opened for an administration is kept in the browser's
// IndexedDB, offered again after a reload ("Laatste bestand opnieuw openen") with the same totals,
// and forgotten on request — and the morning notice at the top of Overzicht names the invoices
// fallen due since the last run and the promise to pay due today. Today is this machine's day,
// computed here. Screenshots: test-results/morning-*.png.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { localDay } from "../../src/app";
import { addDays, cents, longDay, type IsoDay } from "../../src/core";
import { encodeConversations } from "../../src/records";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

const HEADER = "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand";

/** A Dutch CSV of [invoice, customer, name, days before today invoiced, days before today due, amount]. */
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

const shownAr = (page: Page) => page.getByTestId("kpi-ar").getAttribute("data-value");

describeBrowser("the morning notice and the last file in the workbench", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 240_000);
  afterAll(() => session.stop(), 60_000);

  it("consent → open a file → reload → reopen with the same totals; the notice names what fell due and the promise due today", async () => {
    const today = localDay(new Date());
    const lastRun = addDays(today, -3);
    const csv = csvOf(today, [
      // Fell due since the last run (3 days ago): yesterday and two days ago.
      ["F2026-201", "2001", "Bakkerij Jansen", 31, 1, "1.210,00"],
      ["F2026-202", "2002", "Van Dijk Horeca", 32, 2, "484,00"],
      // Overdue long before the last run: not news.
      ["F2026-150", "2001", "Bakkerij Jansen", 70, 40, "300,00"],
      // Promised to be paid today.
      ["F2026-170", "2003", "Drukkerij De Graaf", 50, 20, "605,00"],
      // Not yet due.
      ["F2026-210", "2004", "Bouwbedrijf Visser", 5, -25, "2.420,00"],
    ]);
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "openstaand-morning-")),
      "debiteuren-peters.csv"
    );
    writeFileSync(file, csv);

    const context = await session.browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/taskpane.html`);
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

    // 1. Consent in Instellingen.
    await page.getByRole("tab", { name: "Instellingen", exact: true }).click();
    await page
      .getByRole("checkbox", { name: /Laatst geopende bestand in deze browser bewaren/ })
      .check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Instellingen opgeslagen").first().waitFor();
    await page.getByRole("tab", { name: "Overzicht", exact: true }).click();

    // 2. Open the file and tie it to an administration.
    await page.getByTestId("file-input").setInputFiles(file);
    await page
      .getByTestId("source-line")
      .filter({ hasText: "debiteuren-peters.csv" })
      .waitFor({ timeout: 60_000 });
    const pending = page.getByTestId("administration-pending");
    await pending.waitFor();
    await pending.getByTestId("administration-name").fill("Groothandel Peters");
    await pending.getByRole("button", { name: "Nieuwe administratie bevestigen" }).click();
    await page
      .getByTestId("administration")
      .filter({ hasText: "Administratie: Groothandel Peters (bevestigd)" })
      .waitFor();
    await page.getByTestId("kpi-ar").waitFor();
    const ar = await shownAr(page);
    expect(ar).toBe("5019");
    // The file is kept in IndexedDB (not in localStorage), once, under the administration's key.
    const key = await page.waitForFunction(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("openstaand");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!db.objectStoreNames.contains("keptFiles")) return null;
      const all = await new Promise<{ scope: string; name: string; size: number }[]>((resolve) => {
        const req = db.transaction("keptFiles").objectStore("keptFiles").getAll();
        req.onsuccess = () => resolve(req.result as never);
      });
      db.close();
      return all.length === 1 && all[0]!.name === "debiteuren-peters.csv" ? all[0]!.scope : null;
    });
    const scope = (await key.jsonValue()) as string;
    expect(scope).toMatch(/^adm:/);

    // 3. What the conversation says (a promise of € 605,00 due today) and when Openstaand last
    // ran for this administration: three days ago.
    const promise = encodeConversations([
      {
        date: addDays(today, -7),
        customerId: "2003",
        kind: "promise",
        invoiceIds: ["F2026-170"],
        amount: cents(60_500),
        due: today,
        openAtStart: cents(60_500),
        arrangementId: null,
        reason: "",
        status: null,
        owner: "JB",
        note: "Toegezegd door mevr. De Graaf",
      },
    ]);
    await page.evaluate(
      ([k, table, run]) => {
        localStorage.setItem(`openstaand.records.conversations:${k}`, table);
        localStorage.setItem(`openstaand.lastRun:${k}`, run);
      },
      [scope, JSON.stringify(promise), JSON.stringify({ day: lastRun, before: null })] as const
    );

    // 4. Reload: the demo again, and the offer to reopen the file.
    await page.reload();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    const offer = page.getByTestId("last-file");
    await offer.waitFor();
    expect(await offer.innerText()).toContain("debiteuren-peters.csv");
    expect(await offer.innerText()).toContain("Groothandel Peters");
    await screenshot(page, "morning-1-offer");
    await offer.getByRole("button", { name: "Laatste bestand opnieuw openen" }).click();
    await page
      .getByTestId("source-line")
      .filter({ hasText: "debiteuren-peters.csv" })
      .waitFor({ timeout: 60_000 });
    await page
      .getByTestId("administration")
      .filter({ hasText: "Groothandel Peters (herkend aan de debiteuren en facturen)" })
      .waitFor();
    await page.getByTestId("kpi-ar").waitFor();
    expect(await shownAr(page)).toBe(ar);

    // 5. The morning notice on Overzicht.
    const notice = page.getByTestId("morning-notice");
    await notice.getByTestId("morning-headline").waitFor();
    expect(await notice.getAttribute("data-since")).toBe(lastRun);
    expect(await notice.getByTestId("morning-headline").innerText()).toContain(
      `2 facturen vervallen sinds ${longDay(lastRun, "nl")}, 1 betaalafspraak vandaag te ontvangen`
    );
    const overdue = await notice.getByTestId("morning-overdue").innerText();
    expect(overdue).toContain("Bakkerij Jansen (2001): factuur F2026-201, € 1.210,00");
    expect(overdue).toContain("Van Dijk Horeca (2002): factuur F2026-202, € 484,00");
    expect(overdue).not.toContain("F2026-150");
    expect(await notice.getByTestId("morning-agreements").innerText()).toContain(
      "Drukkerij De Graaf (2003): betaalbelofte van € 605,00 voor factuur F2026-170 vervalt vandaag."
    );
    await screenshot(page, "morning-2-notice");

    // 6. Forget it: after the next reload nothing is offered.
    await page.reload();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await offer.getByRole("button", { name: "Vergeet dit bestand" }).click();
    await page.getByTestId("last-file-note").waitFor();
    await page.reload();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    await page.getByTestId("morning-notice").waitFor();
    expect(await page.getByTestId("last-file").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});
