// Debiteuren and Kredietcheck leave the pane (issue 17): every listed customer, not a page of them,
// with a control line whose sum equals the list's total (for all open customers: the report's AR),
// in an xlsx read back with exceljs and a Dutch CSV read back with the project's CSV reader.
import { buildReport } from "../../src/analytics";
import { customerListFile, withoutSettled } from "../../src/app";
import { demoLedger } from "../../src/demo";
import { readCsvValues, readXlsxValues } from "../../src/formats";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const report = buildReport(readLedger(demo.values()).ledger, { asOf: demo.asOf });
const listed = withoutSettled(report.customers, false);

describe("customer lists as files", () => {
  it("hides settled customers unless asked, and says how many", () => {
    expect(listed.hidden).toBeGreaterThan(0);
    expect(listed.rows.every((r) => r.open !== 0)).toBe(true);
    expect(listed.rows.length + listed.hidden).toBe(report.customers.length);
    expect(withoutSettled(report.customers, true)).toEqual({ rows: report.customers, hidden: 0 });
  });

  it("Debiteuren as xlsx: every row, and a control line equal to the AR to the cent", async () => {
    expect(listed.rows.length).toBeGreaterThan(1);
    const file = await customerListFile(report, "customers", listed.rows, "nl", "xlsx");
    expect(file.name).toBe(`debiteuren-${demo.asOf}.xlsx`);
    const read = await readXlsxValues(file.data as Uint8Array, file.name);
    expect(read.sheet).toBe("Debiteuren");
    const [header = [], ...body] = read.values;
    expect(header.slice(0, 3)).toEqual(["Debiteur", "Naam", "Openstaand"]);
    expect(body).toHaveLength(listed.rows.length + 1);
    const cents = (x: unknown) => Math.round(Number(x) * 100);
    const sum = body.slice(0, -1).reduce((s, row) => s + cents(row[2]), 0);
    const control = body[body.length - 1]!;
    expect(control[0]).toBe("Totaal");
    expect(control[1]).toBe(`${listed.rows.length} debiteuren`);
    expect(cents(control[2])).toBe(report.metrics.ar);
    expect(sum).toBe(report.metrics.ar);
    // The buckets of the control line add up to the open total too.
    const buckets = report.ageing.labels.reduce((s, _, b) => s + cents(control[3 + b]), 0);
    expect(buckets).toBe(report.metrics.ar);
  });

  it("Kredietcheck as CSV: one line per signal, in English when asked", async () => {
    const flagged = withoutSettled(
      report.customers.filter((r) => r.flags.length > 0),
      false
    ).rows;
    const file = await customerListFile(report, "credit", flagged, "en", "csv");
    expect(file.name).toBe(`kredietcheck-${demo.asOf}.csv`);
    const [head, ...rows] = readCsvValues(file.data as Uint8Array).values;
    expect(head).toEqual(["Customer", "Name", "Open", "Flags"]);
    expect(rows).toHaveLength(flagged.reduce((n, r) => n + r.flags.length, 0) + 1);
    expect(rows[rows.length - 1]![1]).toBe(`${flagged.length} customers`);
  });
});
