// The DuckDB peer of `openstaand report --json` on a CSV, as a process of its own (npm run bench --
// cli): node loads @duckdb/node-api, reads the file with read_csv and runs the ageing per customer
// of the invoices dated up to the day (not due, 1-30, 31-60, 61-90, 90+ days past due, total), and prints the customers and the total.
// Usage: node bench/peers/duckdb-ageing.mjs <file.csv> <as-of YYYY-MM-DD>
import { DuckDBInstance } from "@duckdb/node-api";

const [file, asOf] = process.argv.slice(2);
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const reader = await connection.runAndReadAll(`
  SELECT customer,
    SUM(CASE WHEN d <= 0 THEN open_amount ELSE 0 END) AS not_due,
    SUM(CASE WHEN d BETWEEN 1 AND 30 THEN open_amount ELSE 0 END) AS d30,
    SUM(CASE WHEN d BETWEEN 31 AND 60 THEN open_amount ELSE 0 END) AS d60,
    SUM(CASE WHEN d BETWEEN 61 AND 90 THEN open_amount ELSE 0 END) AS d90,
    SUM(CASE WHEN d > 90 THEN open_amount ELSE 0 END) AS over90,
    SUM(open_amount) AS total
  FROM (SELECT customer, open_amount, DATE '${asOf}' - due_date AS d
        FROM read_csv('${file.replace(/'/g, "''")}', header = true)
        WHERE invoice_date <= DATE '${asOf}' AND open_amount <> 0)
  GROUP BY customer`);
const rows = reader.getRows();
const total = rows.reduce((sum, row) => sum + Number(row[6]), 0);
process.stdout.write(`${JSON.stringify({ customers: rows.length, total })}\n`);
