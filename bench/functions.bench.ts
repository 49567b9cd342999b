// =DEB.DAYSOVERDUE and =DEB.AGEBUCKET as Excel calls them: date serials in (a column of due dates,
// one as-of cell or the day left out), a number or a label out. Both are volatile, so a sheet pays
// this on every recalculation. Prints figures only.
import { measure } from "./measure";

export async function run(): Promise<void> {
  // Import after the CustomFunctions global exists (guarded.ts refers to it when an error occurs).
  Object.assign(globalThis, {
    CustomFunctions: { Error: Error, ErrorCode: { invalidValue: "#VALUE!" } },
  });
  const { daysOverdueFunction, ageBucketFunction } = await import("../functions");
  const count = Number(process.env.BENCH_EVALUATIONS ?? 1_000_000);
  const due = new Float64Array(count);
  for (let i = 0; i < count; i++) due[i] = 45_000 + ((i * 7919) % 1_200);
  const asOf = 46_000;
  const edges = [[30], [60], [90], [120]];
  let sink = 0;
  for (let i = 0; i < Math.min(count, 100_000); i++) {
    sink += daysOverdueFunction(due[i], asOf) + ageBucketFunction(due[i], asOf).length;
  }
  await measure("=DEB.DAYSOVERDUE (serial, as_of cell)", count, "evals", () => {
    for (let i = 0; i < count; i++) sink += daysOverdueFunction(due[i], asOf);
  });
  await measure("=DEB.DAYSOVERDUE (day left out: today)", count, "evals", () => {
    for (let i = 0; i < count; i++) sink += daysOverdueFunction(due[i], null);
  });
  await measure("=DEB.AGEBUCKET (default edges)", count, "evals", () => {
    for (let i = 0; i < count; i++) sink += ageBucketFunction(due[i], asOf, undefined).length;
  });
  await measure("=DEB.AGEBUCKET (edges range, language nl)", count, "evals", () => {
    for (let i = 0; i < count; i++) sink += ageBucketFunction(due[i], asOf, edges, "nl").length;
  });
  await measure("=DEB.AGEBUCKET (day left out: today)", count, "evals", () => {
    for (let i = 0; i < count; i++) sink += ageBucketFunction(due[i], null).length;
  });
  if (sink === 42) console.log("(sink)");
}
