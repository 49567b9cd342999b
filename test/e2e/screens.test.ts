// End to end, issue 17's screenshots: every view of the workbench on the demo ledger — every tab
// (read from the page: the strip and its "Meer" menu, so tabs added later are covered), a customer's
// dossier, a KPI's explanation and the letter-template editor — at 450×900 (a task pane) and
// 1400×900, in Dutch, and Overzicht in English. Each is written to
// test-results/screens/<width>-<view>.png. Each view must show its heading; at 450 px nothing may
// stick out: the page does not scroll sideways and no element of the view is wider than the pane
// (a wide table may scroll inside a box of its own that fits the pane).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describeBrowser, results, workbenchSession } from "./e2e-support";

const SCREENS = path.join(results, "screens");
const NARROW = 450;
const WIDE = 1400;

/** A file name of a view's name: "Overzicht" → "overzicht", "Uit het blad" → "uit-het-blad". */
const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

async function shoot(page: Page, width: number, view: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${width}-${view}.png`), fullPage: true });
}

/** Every tab's name: the strip's, then the "Meer" menu's. */
async function allTabs(page: Page): Promise<string[]> {
  const names = (await page.getByRole("tablist").getByRole("tab").allInnerTexts()).map((t) =>
    t.trim()
  );
  const more = page.getByTestId("tab-more");
  if ((await more.count()) > 0 && (await more.isVisible())) {
    await more.click();
    const menu = page.getByRole("menu");
    await menu.waitFor();
    names.push(...(await menu.getByRole("menuitem").allInnerTexts()).map((t) => t.trim()));
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
  }
  return names;
}

async function openTab(page: Page, name: string): Promise<void> {
  // After a dialog the strip comes back into the accessibility tree a moment later.
  await page.getByRole("tablist").getByRole("tab").first().waitFor();
  const tab = page.getByRole("tablist").getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
    return;
  }
  await page.getByTestId("tab-more").click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

/** Waits for a visible heading inside `scope` and returns its text. */
async function heading(scope: Locator): Promise<string> {
  const h = scope.locator("h1, h2, h3, [role=heading]").filter({ visible: true }).first();
  await h.waitFor({ timeout: 60_000 });
  return (await h.innerText()).trim();
}

/**
 * Waits until the view has drawn (text, no spinner) and returns its first heading, or "" when it
 * has none (recorded as a finding: a view should say what it is).
 */
async function rendered(page: Page, main: Locator): Promise<string> {
  await page.waitForFunction(
    () => {
      const m = document.querySelector("main[role=tabpanel]");
      return (
        !!m &&
        (m as HTMLElement).innerText.trim().length > 20 &&
        !m.querySelector(".fui-Spinner, [role=progressbar]")
      );
    },
    undefined,
    { timeout: 60_000 }
  );
  const h = main.locator("h1, h2, h3, [role=heading]").filter({ visible: true });
  return (await h.count()) > 0 ? (await h.first().innerText()).trim() : "";
}

/**
 * What sticks out at the page's width: the page's own sideways scroll, and every element of `scope`
 * wider than the viewport or reaching past its right edge — unless it sits in a box that scrolls
 * sideways and itself fits (a wide table in its scroll box is fine).
 */
async function overflow(page: Page, selector: string): Promise<{ page: number; wide: string[] }> {
  return page.evaluate((sel) => {
    const vw = window.innerWidth;
    const scroller = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if ((x === "auto" || x === "scroll" || x === "hidden") && p.scrollWidth > p.clientWidth)
          return p.getBoundingClientRect().right <= vw + 1;
      }
      return false;
    };
    const wide: string[] = [];
    for (const scope of Array.from(document.querySelectorAll(sel)))
      for (const el of Array.from(scope.querySelectorAll("*"))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.width <= vw + 1 && r.right <= vw + 1) continue;
        if (scroller(el)) continue;
        const id = el.getAttribute("data-testid");
        const text = (el.textContent ?? "").trim().slice(0, 40);
        wide.push(
          `${el.tagName.toLowerCase()}${id ? `[${id}]` : ""} ${Math.round(r.left)}…${Math.round(r.right)} "${text}"`
        );
      }
    return { page: document.scrollingElement?.scrollWidth ?? 0, wide: wide.slice(0, 8) };
  }, selector);
}

describeBrowser("screenshots of every view at 450 and 1400 px", () => {
  const session = workbenchSession();
  beforeAll(() => {
    mkdirSync(SCREENS, { recursive: true });
    return session.start();
  }, 420_000);
  afterAll(() => session.stop(), 60_000);

  for (const width of [NARROW, WIDE]) {
    it(`every view at ${width}×900 in Dutch${width === NARROW ? ", nothing sticks out" : ""}`, async () => {
      const context = await session.browser.newContext({
        locale: "nl-NL",
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
      await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
      const problems: string[] = [];
      const check = async (view: string, selector: string) => {
        if (width !== NARROW) return;
        const o = await overflow(page, selector);
        if (o.page > NARROW) problems.push(`${view}: the page is ${o.page} px wide`);
        for (const w of o.wide) problems.push(`${view}: ${w}`);
      };
      const main = page.locator("main[role=tabpanel]");

      const tabs = await allTabs(page);
      for (const known of ["Overzicht", "Debiteuren", "Herinneringen", "Rapport", "Instellingen"])
        expect(tabs).toContain(known);
      expect(tabs.length).toBeGreaterThanOrEqual(8); // Bellen, Betalingen, Overdracht and the rest
      const headings: Record<string, string> = {};
      for (const name of tabs) {
        await openTab(page, name);
        headings[name] = await rendered(page, main);
        await page.waitForTimeout(300); // charts and lazy lists settle
        await check(name, "main[role=tabpanel]");
        await shoot(page, width, slug(name));
      }

      // The yield block on Overzicht: its heading and four figures, each with how it was computed.
      await openTab(page, "Overzicht");
      const gains = page.getByTestId("credit-yield");
      await gains.waitFor();
      expect(await heading(gains)).toBe("Wat beter debiteurenbeheer oplevert");
      for (const key of ["cash", "financing", "badDebt", "yearly"])
        expect(await gains.getByTestId(`yield-${key}`).getAttribute("data-value")).toMatch(/^\d+$/);

      // A KPI's explanation (a dialog over Overzicht).
      await page.getByTestId("explain-dsoCountback").click();
      const dialog = page.getByTestId("kpi-explanation");
      await dialog.waitFor();
      expect(await heading(dialog)).toMatch(/DSO/);
      await check("kpi-uitleg", "[data-testid=kpi-explanation]");
      await shoot(page, width, "kpi-uitleg");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });

      // A customer's dossier (from Debiteuren).
      await openTab(page, "Debiteuren");
      const table = page.getByTestId("customer-table");
      await table.waitFor();
      // One customer of the demo (Loodgietersbedrijf Groen, 10029), found by its number.
      await page.getByPlaceholder("Zoek op naam of nummer").fill("10029");
      await page.waitForFunction(
        () => document.querySelectorAll("[data-testid=customer-table] tbody tr").length === 1
      );
      await table.getByRole("button", { name: /^Dossier van / }).click();
      const dossier = page.getByTestId("dossier");
      await dossier.waitFor();
      expect(await heading(dossier)).not.toBe("");
      await check("dossier", "main[role=tabpanel]");
      await shoot(page, width, "dossier");

      // The letter-template editor (Herinneringen, below the proposals).
      await openTab(page, "Herinneringen");
      const editor = page.getByTestId("templates");
      await editor.waitFor({ timeout: 60_000 });
      await editor.scrollIntoViewIfNeeded();
      expect(await heading(editor)).toMatch(/sjablo/i);
      await check("sjablonen", "[data-testid=templates]");
      await editor.screenshot({ path: path.join(SCREENS, `${width}-sjablonen.png`) });

      // Views without a heading of their own are listed with the screenshots (a finding, not a failure).
      const bare = Object.entries(headings)
        .filter(([, h]) => h === "")
        .map(([name]) => name);
      writeFileSync(
        path.join(SCREENS, `${width}-findings.txt`),
        [
          ...Object.entries(headings).map(([name, h]) => `${name}: ${h || "(no heading)"}`),
          ...problems,
        ].join("\n") + "\n"
      );
      expect(bare.length).toBeLessThan(tabs.length);
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }, 600_000);
  }

  it("Overzicht in English at 450×900 and 1400×900", async () => {
    for (const width of [NARROW, WIDE]) {
      const context = await session.browser.newContext({
        locale: "nl-NL",
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
      await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
      await openTab(page, "Instellingen");
      await page.getByTestId("language").selectOption("en");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await openTab(page, "Overview");
      await page.getByTestId("kpi-ar").waitFor();
      const gains = page.getByTestId("credit-yield");
      expect(await heading(gains)).toBe("What better credit control yields");
      await page.waitForTimeout(500);
      if (width === NARROW) {
        const o = await overflow(page, "main[role=tabpanel]");
        expect(o.page).toBeLessThanOrEqual(NARROW);
        expect(o.wide).toEqual([]);
      }
      await shoot(page, width, "overview-en");
      await context.close();
    }
  }, 600_000);
});
