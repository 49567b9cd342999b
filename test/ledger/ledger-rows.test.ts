import { ledgerRow, ledgerRows, readLedger, INVOICE_KEYS } from "../../src/ledger";

describe("ledgerRow / ledgerRows", () => {
  const { ledger } = readLedger([
    ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag"],
    ["F1", "D1", "2025-01-01", 10],
    ["F2", "D2", "2025-02-01", -5],
  ]);

  it("gives every column the ledger's length", () => {
    expect(ledger.length).toBe(2);
    for (const key of INVOICE_KEYS) expect([key, ledger.columns[key].length]).toEqual([key, 2]);
    expect(INVOICE_KEYS).toHaveLength(33);
  });

  it("rebuilds invoices from the columns", () => {
    expect(
      ledgerRows(ledger).map((invoice) => [invoice.invoiceId, invoice.amount, invoice.dueDate])
    ).toEqual([
      ["F1", 1000, "2025-01-01"],
      ["F2", -500, "2025-02-01"],
    ]);
    expect(Object.keys(ledgerRow(ledger, 0)).sort()).toEqual([...INVOICE_KEYS].sort());
  });

  it("throws outside the ledger", () => {
    expect(() => ledgerRow(ledger, 2)).toThrow(
      /Ledger row 2 does not exist; the ledger has 2 rows/
    );
    expect(() => ledgerRow(ledger, -1)).toThrow(RangeError);
  });
});
