/**
 * The public IBM accounts-receivable sample (2,466 settled invoices, US dates) is a real export no
 * one here wrote; the ledger must read it as is. Parsed with papaparse here because file reading is
 * src/files' job.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { ledgerRow, readLedger } from "../../src/ledger";
import { expectReconciled } from "./reconcile";

const SAMPLE = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

describe("the IBM accounts-receivable sample", () => {
  const rows = Papa.parse<string[]>(readFileSync(SAMPLE, "utf8"), { skipEmptyLines: false }).data;
  const result = readLedger(rows);

  it("reads all 2,466 rows with nothing rejected and no issues", () => {
    expect(result.control).toMatchObject({ rowsRead: 2466, accepted: 2466, rejected: 0 });
    // Papa turns the file's final newline into one empty row.
    expect(result.control.blankRows).toBe(1);
    expect(result.issues).toEqual([]);
    expectReconciled(result, rows.length - 1);
  });

  it("totals 147,703.18 and, all invoices being settled, nothing open", () => {
    expect(result.control.amount).toEqual({ read: 14770318, accepted: 14770318, rejected: 0 });
    expect(result.control.open).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });

  it("detects US month/day order and English notation", () => {
    expect(result.dayOrder).toBe("mdy");
    expect(result.notation).toBe("en");
  });

  it("maps the known columns and ignores the rest", () => {
    expect(result.columns.map((column) => `${column.field}=${column.header}`)).toEqual([
      "country=countryCode",
      "customerId=customerID",
      "invoiceId=invoiceNumber",
      "invoiceDate=InvoiceDate",
      "dueDate=DueDate",
      "amount=InvoiceAmount",
      "disputed=Disputed",
      "settledDate=SettledDate",
    ]);
    expect(result.ignoredHeaders).toEqual([
      "PaperlessDate",
      "PaperlessBill",
      "DaysToSettle",
      "DaysLate",
    ]);
  });

  it("reads the first invoice exactly", () => {
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      sheetRow: 2,
      invoiceId: "0000611365",
      customerId: "0379-NEVHP",
      invoiceDate: "2013-01-02",
      dueDate: "2013-02-01",
      settledDate: "2013-01-15",
      amount: 5594,
      openAmount: 0,
      disputed: false,
      currency: "EUR",
    });
    expect(result.ledger.columns.disputed.filter(Boolean).length).toBeGreaterThan(0);
  });

  it("treats every invoice as open on a day before any was settled", () => {
    const early = readLedger(rows, { asOf: "2000-01-01" as never });
    expect(early.control.open.accepted).toBe(14770318);
  });
});
