// What the browser tests share: the standalone workbench served by `webpack serve --env standalone`
// (what npm start runs) on a free 127.0.0.1 port, Debian's Chromium driven by playwright-core, and
// screenshots in test-results/. The server and the browser stop in afterAll, also after a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const root = process.cwd();
export const results = path.join(root, "test-results");
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
if (!available)
  console.warn(`Skipping the browser test: ${CHROMIUM} not found (apt-get install -y chromium).`);
/** `describe` when Chromium is there, else `describe.skip` (on CI a missing Chromium fails). */
export const describeBrowser = available ? describe : describe.skip;

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

/** Stops `server` (SIGTERM, SIGKILL after 10 s) and waits until it has exited. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill("SIGKILL"), 10_000);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

/** The served workbench and the browser of one test file. */
export interface WorkbenchSession {
  /** http://127.0.0.1:<port>; open `${base}/taskpane.html`. */
  readonly base: string;
  readonly browser: Browser;
  /** Starts the dev server and the browser (beforeAll). */
  start(): Promise<void>;
  /** Closes the browser and stops the server, whatever state they are in (afterAll). */
  stop(): Promise<void>;
}

/** A session to start in beforeAll and stop in afterAll. */
export function workbenchSession(): WorkbenchSession {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = "";
  let serverLog = "";
  return {
    get base() {
      return base;
    },
    get browser() {
      if (!browser) throw new Error("the browser did not start");
      return browser;
    },
    async start() {
      mkdirSync(results, { recursive: true });
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
          env: { ...process.env, OPENSTAAND_PORT: String(port), NODE_OPTIONS: "", CI: "1" },
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
    },
    async stop() {
      try {
        await browser?.close();
      } finally {
        if (server) await stopServer(server);
      }
    },
  };
}

/** A full-page screenshot as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(results, `${name}.png`), fullPage: true });
}
