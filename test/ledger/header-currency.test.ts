/**
 * An export without a currency column that names its currency in the money headers ("Bedrag
 * (USD)"): the rows are read in that currency, said on the header row, and kept out of the euro
 * figures — never counted as euros.
 */
import { buildReport } from "../../src/analytics";
import { headerCurrency, readLedger } from "../../src/ledger";
import type { IsoDay } from "../../src/core";

const AS_OF = "2026-12-01" as IsoDay;

describe("headerCurrency", () => {
  it.each([
    ["Bedrag (USD)", "USD"],
    ["Saldo in GBP", "GBP"],
    ["Amount [chf]", "CHF"],
    ["Open €", "EUR"],
    ["Openstaand $", "USD"],
    ["Bedrag in euro", "EUR"],
    ["Bedrag (EUR)", "EUR"],
  ])("%s names %s", (header, code) => {
    expect(headerCurrency(header)).toBe(code);
  });

  it.each(["Bedrag", "USD", "Bedrag btw", "Totaal excl", "Saldo fr", "Bedrag (incl. btw)", ""])(
    "%s names no currency",
    (header) => {
      expect(headerCurrency(header)).toBeNull();
    }
  );
});

describe("reading a ledger whose money headers name the currency", () => {
  const rows = (amountHeader: string, openHeader: string) => [
    ["Factuurnummer", "Debiteur", "Factuurdatum", "Vervaldatum", amountHeader, openHeader],
    ["F1", "D1", "2026-10-01", "2026-10-31", 700, 700],
    ["F2", "D2", "2026-10-05", "2026-11-04", 300, 100],
  ];

  it("reads 'Bedrag (USD)' rows as USD, says so on the header row, and totals them as USD", () => {
    const read = readLedger(rows("Bedrag (USD)", "Openstaand (USD)"), { asOf: AS_OF });
    expect(read.ledger.columns.currency).toEqual(["USD", "USD"]);
    const info = read.issues.filter((i) => i.row === 1);
    expect(info).toEqual([
      expect.objectContaining({
        severity: "info",
        column: "E",
        value: "Bedrag (USD)",
        messageNl:
          'De bedragen zijn in USD, zoals de kop "Bedrag (USD)" zegt: ze blijven buiten de cijfers in euro.',
      }),
    ]);
    expect(read.control.currencies.map((c) => c.currency)).toEqual(["USD"]);
    // The report: no euro receivables at all; the 800 USD open listed apart.
    const model = buildReport(read.ledger, { asOf: AS_OF });
    expect(model.metrics.ar).toBe(0);
    expect(model.otherCurrencies.map((o) => [o.currency, o.rows, o.open])).toEqual([
      ["USD", 2, 80_000],
    ]);
  });

  it("keeps euro files as they were: no issue for 'Bedrag (EUR)' or a plain 'Bedrag'", () => {
    for (const header of ["Bedrag (EUR)", "Bedrag"]) {
      const read = readLedger(rows(header, "Openstaand"), { asOf: AS_OF });
      expect(read.ledger.columns.currency).toEqual(["EUR", "EUR"]);
      expect(read.issues.filter((i) => i.row === 1)).toEqual([]);
    }
  });

  it("warns when the amount and the open amount name different currencies; the amount's wins", () => {
    const read = readLedger(rows("Bedrag (USD)", "Openstaand (EUR)"), { asOf: AS_OF });
    expect(read.ledger.columns.currency).toEqual(["USD", "USD"]);
    expect(read.issues.find((i) => i.severity === "warning" && i.row === 1)?.message).toBe(
      'The header "Openstaand (EUR)" names EUR, but "Bedrag (USD)" names USD; the amounts are read as USD. Add a currency column if the rows differ.'
    );
  });

  it("a currency column or the caller's default currency wins over the header", () => {
    const withColumn = readLedger(
      [
        ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag (USD)", "Valuta"],
        ["F1", "D1", "2026-10-31", 700, "EUR"],
      ],
      { asOf: AS_OF }
    );
    expect(withColumn.ledger.columns.currency).toEqual(["EUR"]);
    const given = readLedger(rows("Bedrag (USD)", "Openstaand"), {
      asOf: AS_OF,
      defaultCurrency: "GBP",
    });
    expect(given.ledger.columns.currency).toEqual(["GBP", "GBP"]);
  });
});
