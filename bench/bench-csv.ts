// The benchmark's open-items CSV (invoice, customer, invoice_date, due_date, amount, open_amount;
// 20,000 customers), deterministic: the same text on every machine. Used by the analytics bench and
// by the test that the CLI's fast reader gives the full reader's report.
import { addDays, toEpochDay, type IsoDay } from "../src/core";

const CUSTOMERS = 20_000;

/** xorshift32: the same file on every machine. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** `rows` invoices dated 2025-01-01 .. `asOf`, LF line ends. */
export function benchCsvText(rows: number, asOf: IsoDay): string {
  const random = generator(20260630);
  const start = toEpochDay("2025-01-01" as IsoDay);
  const span = toEpochDay(asOf) - start;
  const lines = ["invoice,customer,invoice_date,due_date,amount,open_amount"];
  const days: string[] = [];
  for (let d = 0; d <= span; d++) days.push(addDays("2025-01-01" as IsoDay, d));
  const terms = [14, 30, 30, 30, 60];
  for (let i = 0; i < rows; i++) {
    const customer = `D${String(Math.floor(random() * CUSTOMERS)).padStart(5, "0")}`;
    const d = Math.floor(random() * (span + 1));
    const term = terms[Math.floor(random() * terms.length)] as number;
    let cents = 5_000 + Math.floor(random() * random() * 2_500_000);
    if (random() < 0.04) cents = -Math.floor(cents / 4); // credit note
    const paid = random();
    // Older invoices are mostly paid; recent ones mostly open; some partly paid.
    const age = span - d;
    const open =
      age > 120 && paid < 0.85 ? 0 : paid < 0.25 ? 0 : paid < 0.32 ? Math.trunc(cents / 2) : cents;
    const euro = (c: number): string =>
      `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}`;
    lines.push(
      `F${String(i).padStart(7, "0")},${customer},${days[d]},${days[Math.min(d + term, span)] ?? days[span]},${euro(cents)},${euro(open)}`
    );
  }
  return lines.join("\n") + "\n";
}
