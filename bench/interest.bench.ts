// Statutory interest: =DEB.INTEREST as Excel calls it (serials in, euros out) over random 1-10-year
// spans that cross rate changes, and statutoryInterest with partial payments. Prints figures only.
import {
  addDays,
  fromEpochDay,
  isoDay,
  toEpochDay,
  dayToSerial,
  cents,
  statutoryInterest,
} from "../src/core";
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

export async function run(): Promise<void> {
  // Import after the CustomFunctions global exists (guarded.ts refers to it when an error occurs).
  Object.assign(globalThis, {
    CustomFunctions: { Error: Error, ErrorCode: { invalidValue: "#VALUE!" } },
  });
  const { interestFunction } = await import("../functions");
  const count = Number(process.env.BENCH_EVALUATIONS ?? 1_000_000);
  const next = random(42);
  const first = toEpochDay(isoDay("2003-01-01"));
  const last = toEpochDay(isoDay("2016-01-01"));
  const principals = new Float64Array(count);
  const due = new Float64Array(count);
  const asOf = new Float64Array(count);
  const kinds: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const start = first + Math.floor(next() * (last - first));
    const span = 365 + Math.floor(next() * 9 * 365);
    principals[i] = Math.round(next() * 5_000_000) / 100;
    due[i] = dayToSerial(fromEpochDay(start));
    asOf[i] = dayToSerial(fromEpochDay(start + span));
    kinds[i] = next() < 0.8 ? "handels" : "wettelijk";
  }
  let sink = 0;
  const warm = Math.min(count, 100_000);
  for (let i = 0; i < warm; i++) sink += interestFunction(principals[i], due[i], asOf[i], kinds[i]);
  await measure("=DEB.INTEREST (serials, 1-10 years)", count, "evals", () => {
    for (let i = 0; i < count; i++) {
      sink += interestFunction(principals[i], due[i], asOf[i], kinds[i], undefined);
    }
  });

  const withPayments = Math.max(1, Math.floor(count / 20));
  const inputs = Array.from({ length: withPayments }, (_, i) => {
    const from = fromEpochDay(toEpochDay(isoDay("2005-01-01")) + (i % 3000));
    const to = addDays(from, 365 * 6);
    return {
      principal: cents(1_000_000 + i),
      from,
      to,
      kind: i % 2 === 0 ? ("commercial" as const) : ("consumer" as const),
      costs: cents(87_500),
      payments: [1, 2, 3].map((k) => ({ day: addDays(from, 400 * k), amount: cents(150_000) })),
    };
  });
  await measure("statutoryInterest (3 payments, 6 years)", withPayments, "calls", () => {
    for (const input of inputs) sink += statutoryInterest(input).interest;
  });
  if (sink === 42) console.log("(sink)");
}
