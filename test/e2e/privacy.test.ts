// End to end, what the standalone workbench asks of the network and what its policy allows: every
// request of the browser context is recorded through a whole session — the demo, a file opened
// through the picker, every tab, a dossier, every export of every tab, the downloaded HTML report
// and printable letters opened from disk — and any host other than the page's own fails the test.
// The page's Content-Security-Policy is read from the page and must be strict; it must really be
// enforced (eval is refused), and nothing the workbench does may violate it or log an error.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Download, Page } from "playwright-core";
import { describeBrowser, root, screenshot, workbenchSession } from "./e2e-support";

const KAGGLE_CSV = path.resolve(root, "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

/** A Content-Security-Policy as directive → values. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * What "strict" means here: nothing by default, scripts from the page itself (or hashes) only, no
 * eval, inline only for styles, no other host anywhere, no plugins, no <base> or form elsewhere.
 */
function strictnessProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if (csp.get("default-src")?.join(" ") !== "'none'") problems.push("default-src is not 'none'");
  // Without script-src or object-src, default-src 'none' is theirs.
  for (const value of csp.get("script-src") ?? []) {
    if (!/^('self'|'none'|'sha256-[A-Za-z0-9+/]+=*')$/.test(value))
      problems.push(`script-src allows ${value}`);
  }
  const objects = csp.get("object-src") ?? csp.get("default-src");
  if (objects?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  if (!csp.has("base-uri")) problems.push("no base-uri");
  for (const [name, values] of csp) {
    for (const value of values) {
      if (/^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes')/.test(value))
        problems.push(`${name} allows ${value}`);
      if (value === "'unsafe-inline'" && name !== "style-src")
        problems.push(`${name} allows 'unsafe-inline'`);
    }
  }
  return problems;
}

/** Requests, policy violations and console errors of a browser context. */
interface Recorder {
  readonly requests: string[];
  readonly violations: string[];
  readonly errors: string[];
  watch(page: Page): void;
}

function recorder(context: BrowserContext): Recorder {
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  return {
    requests,
    violations,
    errors,
    watch(page) {
      page.on("websocket", (ws) => requests.push(ws.url()));
      page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
        // The init script below reports each violation on the console.
        if (m.text().startsWith("csp-violation ")) violations.push(m.text());
      });
    },
  };
}

/** Every request's origin that is not `origin` (data:, blob: and about: stay in the page). */
function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (/^(data|blob|about):/.test(url)) return false;
    const u = new URL(url);
    if (u.protocol === "ws:" || u.protocol === "wss:")
      return `${u.protocol === "wss:" ? "https:" : "http:"}//${u.host}` !== origin;
    return u.origin !== origin;
  });
}

async function policyOf(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy" i]')
        ?.getAttribute("content") ?? null
  );
}

/** Waits until `check` holds (polling), else fails naming `what`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks every export button of the visible tab not clicked before (`done`), `prepare` first (a
 * selection to export), and waits for each file.
 */
async function exportAll(
  page: Page,
  saved: Download[],
  done: Set<string>,
  prepare: () => Promise<void> = async () => undefined
): Promise<void> {
  const buttons = page.getByRole("button", {
    name: /\((csv|xlsx|html|json|zip|\.eml, zip)\)$/i,
  });
  for (const name of await buttons.allInnerTexts()) {
    if (done.has(name)) continue;
    await prepare();
    const button = page.getByRole("button", { name, exact: true }).first();
    await until(`${name} enabled`, () => button.isEnabled());
    // An export may rightly give no file (factoring leaves consumers and old invoices out and says
    // so): what was clicked still counts for the request record; the must-haves are checked below.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }).catch(() => null),
      button.click(),
    ]);
    if (download) saved.push(download);
    done.add(name);
    // One export at a time: the buttons are disabled while one writes its file.
    await until(`${name} enabled again`, () => button.isEnabled());
  }
}

describeBrowser(
  "privacy: the workbench asks nothing of any other host, under a strict policy",
  () => {
    const session = workbenchSession();

    beforeAll(() => session.start(), 240_000);

    afterAll(() => session.stop(), 60_000);

    it("judges policies as strict or not", () => {
      expect(
        strictnessProblems(
          "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"
        )
      ).toEqual([]);
      expect(
        strictnessProblems(
          "default-src 'none'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'"
        )
      ).toContain("script-src allows 'unsafe-eval'");
      expect(
        strictnessProblems("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'")
      ).toEqual([]);
      expect(
        strictnessProblems(
          "default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'none'"
        )
      ).toContain("script-src allows https://appsforoffice.microsoft.com");
      expect(strictnessProblems("script-src 'self' 'unsafe-inline'")).toEqual(
        expect.arrayContaining([
          "default-src is not 'none'",
          "script-src allows 'unsafe-inline'",
          "object-src is not 'none'",
          "no base-uri",
        ])
      );
      expect(
        foreign(["http://127.0.0.1:1/a.js", "ws://127.0.0.1:1/ws"], "http://127.0.0.1:1")
      ).toEqual([]);
      expect(
        foreign(
          [
            "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
            "http://127.0.0.1:2/",
            "data:image/png;base64,AA==",
          ],
          "http://127.0.0.1:1"
        )
      ).toHaveLength(2);
    });

    it("makes no request to another host and violates its policy nowhere, through a whole session", async () => {
      const context = await session.browser.newContext({
        locale: "nl-NL",
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      // Every document (the page, its frames, the files opened from disk) reports its violations.
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.warn(`csp-violation ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`)
        );
      });
      const rec = recorder(context);
      const page = await context.newPage();
      rec.watch(page);
      const origin = new URL(session.base).origin;
      await page.goto(`${session.base}/taskpane.html`, { timeout: 120_000 });
      await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });

      // The page's policy: present, strict; office.js absent.
      const policy = await policyOf(page);
      expect(policy).not.toBeNull();
      expect(strictnessProblems(policy!)).toEqual([]);
      expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
        "undefined"
      );
      expect(await page.locator("script[src*='office']").count()).toBe(0);

      // The charts draw under the policy (vega's interpreter, no Function()).
      await page.waitForFunction(
        () => {
          const charts = document.querySelectorAll("[data-chart]");
          return charts.length > 0 && [...charts].every((c) => c.querySelector("svg"));
        },
        undefined,
        { timeout: 60_000 }
      );

      // The letters need a company name and IBAN: entered in Instellingen.
      await page.getByRole("tab", { name: "Instellingen" }).click();
      await page.getByLabel("Bedrijfsnaam").fill("Jansen Installatietechniek B.V.");
      await page.getByLabel("IBAN", { exact: true }).first().fill("NL91 ABNA 0417 1643 00");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await page.getByText("Instellingen opgeslagen.").waitFor();

      // Every tab, every export on it.
      const downloads: Download[] = [];
      const exported = new Set<string>();
      const tabs = await page.getByRole("tab").allInnerTexts();
      expect(tabs.length).toBeGreaterThanOrEqual(6);
      for (const tab of tabs) {
        await page.getByRole("tab", { name: tab, exact: true }).click();
        // The tab's lazy parts (hand-over, template editor, report preview) show a spinner meanwhile.
        await until(
          `the ${tab} tab loaded`,
          async () => (await page.locator(".fui-Spinner").count()) === 0,
          60_000
        );
        if (tab === "Overdracht") await page.getByTestId("handover").waitFor();
        if (tab === "Debiteuren") {
          const table = page.getByTestId("customer-table");
          await table
            .getByRole("button", { name: /^Dossier van / })
            .first()
            .click();
          await page.getByTestId("dossier").waitFor();
        }
        // Overdracht exports the selected claims and marks them handed over: each export starts from
        // none handed over (undo) and every candidate selected.
        const handover = page.getByTestId("handover");
        const prepare = async () => {
          if ((await handover.count()) === 0) return;
          const undo = handover.getByRole("button", { name: "Ongedaan maken" });
          while ((await undo.count()) > 0) {
            const before = await undo.count();
            await undo.first().click();
            await until("the undo", async () => (await undo.count()) < before);
          }
          await handover.getByRole("button", { name: "Alles selecteren" }).click();
        };
        await exportAll(page, downloads, exported, prepare);
        await screenshot(page, `privacy-${tab.toLowerCase()}`);
      }
      // The report (HTML, xlsx), the reminder drafts (letters, mail merge, e-mails, log) and the
      // hand-over files: each button was found and gave its file.
      for (const name of [
        "Rapport downloaden (HTML)",
        "Download (xlsx)",
        "Brieven afdrukken (HTML)",
        "Samenvoegbestand (CSV)",
        "Verzendlogboek (CSV)",
        "Vorderingen (xlsx)",
      ]) {
        expect(exported).toContain(name);
      }
      expect(downloads.length).toBeGreaterThanOrEqual(exported.size - 2);
      expect(exported.size).toBeGreaterThanOrEqual(13);

      // A file through the picker: the IBM sample.
      await page.getByRole("tab", { name: tabs[0]!, exact: true }).click();
      await page.getByTestId("file-input").setInputFiles(KAGGLE_CSV);
      await page
        .getByTestId("source-line")
        .filter({ hasText: "WA_Fn-UseC_-Accounts-Receivable.csv" })
        .waitFor({ timeout: 60_000 });
      await page.getByTestId("kpi-ar").waitFor();

      // The downloaded report and letters, opened from disk: their own strict policy, charts drawn.
      const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-privacy-"));
      for (const d of downloads.filter((d) => d.suggestedFilename().endsWith(".html"))) {
        const file = path.join(dir, d.suggestedFilename());
        await d.saveAs(file);
        const opened = await context.newPage();
        rec.watch(opened);
        await opened.goto(`file://${file}`);
        const own = await policyOf(opened);
        expect({ file: d.suggestedFilename(), policy: own }).toEqual({
          file: d.suggestedFilename(),
          policy: expect.any(String),
        });
        expect({ file: d.suggestedFilename(), problems: strictnessProblems(own!) }).toEqual({
          file: d.suggestedFilename(),
          problems: [],
        });
        if (readFileSync(file, "utf8").includes('class="chart"')) {
          await opened.waitForFunction(
            () => {
              const charts = document.querySelectorAll(".chart");
              return charts.length > 0 && [...charts].every((c) => c.querySelector("svg"));
            },
            undefined,
            { timeout: 30_000 }
          );
          await screenshot(opened, "privacy-report-html");
        }
        await opened.close();
      }

      // Nothing went anywhere but the page's own origin (files from disk ask nothing at all).
      const asked = rec.requests.filter((url) => !url.startsWith("file:"));
      expect(asked.length).toBeGreaterThan(5);
      expect(foreign(asked, origin)).toEqual([]);
      expect(rec.violations).toEqual([]);
      expect(rec.errors).toEqual([]);

      // And the policy is enforced, not only present: an inline script injected into the page does
      // not run, and the page reports the violation.
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true;";
        document.head.append(script);
        await new Promise((r) => setTimeout(r, 200));
        return (window as { injectedRan?: boolean }).injectedRan === true;
      });
      expect(ran).toBe(false);
      await until("the violation report", async () => rec.violations.length > 0, 5_000);
      expect(rec.violations[0]).toMatch(/^csp-violation script-src/);
      await context.close();
    }, 400_000);
  }
);
