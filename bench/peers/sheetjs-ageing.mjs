// The SheetJS peer of `openstaand report` on an XLSX, as a process of its own (npm run bench --
// cli): xlsx 0.18.5 reads the workbook (readFile, the first sheet to rows of values), then the same
// ageing per customer as the DuckDB peer (not due, 1-30, 31-60, 61-90, 90+ days past due, total, in
// cents), and prints the customers and the total. The columns are found by their Dutch headers
// (Debiteur, Factuurdatum, Vervaldatum, Openstaand); invoices dated after the day are left out, as the bench workbook has them.
// Usage: node bench/peers/sheetjs-ageing.mjs <file.xlsx> <as-of YYYY-MM-DD>
import XLSX from "xlsx";

const [file, asOf] = process.argv.slice(2);
const workbook = XLSX.readFile(file, { dense: true });
const sheet = workbook.Sheets[workbook.SheetNames[0]];
const rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true });
const header = rows[0].map((h) => String(h).toLowerCase());
const customerAt = header.indexOf("debiteur");
const dueAt = header.indexOf("vervaldatum");
const invoiceDayAt = header.indexOf("factuurdatum");
const openAt = header.indexOf("openstaand");
// Excel's serial of the as-of day (1900 date system): days since 1899-12-30.
const asOfSerial = Date.parse(`${asOf}T00:00:00Z`) / 86_400_000 + 25_569;
const buckets = new Map();
let total = 0;
for (let r = 1; r < rows.length; r++) {
  const row = rows[r];
  const open = Math.round(Number(row[openAt]) * 100);
  if (!open || Number(row[invoiceDayAt]) > asOfSerial) continue;
  const d = asOfSerial - Number(row[dueAt]);
  const k = d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4;
  let sums = buckets.get(row[customerAt]);
  if (sums === undefined) buckets.set(row[customerAt], (sums = [0, 0, 0, 0, 0, 0]));
  sums[k] += open;
  sums[5] += open;
  total += open;
}
process.stdout.write(`${JSON.stringify({ customers: buckets.size, total: total / 100 })}\n`);
