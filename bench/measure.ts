import { performance } from "node:perf_hooks";

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * Times one run of `fn` over `count` units (rows, evaluations) and prints units per second and heap
 * growth. Benchmarks print figures; they never assert a time.
 */
export async function measure(
  label: string,
  count: number,
  unit: string,
  fn: () => unknown
): Promise<number> {
  const before = heapMb();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  const perSecond = (count / ms) * 1000;
  console.log(
    `${label.padEnd(44)} ${count.toLocaleString("en").padStart(10)} ${unit.padEnd(6)} ${ms.toFixed(0).padStart(7)} ms ` +
      `${Math.round(perSecond).toLocaleString("en").padStart(12)} ${unit}/s  heap ${(heapMb() - before >= 0 ? "+" : "") + (heapMb() - before).toFixed(1)} MB`
  );
  return perSecond;
}
