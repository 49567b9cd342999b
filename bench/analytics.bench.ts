// The analytics benchmark: a deterministic 1,000,000-row open-items CSV (20,000 customers) in the
// temp folder; file -> ageing per customer and file -> full report model on the fast columnar path,
// peak memory, and DuckDB's time for the same ageing query on the same file (when installed).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fastCsvFrame } from "../src/formats";
import { CsvChunkWorker, parallelCsvFrame, readFileShared } from "../src/hosts/node";
import { ageing, buildReportFromFrame } from "../src/analytics";
import { toEpochDay, type IsoDay } from "../src/core";
import { benchCsvText } from "./bench-csv";

type DuckDb = typeof import("@duckdb/node-api"); // eslint-disable-line @typescript-eslint/consistent-type-imports

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const AS_OF = "2026-06-30" as IsoDay;

/** Writes the CSV once per row count; returns its path. */
function benchCsv(): string {
  const file = path.join(tmpdir(), `openstaand-bench-${ROWS}.csv`);
  if (existsSync(file)) return file;
  writeFileSync(file, benchCsvText(ROWS, AS_OF));
  return file;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(
  label: string,
  fn: () => T | Promise<T>
): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const rate = Math.round((ROWS / ms) * 1000).toLocaleString("en");
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms ${rate.padStart(12)} rows/s  rss ${mb(process.memoryUsage().rss)}`
  );
  return { ms, value };
}

async function duckdbAgeing(file: string): Promise<number | null> {
  let duck: DuckDb;
  try {
    duck = await import("@duckdb/node-api");
  } catch {
    console.log("DuckDB: @duckdb/node-api is not installed; skipping the comparison.");
    return null;
  }
  const instance = await duck.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const sql = `
    SELECT customer,
      SUM(CASE WHEN d <= 0 THEN open_amount ELSE 0 END) AS not_due,
      SUM(CASE WHEN d BETWEEN 1 AND 30 THEN open_amount ELSE 0 END) AS d30,
      SUM(CASE WHEN d BETWEEN 31 AND 60 THEN open_amount ELSE 0 END) AS d60,
      SUM(CASE WHEN d BETWEEN 61 AND 90 THEN open_amount ELSE 0 END) AS d90,
      SUM(CASE WHEN d > 90 THEN open_amount ELSE 0 END) AS over90,
      SUM(open_amount) AS total
    FROM (SELECT customer, open_amount, DATE '${AS_OF}' - due_date AS d
          FROM read_csv('${file.replace(/'/g, "''")}', header = true)
          WHERE invoice_date <= DATE '${AS_OF}' AND open_amount <> 0)
    GROUP BY customer`;
  await connection.run("SELECT 1");
  let best = Infinity;
  let groups = 0;
  let total = 0;
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    const reader = await connection.runAndReadAll(sql);
    best = Math.min(best, performance.now() - t0);
    const rows = reader.getRows();
    groups = rows.length;
    total = rows.reduce((sum, row) => sum + Number(row[6]), 0);
  }
  console.log(
    `${"DuckDB: CSV -> ageing per customer (best of 2)".padEnd(46)} ${best.toFixed(0).padStart(7)} ms ${Math.round(
      (ROWS / best) * 1000
    )
      .toLocaleString("en")
      .padStart(12)} rows/s  (${groups} customers, total ${total})`
  );
  connection.closeSync?.();
  return best;
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const file = benchCsv();
  console.log(
    `CSV ${file}: ${ROWS.toLocaleString("en")} rows, ${mb(readFileSync(file).length)} (${(performance.now() - t0).toFixed(0)} ms to generate or find)`
  );
  const d = toEpochDay(AS_OF);
  // The browser path: one thread, fastCsvFrame on the whole file.
  let singleBest = Infinity;
  for (let run = 0; run < 2; run++) {
    const { ms } = await timed(`file -> ageing, 1 thread (run ${run + 1})`, () =>
      ageing(fastCsvFrame(readFileSync(file)), d)
    );
    singleBest = Math.min(singleBest, ms);
  }
  // The Node path: the second half of the file parsed in a worker thread (DuckDB uses both cores
  // too). The worker is started once, outside the timing, as DuckDB's instance is.
  const w0 = performance.now();
  const worker = await CsvChunkWorker.start();
  console.log(
    `worker thread started in ${(performance.now() - w0).toFixed(0)} ms (not timed below)`
  );
  let best = Infinity;
  let ageTotal = 0;
  for (let run = 0; run < 3; run++) {
    const { ms, value } = await timed(`file -> ageing, 2 threads (run ${run + 1})`, async () =>
      ageing(await parallelCsvFrame(readFileShared(file), worker), d)
    );
    best = Math.min(best, ms);
    ageTotal = value.total;
  }
  console.log(
    `  ageing total ${(ageTotal / 100).toFixed(2)} EUR (exact integer cents), ${ROWS.toLocaleString("en")} rows`
  );
  let reportSingleBest = Infinity;
  for (let run = 0; run < 2; run++) {
    const { ms } = await timed(`file -> full report model, 1 thread (run ${run + 1})`, () =>
      buildReportFromFrame(fastCsvFrame(readFileSync(file)), { asOf: AS_OF })
    );
    reportSingleBest = Math.min(reportSingleBest, ms);
  }
  let reportBest = Infinity;
  for (let run = 0; run < 3; run++) {
    const { ms, value } = await timed(
      `file -> full report model, 2 threads (run ${run + 1})`,
      async () =>
        buildReportFromFrame(await parallelCsvFrame(readFileShared(file), worker), { asOf: AS_OF })
    );
    reportBest = Math.min(reportBest, ms);
    if (!value.control.reconciles) throw new Error("The bench report does not reconcile.");
  }
  await worker.close();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`peak memory (max RSS of the process so far)          ${mb(peak)}`);
  const duck = await duckdbAgeing(file);
  if (duck !== null) {
    console.log(
      `ratio ageing / DuckDB: ${(best / duck).toFixed(2)}x (1 thread: ${(singleBest / duck).toFixed(2)}x); full report / DuckDB ageing: ${(reportBest / duck).toFixed(2)}x (1 thread: ${(reportSingleBest / duck).toFixed(2)}x)`
    );
  }
}
