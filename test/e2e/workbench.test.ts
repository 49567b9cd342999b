// End to end: `webpack serve --env standalone` (what npm start runs) on a free port, Debian's
// Chromium driven by playwright-core, the page checked against the reader run in-process.
// Screenshot: test-artifacts/workbench.png.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { demoLedger } from "../../src/demo/demo-ledger";
import { readLedger } from "../../src/ledger/read-ledger";

const CHROMIUM = "/usr/bin/chromium";
const root = process.cwd();
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
if (!available)
  console.warn(`Skipping the browser test: ${CHROMIUM} not found (apt-get install -y chromium).`);
const describeBrowser = available ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port"))
      );
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`dev server exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`dev server did not answer ${url} within ${timeoutMs} ms`);
}

describeBrowser("standalone workbench (npm start)", () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = "";
  let serverLog = "";

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/webpack-cli/bin/cli.js"),
        "serve",
        "--mode",
        "development",
        "--env",
        "standalone",
      ],
      {
        cwd: root,
        env: { ...process.env, OPENSTAAND_PORT: String(port), NODE_OPTIONS: "" },
        stdio: "pipe",
      }
    );
    server.stdout?.on("data", (d) => (serverLog += d));
    server.stderr?.on("data", (d) => (serverLog += d));
    try {
      await waitForHttp(`${base}/taskpane.html`, server, 180_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${serverLog.slice(-3000)}`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  it("serves the demo ledger's control totals, matching the reader to the cent", async () => {
    const demo = demoLedger();
    const expected = readLedger(demo.values(), { asOf: demo.asOf });
    const page = await browser!.newPage({
      locale: "nl-NL",
      viewport: { width: 900, height: 1100 },
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("heading", { name: "Controletotalen" }).waitFor({ timeout: 120_000 });
    const cells = await page.locator("table").first().locator("tbody tr").allInnerTexts();
    const c = expected.control;
    expect(cells[0]).toMatch(
      new RegExp(`Rijen\\s+${c.rowsRead}\\s+${c.accepted}\\s+${c.rejected}`)
    );
    expect(cells[0]).toMatch(/Rijen/);
    const euros = (cents: number) =>
      new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        cents / 100
      );
    expect(cells[1]).toContain(euros(c.amount.read));
    expect(cells[2]).toContain(euros(c.open.read));
    expect(await page.textContent("body")).toContain("Geen meldingen");
    mkdirSync(path.join(root, "test-artifacts"), { recursive: true });
    await page.screenshot({
      path: path.join(root, "test-artifacts/workbench.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  }, 180_000);
});
