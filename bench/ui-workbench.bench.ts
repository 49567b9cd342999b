// Issue 14's workbench targets: the 1,000,000-row bench CSV and XLSX (bench-csv.ts, bench-xlsx.ts)
// opened through the workbench's file picker ("Bestand openen") until the KPIs show, next to the
// CLI's `report --json` on the same file in the same run. The production build (dist/, `npm run
// build`) is served from a local HTTP server and driven with playwright-core in /usr/bin/chromium,
// as the browser tests do. Each round runs, per file, the CLI once and the workbench once (who goes
// first alternates); then a Cancel: the file again, Afbreken once rows are counted, and the time
// until the page says the read stopped. Per run: wall time (page clock, file chosen → KPIs of that
// file), the longest main-thread task (PerformanceObserver "longtask"), the page's JS heap
// (performance.memory, the page only: the worker's heap is not in it). CPU seconds: the CLI's user +
// system (/usr/bin/time), the browser's the sum over Chromium's processes (the bench's children,
// from /proc) during the run. Each round prints its figures and the load average; then the medians.
// BENCH_ROUNDS (default 5), BENCH_ROWS (default 1,000,000); BENCH_QUICK=1: 100,000 rows, 1 round.
// Needs `npm run build` and `npm run build:cli`. Prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import type { IsoDay } from "../src/core";
import { benchCsvText } from "./bench-csv";
import { writeBenchXlsx } from "./bench-xlsx";

const QUICK = process.env.BENCH_QUICK === "1";
const ROWS = Number(process.env.BENCH_ROWS ?? (QUICK ? 100_000 : 1_000_000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 5));
const AS_OF = "2026-06-30" as IsoDay;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const CLI = path.join(ROOT, "bin", "openstaand.cjs");
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

/** dist/ over HTTP on a free 127.0.0.1 port. */
function serveDist(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(DIST, path.normalize(name).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    )
  );
}

interface PageRun {
  wall: number;
  /** CPU seconds of Chromium's processes (page, worker, browser) during the run. */
  cpu: number;
  longestTaskMs: number;
  heapMb: number;
}

interface CliRun {
  wall: number;
  cpu: number;
}

/** The CLI's report --json on `file`, as a process under /usr/bin/time: wall and CPU seconds. */
function cliRun(file: string): CliRun {
  const report = path.join(tmpdir(), `openstaand-bench-ui-time-${process.pid}.txt`);
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %U %S", "-o", report, process.execPath, CLI, "report", file, "--json"].concat([
      "--as-of",
      AS_OF,
    ]),
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 }
  );
  if (result.status !== 0) throw new Error(`CLI failed: ${String(result.stderr).slice(-500)}`);
  const [wall, user, system] = readFileSync(report, "utf8")
    .trim()
    .split(/\s+/)
    .slice(-3)
    .map(Number);
  rmSync(report, { force: true });
  return { wall: wall!, cpu: user! + system! };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of every live descendant of this process (Chromium's processes). */
function childrenCpu(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid … utime(14) stime(15): fields after the command's closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    parent.set(Number(entry), Number(fields[1]));
    ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
  }
  let sum = 0;
  for (const [pid, t] of ticks) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        sum += t;
        break;
      }
    }
  }
  return sum / TICKS_PER_SECOND;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

/** A fresh page of the workbench on the demo ledger, long tasks recorded. */
async function openWorkbench(browser: Browser, base: string) {
  const context = await browser.newContext({
    locale: "nl-NL",
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${base}/taskpane.html`, { timeout: 120_000 });
  await page.getByTestId("kpi-ar").waitFor({ timeout: 120_000 });
  return { context, page };
}

/** `file` through the file picker until its KPIs show. */
async function workbenchRun(browser: Browser, base: string, file: string): Promise<PageRun> {
  const { context, page } = await openWorkbench(browser, base);
  const cpu0 = childrenCpu();
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId("file-input").setInputFiles(file);
  await page
    .getByTestId("source-line")
    .filter({ hasText: path.basename(file) })
    .waitFor({ timeout: 3_600_000 });
  await page.waitForFunction(
    (since) =>
      performance.getEntriesByName("openstaand:analysis-received").some((m) => m.startTime > since),
    t0,
    { timeout: 3_600_000, polling: 200 }
  );
  await page.getByTestId("kpi-ar").waitFor({ timeout: 600_000 });
  const figures = await page.evaluate((since) => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      wall: (performance.now() - since) / 1000,
      longestTaskMs: Math.max(
        0,
        ...w.longTasks.filter((t) => t.start >= since).map((t) => t.duration)
      ),
      heapMb: (memory?.usedJSHeapSize ?? NaN) / 1e6,
    };
  }, t0);
  const cpu = childrenCpu() - cpu0;
  await context.close();
  return { ...figures, cpu };
}

/** `file` again, Afbreken once rows are counted: seconds until the page says the read stopped. */
async function cancelLatency(browser: Browser, base: string, file: string): Promise<number> {
  const { context, page } = await openWorkbench(browser, base);
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByText(/[\d.]+ van [\d.]+ rijen gelezen/).waitFor({ timeout: 600_000 });
  const t0 = performance.now();
  await page.getByRole("button", { name: "Afbreken" }).click();
  await page.getByText("Het lezen is afgebroken.").waitFor({ timeout: 60_000 });
  const seconds = (performance.now() - t0) / 1000;
  await context.close();
  return seconds;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(path.join(DIST, "cli"))) {
    console.log("Needs the builds: run `npm run build` and `npm run build:cli` first. Skipped.");
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing. Skipped.`);
    return;
  }
  const csv = path.join(tmpdir(), `openstaand-bench-${ROWS}.csv`);
  if (!existsSync(csv)) writeFileSync(csv, benchCsvText(ROWS, AS_OF));
  const xlsx = path.join(tmpdir(), `openstaand-bench-${ROWS}.xlsx`);
  if (!existsSync(xlsx)) await writeBenchXlsx(xlsx, ROWS);
  const { server, base } = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
  });
  try {
    console.log(
      `Workbench, ${ROWS.toLocaleString("en")} rows, file picker → KPIs, ${ROUNDS} interleaved round(s), median`
    );
    for (const file of [csv, xlsx]) {
      const kind = path.extname(file).slice(1).toUpperCase().padEnd(5);
      const cli: CliRun[] = [];
      const pane: PageRun[] = [];
      const cancels: number[] = [];
      for (let k = 0; k < ROUNDS; k++) {
        if (k % 2 === 0) {
          cli.push(cliRun(file));
          pane.push(await workbenchRun(browser, base, file));
        } else {
          pane.push(await workbenchRun(browser, base, file));
          cli.push(cliRun(file));
        }
        cancels.push(await cancelLatency(browser, base, file));
        const [c, p] = [cli[k]!, pane[k]!];
        console.log(
          `  ${kind} round ${k + 1}: workbench ${p.wall.toFixed(1)} s wall, ${p.cpu.toFixed(1)} s CPU ` +
            `(Chromium); CLI ${c.wall.toFixed(1)} s wall, ${c.cpu.toFixed(1)} s CPU; longest task ` +
            `${p.longestTaskMs.toFixed(0)} ms; Cancel ${cancels[k]!.toFixed(2)} s; page heap ` +
            `${p.heapMb.toFixed(0)} MB; load average ${load()}`
        );
      }
      const wall = median(pane.map((r) => r.wall));
      const cpu = median(pane.map((r) => r.cpu));
      const cliWall = median(cli.map((r) => r.wall));
      const cliCpu = median(cli.map((r) => r.cpu));
      const longest = median(pane.map((r) => r.longestTaskMs));
      const heap = median(pane.map((r) => r.heapMb));
      const cancel = median(cancels);
      const met = (ok: boolean) => (ok ? "met" : "NOT met");
      console.log(
        `${kind} workbench ${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), CLI ${cliWall.toFixed(1)} s ` +
          `(CPU ${cliCpu.toFixed(1)} s): ${(wall / cliWall).toFixed(2)}× wall (target ≤ 1.5×: ` +
          `${met(wall / cliWall <= 1.5)}), ${(cpu / cliCpu).toFixed(2)}× CPU; ` +
          `longest main-thread task ${longest.toFixed(0)} ms (≤ 100: ${met(longest <= 100)}); ` +
          `Cancel ${cancel.toFixed(2)} s (≤ 1: ${met(cancel <= 1)}); ` +
          `page JS heap ${heap.toFixed(0)} MB (≤ 600: ${met(heap <= 600)}; the worker's not included); ` +
          `load average ${load()}`
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
