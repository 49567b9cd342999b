// Issue 14's CLI targets, whole processes against their peers in the same run: `openstaand report
// --json` on the 1,000,000-row CSV against DuckDB's ageing query as a process, and `openstaand
// report --json` on the 1,000,000-row XLSX against SheetJS reading the same file plus the same
// ageing (bench/peers/). Each round runs every process once, in turn (interleaved), under
// /usr/bin/time; the table has the median of the rounds: wall seconds, CPU seconds (user + system)
// and peak RSS, and our ratio to the peer. Needs the built CLI (npm run build:cli).
// BENCH_ROUNDS (default 5), BENCH_ROWS (default 1,000,000); BENCH_QUICK=1 for a quick look
// (100,000 rows, 3 rounds); BENCH_CLI=csv or xlsx for one comparison. Prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IsoDay } from "../src/core";
import { benchCsvText } from "./bench-csv";
import { writeBenchXlsx } from "./bench-xlsx";

const QUICK = process.env.BENCH_QUICK === "1";
const ROWS = Number(process.env.BENCH_ROWS ?? (QUICK ? 100_000 : 1_000_000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 3 : 5));
const AS_OF = "2026-06-30" as IsoDay;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "bin", "openstaand.cjs");
const TIME = "/usr/bin/time";

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** Runs `node args` once under /usr/bin/time, output to /dev/null; its wall, CPU and peak RSS. */
function measureProcess(args: string[]): Run {
  const report = path.join(tmpdir(), `openstaand-bench-time-${process.pid}.txt`);
  const result = spawnSync(TIME, ["-f", "%e %U %S %M", "-o", report, process.execPath, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0)
    throw new Error(
      `${args.join(" ")} failed (${result.status}): ${String(result.stderr).slice(-500)}`
    );
  const [wall, user, system, kb] = readFileSync(report, "utf8")
    .trim()
    .split(/\s+/)
    .slice(-4)
    .map(Number);
  rmSync(report, { force: true });
  return { wall: wall!, cpu: user! + system!, rssMb: kb! / 1024 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function medians(runs: Run[]): Run {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rssMb: median(runs.map((r) => r.rssMb)),
  };
}

function row(label: string, m: Run, runs: Run[]): void {
  const range = (k: keyof Run) =>
    `${Math.min(...runs.map((r) => r[k])).toFixed(2)}–${Math.max(...runs.map((r) => r[k])).toFixed(2)}`;
  console.log(
    `${label.padEnd(44)} wall ${m.wall.toFixed(2).padStart(6)} s (${range("wall")})  CPU ${m.cpu.toFixed(2).padStart(6)} s (${range("cpu")})  peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB`
  );
}

function verdict(what: string, ratio: number, limit: number): string {
  return `${what} ${ratio.toFixed(2)}× (target ≤ ${limit.toFixed(1)}×: ${ratio <= limit ? "met" : "NOT met"})`;
}

/** Compares `ours` with `peer` in interleaved rounds and prints the medians and ratios. */
function compare(
  title: string,
  ours: { label: string; args: string[] },
  peer: { label: string; args: string[] },
  targets: { cpu: number; wall?: number; rssMb: number }
): void {
  const load = (): string =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
  console.log(
    `\n${title} — ${ROUNDS} interleaved rounds, median (min–max); load average ${load()} (1, 5, 15 min)`
  );
  const a: Run[] = [];
  const b: Run[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    // Alternate who goes first, so neither side always meets a warmer page cache.
    if (k % 2 === 0) {
      a.push(measureProcess(ours.args));
      b.push(measureProcess(peer.args));
    } else {
      b.push(measureProcess(peer.args));
      a.push(measureProcess(ours.args));
    }
  }
  const ma = medians(a);
  const mb = medians(b);
  row(ours.label, ma, a);
  row(peer.label, mb, b);
  const parts = [verdict("CPU", ma.cpu / mb.cpu, targets.cpu)];
  if (targets.wall !== undefined) parts.push(verdict("wall", ma.wall / mb.wall, targets.wall));
  parts.push(
    `peak RSS ${ma.rssMb.toFixed(0)} MB (target ≤ ${targets.rssMb} MB: ${ma.rssMb <= targets.rssMb ? "met" : "NOT met"}; ${(ma.rssMb / mb.rssMb).toFixed(2)}× the peer)`
  );
  console.log(`  ours / peer: ${parts.join("; ")}`);
  console.log(`  load average after the rounds: ${load()}`);
}

export async function run(): Promise<void> {
  if (!existsSync(path.join(ROOT, "dist", "cli", "openstaand.cjs"))) {
    console.log("The built CLI is missing: run `npm run build:cli` first. Skipped.");
    return;
  }
  if (!existsSync(TIME)) {
    console.log(`${TIME} is missing (it measures CPU and peak RSS of a process). Skipped.`);
    return;
  }
  const csv = path.join(tmpdir(), `openstaand-bench-${ROWS}.csv`);
  if (!existsSync(csv)) writeFileSync(csv, benchCsvText(ROWS, AS_OF));
  const xlsx = path.join(tmpdir(), `openstaand-bench-${ROWS}.xlsx`);
  if (!existsSync(xlsx)) {
    const t0 = Date.now();
    await writeBenchXlsx(xlsx, ROWS);
    console.log(`wrote ${xlsx} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const size = (file: string) => `${(statSync(file).size / 1e6).toFixed(0)} MB`;
  console.log(
    `${ROWS.toLocaleString("en")} rows: ${csv} (${size(csv)}), ${xlsx} (${size(xlsx)}); as of ${AS_OF}`
  );
  const only = process.env.BENCH_CLI ?? ""; // "csv" or "xlsx": that comparison only
  if (only !== "xlsx")
    compare(
      "CLI report --json, CSV, whole process",
      {
        label: "openstaand report --json (CSV)",
        args: [CLI, "report", csv, "--json", "--as-of", AS_OF],
      },
      { label: "DuckDB ageing query (peer)", args: ["bench/peers/duckdb-ageing.mjs", csv, AS_OF] },
      { cpu: 1.5, wall: 1.5, rssMb: 600 }
    );
  if (only !== "csv")
    compare(
      "CLI report --json, XLSX, whole process",
      {
        label: "openstaand report --json (XLSX)",
        args: [CLI, "report", xlsx, "--json", "--as-of", AS_OF],
      },
      {
        label: "SheetJS read + same ageing (peer)",
        args: ["bench/peers/sheetjs-ageing.mjs", xlsx, AS_OF],
      },
      { cpu: 1.0, rssMb: 1536 }
    );
}
