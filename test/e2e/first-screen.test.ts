// End to end, issue 14's first screen: the workbench shows Overzicht's KPIs of the demo ledger before
// vega has arrived. Every script the page fetches passes through a route that reads it; a script
// carrying vega (its modules' paths are in the development build the test serves) is held back until
// the test lets it go. While it is held, the KPIs are on the screen with their figures and the charts
// say they are loading; once it goes, the charts draw. The "Meer" menu of the tab strip is its own
// chunk: at 450 px its button appears and opens the menu.
import type { Page, Route } from "playwright-core";
import { describeBrowser, screenshot, workbenchSession } from "./e2e-support";

/**
 * A script body that defines vega's modules (vega, vega-lite or vega-embed): the development
 * build heads every module with `!*** <path> ***!`; a mere reference (the pane's import()) has none.
 */
const CARRIES_VEGA = /!\*\*\* [^\n]*node_modules\/vega(-lite|-embed)?\/[^\n]*\*\*\*!/;

describeBrowser("first screen: the KPIs before vega", () => {
  const session = workbenchSession();
  beforeAll(() => session.start(), 300_000);
  afterAll(() => session.stop(), 60_000);

  /** The workbench at `width`, vega's scripts held until `release` is called. */
  async function openHoldingVega(width: number) {
    const page: Page = await session.browser.newPage({
      locale: "nl-NL",
      viewport: { width, height: 900 },
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    const passed: string[] = [];
    await page.route(/\.js(\?.*)?$/, async (route: Route) => {
      try {
        const response = await route.fetch();
        const body = await response.text();
        const name = new URL(route.request().url()).pathname;
        if (CARRIES_VEGA.test(body)) {
          held.push(name);
          await released;
        } else passed.push(name);
        await route.fulfill({ response, body });
      } catch (error) {
        // A prefetch still in flight when the page closes; anything else is a failure.
        if (!page.isClosed()) throw error;
      }
    });
    // Not until "load": a held script (vega) would hold the load event too.
    await page.goto(`${session.base}/taskpane.html`, {
      timeout: 120_000,
      waitUntil: "domcontentloaded",
    });
    return { page, held, passed, release };
  }

  it("shows the KPIs with their figures while vega is still on its way, then draws the charts", async () => {
    const { page, held, passed, release } = await openHoldingVega(1280);
    const ar = page.getByTestId("kpi-ar");
    await ar.waitFor({ timeout: 120_000 });
    // The KPI carries its figure (an amount in euros), not a placeholder.
    expect(await ar.innerText()).toMatch(/€\s?[\d.]+,\d\d/);
    // The pane's own script carried no vega; the charts asked for it, and it has not arrived.
    expect(passed).toContain("/taskpane.js");
    for (let i = 0; i < 600 && held.length === 0; i++) await page.waitForTimeout(100);
    expect(held.length).toBeGreaterThan(0);
    expect(await page.getByText("Grafiek laden…").count()).toBeGreaterThan(0);
    expect(await page.locator("[role=img] svg").count()).toBe(0);
    await screenshot(page, "first-screen-kpis-before-vega");
    release();
    await page.locator("[role=img] svg").first().waitFor({ timeout: 120_000 });
    expect(await ar.isVisible()).toBe(true);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.close();
  }, 300_000);

  it("loads the tab strip's Meer menu on first overflow at 450 px, and it opens a view", async () => {
    const { page, release } = await openHoldingVega(450);
    release();
    await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
    const more = page.getByTestId("tab-more");
    await more.waitFor({ timeout: 60_000 });
    await more.click();
    const item = page.getByRole("menuitem").first();
    const name = (await item.innerText()).trim();
    await item.click();
    const active = page.getByRole("tablist").getByRole("tab", { selected: true });
    expect((await active.innerText()).trim()).toBe(name);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.close();
  }, 300_000);
});
