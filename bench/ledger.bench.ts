// Reading ledgers: readLedger on a large synthetic sheet, readLedgerFile on the demo as CSV and XLSX.
import { demoLedger } from "../src/demo";
import { readLedger } from "../src/ledger";
import { readLedgerFile } from "../src/formats";
import { demoCsvText, demoXlsxBytes } from "../src/hosts/browser";
import { measure } from "./measure";

/** The demo ledger's rows repeated with fresh invoice numbers, up to `rows` rows. */
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

export async function run(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const values = bigValues(rows);
  await measure("readLedger (2-D values, 27 columns)", rows, "rows", () => readLedger(values));
  const demo = demoLedger();
  const csv = new TextEncoder().encode(demoCsvText(demo));
  await measure("readLedgerFile (demo CSV)", demo.rows.length, "rows", () =>
    readLedgerFile(csv, "demo.csv")
  );
  const xlsx = await demoXlsxBytes(demo);
  await measure("readLedgerFile (demo XLSX)", demo.rows.length, "rows", () =>
    readLedgerFile(xlsx, "demo.xlsx")
  );
}
