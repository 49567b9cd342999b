// Reminder runs: reviewReminders on a large ledger (the demo's rows repeated with fresh invoice
// numbers and spread over many customers), and the calendar functions it leans on.
import { demoLedger } from "../src/demo";
import { readLedger } from "../src/ledger";
import { reviewReminders } from "../src/dunning";
import { addBusinessDays, addDays, type IsoDay } from "../src/core";
import { measure } from "./measure";

function bigValues(rows: number): unknown[][] {
  const demo = demoLedger();
  const idCol = demo.headers.indexOf("Factuurnummer");
  const customerCol = demo.headers.indexOf("Debiteurnummer");
  const out: unknown[][] = [demo.headers];
  for (let i = 0; out.length <= rows; i++) {
    const row = [...demo.rows[i % demo.rows.length]!];
    row[idCol] = `B${String(i).padStart(8, "0")}`;
    // ~5,000 customers: the demo's customer number plus a block number
    row[customerCol] = `${String(row[customerCol])}-${Math.floor(i / demo.rows.length) % 80}`;
    out.push(row);
  }
  return out;
}

export async function run(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const demo = demoLedger();
  const { ledger } = readLedger(bigValues(rows), { asOf: demo.asOf });
  await measure("reviewReminders (large ledger)", ledger.length, "rows", () =>
    reviewReminders(ledger, demo.asOf)
  );
  await measure("reviewReminders (same ledger, 12 weeks on)", ledger.length, "rows", () =>
    reviewReminders(ledger, addDays(demo.asOf, 84))
  );
  const start = "2026-01-01" as IsoDay;
  await measure("addBusinessDays (n = 1..250)", 250, "calls", () => {
    for (let n = 1; n <= 250; n++) addBusinessDays(start, n);
  });
}
