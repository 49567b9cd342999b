/** Test helper (not a test file): a hostile ledger and readers for exported csv and xlsx bytes. */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { isoDay } from "../../src/core";
import { ledgerOf } from "../dunning/ledger-fixture";

/** Names that would run as formulas or scripts if an export let them through. */
export const HOSTILE = [
  '=HYPERLINK("http://x";"y")',
  "+1+1",
  "@SUM(A1)",
  "-2+3",
  "<script>alert(1)</script>",
  "\tTAB",
  "\rCR",
];

/** What no exported text cell may start with. */
export const DANGER = /^[=+\-@\t\r]/;

/** One overdue invoice per hostile name, with hostile ids, addresses and notes as well. */
export const hostileLedger = ledgerOf(
  HOSTILE.map((name, i) => ({
    invoiceId: i === 0 ? "=1+1" : `@H-${i}`,
    customerId: i === 1 ? "+31" : `K${i}`,
    customerName: name,
    contactPerson: i === 4 ? "<img src=x onerror=alert(1)>" : "=cmd|' /C calc'!A0",
    address: 'Dorpsstraat 1\r\nBcc: victim@example.com\n=HYPERLINK("x")',
    postcode: "-1234 AB",
    city: "@Delft",
    country: "\tNL",
    email: `=k${i}@example.nl`,
    phone: "+31 20 123 4567",
    kvk: "=1",
    vatId: "@NL",
    dueDate: "2026-09-01",
    invoiceDate: isoDay("2026-08-01"),
    openAmount: 10_000 + i,
    debtorType: i % 2 === 0 ? ("consumer" as const) : ("business" as const),
    reminderStage: 2,
    reminderDate: "2026-10-01",
    description: "=2*3",
    status: "<b>open</b>",
  }))
);

/** The cells of a csv export; checks the BOM. */
export function csvCells(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (!text.startsWith("\uFEFF")) throw new Error("csv without BOM");
  return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
}

/** The rows of the first sheet of an xlsx export (cell values; formulas throw). */
export async function xlsxRows(bytes: Uint8Array): Promise<{ name: string; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`formula in ${cell.address}`);
      values.push(cell.value);
    });
    rows.push(values);
  });
  return { name: sheet.name, rows };
}

/** "1234,56" (Dutch csv amount) in cents. */
export function csvCents(text: string): number {
  if (!/^-?\d+,\d\d$/.test(text)) throw new Error(`not a csv amount: ${JSON.stringify(text)}`);
  return Number(text.replace(",", ""));
}

/** Every text cell safe, and every hostile name still there (after the guarding apostrophe). */
export function expectSafeAndComplete(cells: readonly unknown[]): void {
  const texts = cells.filter((v): v is string => typeof v === "string");
  for (const t of texts) expect(t).not.toMatch(DANGER);
  const joined = texts.map((t) => (t.startsWith("'") ? t.slice(1) : t)).join("\n");
  for (const name of HOSTILE) expect(joined).toContain(name.trim());
}
