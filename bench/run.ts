// Benchmarks: print figures, assert nothing. npm run bench
// Reads a large synthetic ledger (the demo ledger's rows repeated with fresh invoice numbers) through
// readLedger and through readLedgerFile (CSV and XLSX), and prints rows/s and heap growth.
import { performance } from "node:perf_hooks";
import { demoLedger } from "../src/demo/demo-ledger";
import { readLedger } from "../src/ledger/read-ledger";
import { readLedgerFile } from "../src/files/read-ledger-file";
import { demoCsvText, demoXlsxBytes } from "../src/files/demo-files";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

function bigValues(rows: number): unknown[][] {
  const demo = demoLedger();
  const idCol = demo.headers.indexOf("Factuurnummer");
  const out: unknown[][] = [demo.headers];
  for (let i = 0; out.length <= rows; i++) {
    const row = [...demo.rows[i % demo.rows.length]!];
    row[idCol] = `B${String(i).padStart(8, "0")}`;
    out.push(row);
  }
  return out;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function measure(
  label: string,
  rows: number,
  fn: () => unknown | Promise<unknown>
): Promise<void> {
  globalThis.gc?.();
  const before = heapMb();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  const after = heapMb();
  console.log(
    `${label.padEnd(34)} ${String(rows).padStart(8)} rows  ${ms.toFixed(0).padStart(7)} ms  ` +
      `${Math.round((rows / ms) * 1000)
        .toLocaleString("en")
        .padStart(10)} rows/s  heap +${(after - before).toFixed(1)} MB`
  );
}

async function main(): Promise<void> {
  console.log(`Openstaand benchmarks (node ${process.version}, ${ROWS} rows)`);
  const values = bigValues(ROWS);
  await measure("readLedger (2-D values)", ROWS, () => readLedger(values));
  const demo = demoLedger();
  const csv = new TextEncoder().encode(demoCsvText(demo));
  await measure("readLedgerFile (demo CSV)", demo.rows.length, () =>
    readLedgerFile(csv, "demo.csv")
  );
  const xlsx = await demoXlsxBytes(demo);
  await measure("readLedgerFile (demo XLSX)", demo.rows.length, () =>
    readLedgerFile(xlsx, "demo.xlsx")
  );
}

void main();
