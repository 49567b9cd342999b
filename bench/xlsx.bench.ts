// Reading an open-items workbook: the streamed reader (saxes over the sheet's parts, what
// readLedgerFile uses) against exceljs's (the reader before, kept as the tests' oracle), in
// interleaved rounds, median wall and CPU seconds (the machine is shared: CPU is the fairer
// figure), heap growth. exceljs's guard refuses more than 1,500,000 cells, so the comparison runs
// on BENCH_XLSX_ROWS (default 100,000 rows × 7 columns); BENCH_XLSX_BIG (default 0, e.g. 1000000)
// adds the streamed reader alone on that many rows. Then readLedgerFile end to end.
import { performance } from "node:perf_hooks";
import { readLedgerFile, readXlsxValues, streamXlsxValues } from "../src/formats";
import { benchXlsxBytes } from "./bench-xlsx";

interface Figure {
  wall: number;
  cpu: number;
  heap: number;
}

async function once(fn: () => Promise<unknown>): Promise<Figure> {
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    heap: (process.memoryUsage().heapUsed - heap0) / 1024 / 1024,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function line(label: string, rows: number, figures: Figure[]): void {
  const wall = median(figures.map((f) => f.wall));
  const cpu = median(figures.map((f) => f.cpu));
  const heap = median(figures.map((f) => f.heap));
  console.log(
    `${label.padEnd(40)} ${rows.toLocaleString("en").padStart(10)} rows  wall ${wall.toFixed(2).padStart(7)} s  CPU ${cpu.toFixed(2).padStart(7)} s  heap +${heap.toFixed(0)} MB`
  );
}

export async function run(): Promise<void> {
  const rows = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const bytes = await benchXlsxBytes(rows);
  console.log(`workbook: ${rows.toLocaleString("en")} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
  const streamed: Figure[] = [];
  const exceljs: Figure[] = [];
  for (let k = 0; k < rounds; k++) {
    exceljs.push(await once(() => readXlsxValues(bytes, "bench.xlsx")));
    streamed.push(await once(() => streamXlsxValues(bytes, "bench.xlsx")));
  }
  line("before: exceljs readXlsxValues (peer)", rows, exceljs);
  line("after: streamXlsxValues", rows, streamed);
  console.log(
    `ratio after/before: CPU ${(median(streamed.map((f) => f.cpu)) / median(exceljs.map((f) => f.cpu))).toFixed(2)}, wall ${(median(streamed.map((f) => f.wall)) / median(exceljs.map((f) => f.wall))).toFixed(2)}`
  );
  line("readLedgerFile (streamed, whole read)", rows, [
    await once(() => readLedgerFile(bytes, "bench.xlsx")),
  ]);
  const big = Number(process.env.BENCH_XLSX_BIG ?? 0);
  if (big > 0) {
    const large = await benchXlsxBytes(big);
    console.log(
      `workbook: ${big.toLocaleString("en")} rows, ${(large.length / 1e6).toFixed(1)} MB`
    );
    line("streamXlsxValues", big, [await once(() => streamXlsxValues(large, "big.xlsx"))]);
    line("readLedgerFile (streamed, whole read)", big, [
      await once(() => readLedgerFile(large, "big.xlsx")),
    ]);
  }
}
