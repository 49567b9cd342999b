// =DEB.DAYSOVERDUE and =DEB.AGEBUCKET as Excel calls them: date serials in (a column of due dates,
// one as-of cell or the day left out), a number or a label out. Both are volatile, so a sheet pays
// this on every recalculation. Then issue 14's targets: AGEBUCKET and DAYSOVERDUE at least 1M
// calls/s, and =DEB.INTEREST's wrapper (Excel values in, euros out) at most 1.3× the core call
// (statutoryInterestCents on the same cents, epoch days and kind), in interleaved rounds (median).
// BENCH_EVALUATIONS (default 1,000,000), BENCH_ROUNDS (default 5). Prints figures only.
import { performance } from "node:perf_hooks";
import { dayToSerial, fromEpochDay, isoDay, statutoryInterestCents, toEpochDay } from "../src/core";
import { measure } from "./measure";

/** A small deterministic generator (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `measure` (wall time) plus the process's CPU time of the same run: on a shared machine the wall
 * rate falls with the load average, the CPU rate much less, so both are printed.
 */
async function measured(label: string, count: number, fn: () => void): Promise<number> {
  const cpu0 = process.cpuUsage();
  const perSecond = await measure(label, count, "evals", fn);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${"".padEnd(44)}   CPU ${cpuMs.toFixed(0)} ms: ${Math.round((count / cpuMs) * 1000).toLocaleString("en")} evals per CPU-second`
  );
  return perSecond;
}

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  // Import after the CustomFunctions global exists (guarded.ts refers to it when an error occurs).
  Object.assign(globalThis, {
    CustomFunctions: { Error: Error, ErrorCode: { invalidValue: "#VALUE!" } },
  });
  const { daysOverdueFunction, ageBucketFunction, interestFunction } = await import("../functions");
  const count = Number(process.env.BENCH_EVALUATIONS ?? 1_000_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const due = new Float64Array(count);
  for (let i = 0; i < count; i++) due[i] = 45_000 + ((i * 7919) % 1_200);
  const asOf = 46_000;
  // Excel passes a new array for a range argument on every call: 1,024 equal copies, so the label
  // cache is exercised by value, not by identity.
  const edgesCopies = Array.from({ length: 1024 }, () => [[30], [60], [90], [120]]);
  let sink = 0;
  for (let i = 0; i < Math.min(count, 100_000); i++) {
    sink += daysOverdueFunction(due[i], asOf) + ageBucketFunction(due[i], asOf).length;
  }
  const rates: Record<string, number> = {};
  rates.days = await measured("=DEB.DAYSOVERDUE (serial, as_of cell)", count, () => {
    for (let i = 0; i < count; i++) sink += daysOverdueFunction(due[i], asOf);
  });
  rates.daysToday = await measured("=DEB.DAYSOVERDUE (day left out: today)", count, () => {
    for (let i = 0; i < count; i++) sink += daysOverdueFunction(due[i], null);
  });
  rates.bucket = await measured("=DEB.AGEBUCKET (default edges)", count, () => {
    for (let i = 0; i < count; i++) sink += ageBucketFunction(due[i], asOf, undefined).length;
  });
  rates.bucketEdges = await measured("=DEB.AGEBUCKET (edges range, language nl)", count, () => {
    for (let i = 0; i < count; i++)
      sink += ageBucketFunction(due[i], asOf, edgesCopies[i & 1023], "nl").length;
  });
  rates.bucketToday = await measured("=DEB.AGEBUCKET (day left out: today)", count, () => {
    for (let i = 0; i < count; i++) sink += ageBucketFunction(due[i], null).length;
  });
  const slowest = Math.min(...Object.values(rates));
  console.log(
    `target: AGEBUCKET and DAYSOVERDUE ≥ 1,000,000 calls/s — slowest form above ${Math.round(slowest).toLocaleString("en")}/s: ${slowest >= 1e6 ? "met" : "NOT met"}`
  );

  // The INTEREST wrapper against the core call, on the same random 1-10-year spans.
  const n = Math.max(1, Math.floor(count / 4));
  const next = random(42);
  const first = toEpochDay(isoDay("2003-01-01"));
  const last = toEpochDay(isoDay("2016-01-01"));
  const euros = new Float64Array(n);
  const cents = new Float64Array(n);
  const fromDay = new Int32Array(n);
  const toDay = new Int32Array(n);
  const dueSerial = new Float64Array(n);
  const asOfSerial = new Float64Array(n);
  const kindText: string[] = new Array<string>(n);
  const kind: ("commercial" | "consumer")[] = new Array<"commercial" | "consumer">(n);
  for (let i = 0; i < n; i++) {
    const start = first + Math.floor(next() * (last - first));
    const span = 365 + Math.floor(next() * 9 * 365);
    cents[i] = Math.round(next() * 5_000_000);
    euros[i] = cents[i]! / 100;
    fromDay[i] = start;
    toDay[i] = start + span;
    dueSerial[i] = dayToSerial(fromEpochDay(start));
    asOfSerial[i] = dayToSerial(fromEpochDay(start + span));
    const commercial = next() < 0.8;
    kindText[i] = commercial ? "handels" : "wettelijk";
    kind[i] = commercial ? "commercial" : "consumer";
  }
  const wrapper = (): void => {
    for (let i = 0; i < n; i++)
      sink += interestFunction(euros[i], dueSerial[i], asOfSerial[i], kindText[i], undefined);
  };
  const core = (): void => {
    for (let i = 0; i < n; i++)
      sink += statutoryInterestCents(cents[i]!, fromDay[i]!, toDay[i]!, kind[i]!) / 100;
  };
  wrapper();
  core();
  const w: number[] = [];
  const c: number[] = [];
  for (let k = 0; k < rounds; k++) {
    w.push(timed(wrapper));
    c.push(timed(core));
  }
  const ratio = median(w) / median(c);
  const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
  console.log(
    `=DEB.INTEREST wrapper ${median(w).toFixed(0)} ms (${rate(median(w))}/s) vs core statutoryInterestCents ${median(c).toFixed(0)} ms (${rate(median(c))}/s), ${n.toLocaleString("en")} calls, ${rounds} interleaved rounds, median`
  );
  console.log(
    `target: INTEREST wrapper ≤ 1.3× the core call — ${ratio.toFixed(2)}×: ${ratio <= 1.3 ? "met" : "NOT met"}`
  );
  if (sink === 42) console.log("(sink)");
}
