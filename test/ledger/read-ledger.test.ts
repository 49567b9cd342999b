/**
 * The messy-input suite: open-items sheets as people really have them. Every case asserts its
 * specific outcome, the reconciliation invariant (accepted + rejected = read, rows and cents), and
 * that every issue has a Dutch twin naming the same facts (see dutch-twin.ts).
 */
import {
  LedgerError,
  ledgerRow,
  ledgerRows,
  readLedger,
  type LedgerReadResult,
} from "../../src/ledger";
import { dutchChecks, expectDutchIssues } from "./dutch-twin";
import { expectReconciled, issuesAt, mappedHeaders } from "./reconcile";

const NL_HEADER = [
  "Factuurnummer",
  "Debiteur",
  "Naam",
  "Factuurdatum",
  "Vervaldatum",
  "Bedrag",
  "Openstaand",
];
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A Dutch sheet: header plus rows. */
function nlSheet(...rows: unknown[][]): unknown[][] {
  return [NL_HEADER, ...rows];
}

function read(values: unknown[][], options?: Parameters<typeof readLedger>[1]): LedgerReadResult {
  const result = readLedger(values, options);
  expectReconciled(result, values.length - (result.headerRow - (options?.firstRow ?? 1)) - 1);
  expectDutchIssues(result.issues);
  return result;
}

function errorsOf(result: LedgerReadResult): LedgerReadResult["issues"] {
  return result.issues.filter((issue) => issue.severity === "error");
}

function warningsOf(result: LedgerReadResult): LedgerReadResult["issues"] {
  return result.issues.filter((issue) => issue.severity === "warning");
}

describe("readLedger: headers", () => {
  it("reads Dutch headers with numbers and Dates", () => {
    const result = read(
      nlSheet(
        ["F2025-001", "1001", "Bakkerij Jansen", utc(2025, 1, 15), utc(2025, 2, 14), 1210, 1210],
        ["F2025-002", 1002, "Smit BV", utc(2025, 1, 20), utc(2025, 2, 19), 605.5, 100]
      )
    );
    expect(result.headerRow).toBe(1);
    expect(mappedHeaders(result)).toEqual({
      invoiceId: "Factuurnummer",
      customerId: "Debiteur",
      customerName: "Naam",
      invoiceDate: "Factuurdatum",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Openstaand",
    });
    expect(result.columns.every((column) => column.confidence === 1)).toBe(true);
    expect(result.issues).toEqual([]);
    const second = ledgerRow(result.ledger, 1);
    expect(second).toMatchObject({
      sheetRow: 3,
      invoiceId: "F2025-002",
      customerId: "1002",
      customerName: "Smit BV",
      invoiceDate: "2025-01-20",
      dueDate: "2025-02-19",
      amount: 60550,
      openAmount: 10000,
      currency: "EUR",
    });
    expect(result.control.amount.read).toBe(121000 + 60550);
  });

  it("reads English headers with punctuation and case", () => {
    const result = read([
      [
        "Invoice No.",
        "Customer ID",
        "Customer Name",
        "Invoice Date",
        "Due Date",
        "AMOUNT",
        "Open amount",
      ],
      ["INV-1", "C1", "Acme Ltd", "2025-03-01", "2025-03-31", "1,234.56", "234.56"],
    ]);
    expect(mappedHeaders(result)).toMatchObject({
      invoiceId: "Invoice No.",
      amount: "AMOUNT",
      openAmount: "Open amount",
    });
    expect(result.notation).toBe("en");
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      amount: 123456,
      openAmount: 23456,
      dueDate: "2025-03-31",
    });
  });

  it("skips title and blank rows above the header", () => {
    const result = read([
      ["Openstaande posten per 31-12-2025"],
      [],
      [null, "", "  "],
      NL_HEADER,
      ["F1", "D1", "Jansen", utc(2025, 1, 1), utc(2025, 1, 31), 100, 100],
    ]);
    expect(result.headerRow).toBe(4);
    expect(ledgerRow(result.ledger, 0).sheetRow).toBe(5);
  });

  it("skips filter rows above the header", () => {
    const result = read([
      ["Debiteurenlijst", null, "Administratie 001"],
      ["Debiteur:", "alle"],
      ["Periode:", "2025"],
      ["Factuur nr.", "Deb.nr", "Bedrag", "Vervaldatum"],
      ["F1", "D1", 50, utc(2025, 6, 1)],
    ]);
    expect(result.headerRow).toBe(4);
    expect(mappedHeaders(result)).toEqual({
      invoiceId: "Factuur nr.",
      customerId: "Deb.nr",
      amount: "Bedrag",
      dueDate: "Vervaldatum",
    });
  });

  it("matches headers with accents, currency suffixes and partial names at lower confidence", () => {
    const result = read([
      ["Factuurnr.", "Débiteur", "Bedrag (EUR)", "Openstaand bedrag incl. BTW", "Omschrijving"],
      ["F1", "D1", "100,00", "40,00", "Onderhoud"],
    ]);
    const byField = Object.fromEntries(result.columns.map((column) => [column.field, column]));
    expect(byField.customerId?.confidence).toBe(1);
    expect(byField.amount?.header).toBe("Bedrag (EUR)");
    expect(byField.amount?.confidence).toBeGreaterThan(0.9);
    expect(byField.openAmount?.header).toBe("Openstaand bedrag incl. BTW");
    expect(byField.openAmount?.confidence).toBeLessThan(1);
    expect(byField.openAmount?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      amount: 10000,
      openAmount: 4000,
      description: "Onderhoud",
    });
  });

  it("reads Exact Online ReceivablesList columns", () => {
    const result = read([
      [
        "AccountCode",
        "AccountName",
        "Amount",
        "CurrencyCode",
        "Description",
        "DueDate",
        "InvoiceDate",
        "InvoiceNumber",
        "YourRef",
      ],
      [
        "  1001",
        "Jansen BV",
        1250.75,
        "EUR",
        "Factuur 25001",
        "2025-02-14T00:00:00",
        "2025-01-15T00:00:00",
        25001,
        "PO-778",
      ],
    ]);
    expect(
      result.columns.map((column) => [column.field, column.letter, column.confidence])
    ).toEqual([
      ["customerId", "A", 1],
      ["customerName", "B", 1],
      ["amount", "C", 1],
      ["currency", "D", 1],
      ["description", "E", 1],
      ["dueDate", "F", 1],
      ["invoiceDate", "G", 1],
      ["invoiceId", "H", 1],
      ["reference", "I", 1],
    ]);
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      invoiceId: "25001",
      customerId: "1001",
      amount: 125075,
      openAmount: 125075,
      dueDate: "2025-02-14",
      invoiceDate: "2025-01-15",
      reference: "PO-778",
    });
  });

  it("reads the IBM sample's columns and ignores PaperlessDate and the derived day counts", () => {
    const result = read([
      [
        "countryCode",
        "customerID",
        "PaperlessDate",
        "invoiceNumber",
        "InvoiceDate",
        "DueDate",
        "InvoiceAmount",
        "Disputed",
        "SettledDate",
        "PaperlessBill",
        "DaysToSettle",
        "DaysLate",
      ],
      [
        "391",
        "0379-NEVHP",
        "4/6/2013",
        "0000611365",
        "1/2/2013",
        "2/1/2013",
        "55.94",
        "No",
        "1/15/2013",
        "Paper",
        "13",
        "0",
      ],
      [
        "406",
        "8976-AMJEO",
        "3/3/2012",
        "0007900770",
        "1/26/2013",
        "2/25/2013",
        "61.74",
        "Yes",
        "3/3/2013",
        "Electronic",
        "36",
        "6",
      ],
    ]);
    expect(result.ignoredHeaders).toEqual([
      "PaperlessDate",
      "PaperlessBill",
      "DaysToSettle",
      "DaysLate",
    ]);
    expect(
      result.columns.some(
        (column) => column.field === "invoiceDate" && column.header === "PaperlessDate"
      )
    ).toBe(false);
    expect(result.dayOrder).toBe("mdy");
    expect(
      ledgerRows(result.ledger).map((invoice) => [
        invoice.invoiceId,
        invoice.invoiceDate,
        invoice.disputed,
        invoice.openAmount,
      ])
    ).toEqual([
      ["0000611365", "2013-01-02", false, 0],
      ["0007900770", "2013-01-26", true, 0],
    ]);
    expect(ledgerRow(result.ledger, 0).country).toBe("391");
  });

  it("takes the generic 'Datum' as invoice date only when no better column is there", () => {
    const generic = read([
      ["Factuur", "Klant", "Datum", "Vervaldatum", "Bedrag"],
      ["F1", "K1", "2025-01-10", "2025-02-09", 10],
    ]);
    const dateColumn = generic.columns.find((column) => column.field === "invoiceDate");
    expect(dateColumn?.header).toBe("Datum");
    expect(dateColumn?.confidence).toBe(0.5);
    const specific = read([
      ["Factuur", "Klant", "Datum", "Factuurdatum", "Vervaldatum", "Bedrag"],
      ["F1", "K1", "2025-01-05", "2025-01-10", "2025-02-09", 10],
    ]);
    expect(mappedHeaders(specific).invoiceDate).toBe("Factuurdatum");
    expect(specific.ignoredHeaders).toEqual(["Datum"]);
    expect(ledgerRow(specific.ledger, 0).invoiceDate).toBe("2025-01-10");
  });

  it("prefers 'Bedrag incl. BTW' over an excl. column and never maps a VAT column", () => {
    const result = read([
      ["Factuurnummer", "Klantnummer", "Bedrag excl. BTW", "BTW", "Bedrag incl. BTW"],
      ["F1", "K1", 100, 21, 121],
    ]);
    expect(mappedHeaders(result).amount).toBe("Bedrag incl. BTW");
    expect(result.ignoredHeaders).toEqual(["Bedrag excl. BTW", "BTW"]);
    expect(result.control.amount.read).toBe(12100);
  });

  it("uses an explicit mapping by header text and by column letter over detection", () => {
    const values = [
      ["Nr", "Wie", "Bedrag", "Te ontvangen", "Wanneer"],
      ["F1", "K1", 100, 60, "2025-05-01"],
    ];
    const result = read(values, {
      mapping: { invoiceId: "nr", customerId: "B", dueDate: "WANNEER", amount: "Te ontvangen" },
    });
    expect(mappedHeaders(result)).toMatchObject({
      invoiceId: "Nr",
      customerId: "Wie",
      amount: "Te ontvangen",
      dueDate: "Wanneer",
    });
    expect(result.columns.find((column) => column.field === "customerId")?.letter).toBe("B");
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      amount: 6000,
      customerId: "K1",
      dueDate: "2025-05-01",
    });
    expect(result.ignoredHeaders).toEqual(["Bedrag"]);
  });

  it("takes the header row from options.headerRow", () => {
    const values = [
      ["Factuur", "Klant", "Bedrag"],
      ["Invoice", "Customer", "Amount"],
      ["F1", "K1", 5],
    ];
    const result = read(values, { headerRow: 2 });
    expect(result.headerRow).toBe(2);
    expect(result.control.rowsRead).toBe(1);
  });

  it("numbers rows from options.firstRow when the values start lower in the sheet", () => {
    const result = read(
      [
        ["Overzicht"],
        NL_HEADER,
        ["F1", "D1", "Jansen", utc(2025, 1, 1), utc(2025, 1, 31), "abc", 100],
      ],
      { firstRow: 10 }
    );
    expect(result.headerRow).toBe(11);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ row: 12, column: "Bedrag", value: "abc" }),
    ]);
  });
});

describe("readLedger: what cannot be read at all", () => {
  it("throws a LedgerError when no row looks like a header", () => {
    expect(() =>
      readLedger([
        [1, 2, 3],
        [4, 5, 6],
      ])
    ).toThrow(LedgerError);
    expect(() => readLedger([[1, 2, 3]])).toThrow(/No header row found in the first 30 rows/);
    expect(() => readLedger([])).toThrow(/sheet is empty/);
  });

  it("throws a LedgerError naming the missing required column and the headers found", () => {
    const call = (): unknown =>
      readLedger([
        ["Factuurnummer", "Debiteur", "Vervaldatum"],
        ["F1", "D1", "2025-01-01"],
      ]);
    expect(call).toThrow(LedgerError);
    expect(call).toThrow(
      /no column for Amount\. Headers found: "Factuurnummer", "Debiteur", "Vervaldatum"/
    );
    expect(() => readLedger([["Factuurnummer", "Bedrag", "Vervaldatum"]])).toThrow(
      /Customer or Customer name/
    );
  });

  it("throws a LedgerError when the mapping names a column that is not there", () => {
    expect(() => readLedger(nlSheet(), { mapping: { amount: "Bedragen totaal" } })).toThrow(
      /mapping for Amount names column "Bedragen totaal"/
    );
  });

  it("throws a LedgerError for invalid options", () => {
    expect(() => readLedger(nlSheet(), { asOf: "31-12-2025" as never })).toThrow(
      /asOf must be a day written YYYY-MM-DD/
    );
    expect(() => readLedger(nlSheet(), { dateSystem: 1901 as never })).toThrow(LedgerError);
    expect(() => readLedger(nlSheet(), { headerRow: 40 })).toThrow(/outside the sheet/);
  });
});

describe("readLedger: amounts", () => {
  it("reads Dutch text amounts: thousands dots, euro sign, minus", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "1.234,56", null],
        ["F2", "D1", "A", null, null, "€ 12,50", null],
        ["F3", "D1", "A", null, null, "-12,50", null]
      )
    );
    expect(result.notation).toBe("nl");
    expect(result.ledger.columns.amount).toEqual([123456, 1250, -1250]);
  });

  it("reads English text amounts", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "€1,234.56", null],
        ["F2", "D1", "A", null, null, "1,000,000.00", null]
      )
    );
    expect(result.notation).toBe("en");
    expect(result.ledger.columns.amount).toEqual([123456, 100000000]);
  });

  it("decides an ambiguous '1.234' by the Dutch values in its column", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "1.234", null],
        ["F2", "D1", "A", null, null, "12,50", null]
      )
    );
    expect(result.notation).toBe("nl");
    expect(result.ledger.columns.amount).toEqual([123400, 1250]);
  });

  it("decides an ambiguous '1,234' by the English values in its column", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "1,234", null],
        ["F2", "D1", "A", null, null, "99.95", null]
      )
    );
    expect(result.notation).toBe("en");
    expect(result.ledger.columns.amount).toEqual([123400, 9995]);
  });

  it("reports every undecidable ambiguous amount instead of guessing", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "1.234", null],
        ["F2", "D1", "A", null, null, "2.500", null]
      )
    );
    expect(result.notation).toBeNull();
    expect(result.control.rejected).toBe(2);
    expect(result.control.amount.read).toBe(0);
    expect(errorsOf(result).map((issue) => [issue.row, issue.column, issue.value])).toEqual([
      [2, "Bedrag", "1.234"],
      [3, "Bedrag", "2.500"],
    ]);
    expect(errorsOf(result)[0]?.message).toMatch(/ambiguous.*Give the notation/);
  });

  it("reads undecidable amounts with options.notation", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, null, "1.234", null]), { notation: "nl" });
    expect(result.notation).toBe("nl");
    expect(result.ledger.columns.amount).toEqual([123400]);
  });

  it("borrows the notation of the open-amount column when the amount column has no evidence", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, null, "1.234", "1.234,00"]));
    expect(result.ledger.columns.amount).toEqual([123400]);
  });

  it("flags the minority notation in a column that mixes notations", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "1.234,56", null],
        ["F2", "D1", "A", null, null, "12,50", null],
        ["F3", "D1", "A", null, null, "1,234.56", null]
      )
    );
    expect(result.ledger.columns.amount).toEqual([123456, 1250, 123456]);
    const amountWarnings = warningsOf(result).filter((issue) => issue.column === "Bedrag");
    expect(amountWarnings).toEqual([
      expect.objectContaining({ row: 4, column: "Bedrag", value: "1,234.56" }),
    ]);
    expect(amountWarnings[0]?.message).toMatch(
      /English \(1,234\.56\) notation while most of the column is Dutch/
    );
  });

  it("reads a trailing minus and parentheses as negative", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "12,50-", null],
        ["F2", "D1", "A", null, null, "(1.000,00)", null]
      )
    );
    expect(result.ledger.columns.amount).toEqual([-1250, -100000]);
    expect(result.control.amount.read).toBe(-101250);
  });

  it("keeps credit notes negative, with a negative open amount", () => {
    const result = read(
      nlSheet(
        ["C1", "D1", "A", utc(2025, 1, 1), utc(2025, 1, 31), -250.25, null],
        ["F1", "D1", "A", utc(2025, 1, 1), utc(2025, 1, 31), 1000, 1000]
      )
    );
    expect(ledgerRow(result.ledger, 0)).toMatchObject({ amount: -25025, openAmount: -25025 });
    expect(result.control.open.accepted).toBe(100000 - 25025);
  });

  it("reads accounting nil '-' as 0 and Dutch whole euros '12,-'", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, null, "12,-", "-"]));
    expect(ledgerRow(result.ledger, 0)).toMatchObject({ amount: 1200, openAmount: 0 });
  });

  it("rejects an amount that is no number, counting it as 0", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, "12,3,4", null],
        ["F2", "D1", "A", null, null, 10, null]
      )
    );
    expect(result.control).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(result.control.amount).toEqual({ read: 1000, accepted: 1000, rejected: 0 });
    const [issue] = errorsOf(result);
    expect(issue).toMatchObject({ row: 2, column: "Bedrag", value: "12,3,4", severity: "error" });
    expect(issue?.message).toMatch(/^Amount: "12,3,4" is not an amount/);
  });

  it("rejects an empty amount", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, null, null, 10]));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ row: 2, column: "Bedrag", message: "Amount is empty." }),
    ]);
    expect(result.control.open.rejected).toBe(1000);
  });

  it("warns when the open amount exceeds the invoice amount", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, utc(2025, 1, 1), 100, 150]));
    expect(result.control.accepted).toBe(1);
    expect(warningsOf(result)[0]?.message).toBe(
      "Open amount €150.00 is more than the invoice amount €100.00."
    );
  });
});

describe("readLedger: Excel error values", () => {
  it("rejects a row whose amount is #N/A", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, utc(2025, 1, 1), "#N/A", null],
        ["F2", "D1", "A", null, utc(2025, 1, 1), 20, null]
      )
    );
    expect(result.control.rejected).toBe(1);
    expect(result.control.amount).toEqual({ read: 2000, accepted: 2000, rejected: 0 });
    expect(errorsOf(result)[0]).toMatchObject({
      row: 2,
      value: "#N/A",
      message: "Amount is the Excel error #N/A, not an amount.",
    });
  });

  it("rejects a row whose invoice number or due date is an Excel error", () => {
    const result = read(
      nlSheet(
        ["#VALUE!", "D1", "A", null, utc(2025, 1, 1), 10, null],
        ["F2", "D1", "A", null, "#DIV/0!", 20, null],
        ["F3", "D1", "A", null, " #ref! ", 30, null]
      )
    );
    expect(result.control).toMatchObject({ accepted: 0, rejected: 3 });
    expect(result.control.amount.rejected).toBe(6000);
    expect(errorsOf(result).map((issue) => issue.value)).toEqual(["#VALUE!", "#DIV/0!", "#REF!"]);
  });

  it("keeps a row whose optional cell is an Excel error, with a warning", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Bedrag", "E-mail", "Plaats", "Vervaldatum"],
      ["F1", "D1", 10, "#REF!", "#SPILL!", utc(2025, 1, 1)],
    ]);
    expect(ledgerRow(result.ledger, 0)).toMatchObject({ email: null, city: null });
    expect(warningsOf(result).map((issue) => [issue.column, issue.value])).toEqual([
      ["E-mail", "#REF!"],
      ["Plaats", "#SPILL!"],
    ]);
  });

  it("recognises Dutch Excel error values and every English one", () => {
    const codes = [
      "#N/B",
      "#WAARDE!",
      "#NAME?",
      "#NULL!",
      "#NUM!",
      "#CALC!",
      "#GETTING_DATA",
      "#BUSY!",
    ];
    const result = read(
      nlSheet(...codes.map((code, i) => [`F${i}`, "D1", "A", null, null, code, null]))
    );
    expect(result.control.rejected).toBe(codes.length);
    expect(errorsOf(result).every((issue) => issue.message.includes("Excel error"))).toBe(true);
  });

  it("reads exceljs cell objects: formula results, rich text, error objects", () => {
    const result = read(
      nlSheet(
        [
          { richText: [{ text: "F" }, { text: "1" }] },
          "D1",
          "A",
          null,
          null,
          { formula: "B2*2", result: 42 },
          null,
        ],
        ["F2", "D1", "A", null, null, { error: "#N/A" }, null]
      )
    );
    expect(ledgerRow(result.ledger, 0)).toMatchObject({ invoiceId: "F1", amount: 4200 });
    expect(errorsOf(result)[0]?.value).toBe("#N/A");
  });
});

describe("readLedger: subtotal, blank and odd rows", () => {
  it("leaves subtotal and total rows out of every figure, as information with their amounts", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "Jansen", null, utc(2025, 1, 1), 100, 100],
        ["F2", "D1", "Jansen", null, utc(2025, 1, 1), 50, 50],
        [null, "Subtotaal D1", null, null, null, 150, 150],
        ["F3", "D2", "Smit", null, utc(2025, 1, 1), 25, 25],
        ["Totaal", null, null, null, null, 175, 175]
      )
    );
    expect(result.control).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0 });
    expect(result.control.amount).toEqual({ read: 17500, accepted: 17500, rejected: 0 });
    expect(result.control.open).toEqual({ read: 17500, accepted: 17500, rejected: 0 });
    expect(result.control.excluded).toEqual({ rows: 2, amount: 32500, open: 32500 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.value, i.severity, i.message])).toEqual([
      [
        4,
        "Debiteur",
        "Subtotaal D1",
        "info",
        'Totals row "Subtotaal D1" is not an invoice; it is left out of every figure. Its amount €150.00 equals the sum of the 2 rows above it.',
      ],
      [
        6,
        "Factuurnummer",
        "Totaal",
        "info",
        'Totals row "Totaal" is not an invoice; it is left out of every figure. Its amount €175.00 equals the sum of the 3 rows above it.',
      ],
    ]);
  });

  it("checks a subtotal against its section, and warns when a total does not add up", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "Jansen", null, utc(2025, 1, 1), 100, 100],
        [null, "Subtotaal D1", null, null, null, 100, 100],
        ["F3", "D2", "Smit", null, utc(2025, 1, 1), 25, 20],
        ["F4", "D2", "Smit", null, utc(2025, 1, 1), 5, 5],
        [null, "Subtotaal D2", null, null, null, 30, 25],
        ["Totaal", null, null, null, null, 130.01, 125]
      )
    );
    expect(result.control.excluded).toEqual({ rows: 3, amount: 26001, open: 25000 });
    expect(result.control).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0 });
    expect(result.issues.map((i) => [i.row, i.severity])).toEqual([
      [3, "info"],
      [6, "info"],
      [7, "warning"],
    ]);
    expect(result.issues[1]?.message).toMatch(/the 2 rows since the previous total\.$/);
    expect(result.issues[2]?.messageNl).toMatch(
      /Het bedrag van € 130,01 wijkt af van de som van de regels erboven \(€ 130,00\)/
    );
  });

  it("takes an unlabelled row whose amount is the sum of the rows above it for a totals row", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "Jansen", null, utc(2025, 1, 1), 100, 100],
        ["F2", "D2", "Smit", null, utc(2025, 1, 1), 50.5, 20],
        [null, null, null, null, null, 150.5, 120]
      )
    );
    expect(result.control).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0 });
    expect(result.control.excluded).toEqual({ rows: 1, amount: 15050, open: 12000 });
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 4, column: null, value: "", severity: "info" }),
    ]);
    // An unlabelled row that is no sum stays what it is: a row without invoice number.
    const odd = read(
      nlSheet(
        ["F1", "D1", "Jansen", null, utc(2025, 1, 1), 100, 100],
        [null, null, null, null, null, 99, 99]
      )
    );
    expect(odd.control).toMatchObject({ rowsRead: 2, rejected: 1 });
    expect(odd.control.excluded.rows).toBe(0);
  });

  it("recognises English totals: Total, Subtotal, Grand total, and Dutch Eindtotaal", () => {
    const labels = ["Total", "Sub-total:", "Grand Total", "Eindtotaal", "Totaal generaal"];
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, 1, null],
        ...labels.map((label) => [null, null, label, null, null, 1, null])
      )
    );
    expect(result.control).toMatchObject({ accepted: 1, rejected: 0 });
    expect(result.control.excluded).toEqual({ rows: labels.length, amount: 500, open: 500 });
    const infos = result.issues.filter((issue) => issue.severity === "info");
    expect(infos.map((issue) => issue.value)).toEqual(labels);
  });

  it("does not take a customer called Total for a subtotal when the row has an invoice number", () => {
    const result = read(nlSheet(["F1", "D1", "Total Energies", null, null, 99, null]));
    expect(result.control.accepted).toBe(1);
    expect(ledgerRow(result.ledger, 0).customerName).toBe("Total Energies");
  });

  it("skips and counts blank rows (null, empty, whitespace, short rows), not in rowsRead", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, 10, null],
        [],
        [null, undefined, "", "   ", "\u00a0"],
        ["F2", "D1", "A", null, null, 20, null],
        [null]
      )
    );
    expect(result.control).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, blankRows: 3 });
    expect(ledgerRow(result.ledger, 1).sheetRow).toBe(5);
  });

  it("rejects a row without invoice number", () => {
    const result = read(nlSheet([null, "D1", "Jansen", null, null, 80, null]));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        row: 2,
        column: "Factuurnummer",
        message: "Invoice number is empty; the row cannot be read as an invoice.",
      }),
    ]);
    expect(result.control.amount.rejected).toBe(8000);
  });

  it("rejects a footer note with an issue instead of dropping it silently", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, null, 10, null],
        ["Gegenereerd door Exact Online op 31-12-2025"]
      )
    );
    expect(result.control).toMatchObject({ rowsRead: 2, rejected: 1 });
    expect(issuesAt(result, 3).length).toBeGreaterThan(0);
  });

  it("rejects a repeated header row (paged exports) as such", () => {
    const result = read(
      nlSheet(["F1", "D1", "A", null, "2025-01-01", 10, 10], NL_HEADER, [
        "F2",
        "D1",
        "A",
        null,
        "2025-01-01",
        20,
        20,
      ])
    );
    expect(result.control).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    expect(result.control.amount).toEqual({ read: 3000, accepted: 3000, rejected: 0 });
    expect(errorsOf(result)).toEqual([
      {
        row: 3,
        column: null,
        value: "Factuurnummer",
        message: "This row repeats the header; it is left out.",
        messageNl: "Deze rij herhaalt de kopregel en is niet meegenomen.",
        severity: "error",
      },
    ]);
  });

  it("rejects a row without customer number and name", () => {
    const result = read(nlSheet(["F1", null, null, null, null, 10, null]));
    expect(errorsOf(result)[0]).toMatchObject({
      column: "Debiteur",
      message: "Customer number and name are both empty.",
    });
  });

  it("falls back to the customer name when there is no customer number", () => {
    const result = read([
      ["Factuurnummer", "Klantnaam", "Bedrag", "Vervaldatum"],
      ["F1", "Bakkerij Jansen", 10, utc(2025, 1, 1)],
    ]);
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      customerId: "Bakkerij Jansen",
      customerName: "Bakkerij Jansen",
    });
  });

  it("reports duplicate invoice numbers and keeps both rows", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, utc(2025, 1, 1), 10, 10],
        ["F2", "D1", "A", null, utc(2025, 1, 1), 10, 10],
        ["F1", "D2", "B", null, utc(2025, 1, 1), 30, 30]
      )
    );
    expect(result.control.accepted).toBe(3);
    expect(warningsOf(result)).toEqual([
      expect.objectContaining({
        row: 4,
        column: "Factuurnummer",
        value: "F1",
        message: 'Invoice number "F1" also appears on row 2; both rows are kept.',
      }),
    ]);
  });

  it("writes numeric invoice numbers as text and keeps leading zeros of text", () => {
    const result = read(
      nlSheet([1001, "D1", "A", null, null, 1, null], ["000123", "D1", "A", null, null, 1, null])
    );
    expect(result.ledger.columns.invoiceId).toEqual(["1001", "000123"]);
  });
});

describe("readLedger: dates", () => {
  it("reads 1900-system serials", () => {
    const result = read(nlSheet(["F1", "D1", "A", 45658, 45688.75, 10, null]));
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      invoiceDate: "2025-01-01",
      dueDate: "2025-01-31",
    });
  });

  it("reads 1904-system serials", () => {
    const result = read(nlSheet(["F1", "D1", "A", 44196, 44226, 10, null]), { dateSystem: 1904 });
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      invoiceDate: "2025-01-01",
      dueDate: "2025-01-31",
    });
  });

  it("rejects serial 60 (Excel's fictitious 1900-02-29) and flags serial 61 as implausible", () => {
    const result = read(
      nlSheet(["F1", "D1", "A", null, 60, 10, null], ["F2", "D1", "A", null, 61, 20, null])
    );
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ row: 2, column: "Vervaldatum", value: "60" }),
    ]);
    expect(errorsOf(result)[0]?.message).toMatch(/1900-02-29, a day that never existed/);
    expect(ledgerRow(result.ledger, 0).dueDate).toBe("1900-03-01");
    expect(warningsOf(result)[0]?.message).toMatch(
      /reads as 1900-03-01 \(Excel serial, 1900 date system\)/
    );
  });

  it("takes the UTC calendar day of Date objects, whatever the local time zone", () => {
    const result = read(
      nlSheet([
        "F1",
        "D1",
        "A",
        new Date("2025-03-30T23:30:00Z"),
        new Date("2025-04-29T00:00:00Z"),
        10,
        null,
      ])
    );
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      invoiceDate: "2025-03-30",
      dueDate: "2025-04-29",
    });
  });

  it("reads text dates in many forms", () => {
    const texts = [
      "2025-01-15",
      "15-01-2025",
      "15.01.2025",
      "15/01/25",
      "15 jan 2025",
      "15 januari 2025",
      "jan 15, 2025",
      "15-mrt-2025",
      "20250115",
      "2025-01-15T10:00:00",
    ];
    const result = read(
      nlSheet(...texts.map((text, i) => [`F${i}`, "D1", "A", null, text, 1, null]))
    );
    expect(result.ledger.columns.dueDate).toEqual([
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
      "2025-03-15",
      "2025-01-15",
      "2025-01-15",
    ]);
  });

  it("detects day-first order from a value whose first part is above 12", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, "05/06/2025", 1, null],
        ["F2", "D1", "A", null, "25/06/2025", 1, null]
      )
    );
    expect(result.dayOrder).toBe("dmy");
    expect(result.ledger.columns.dueDate).toEqual(["2025-06-05", "2025-06-25"]);
  });

  it("detects month-first order from a value whose second part is above 12", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", null, "05/06/2025", 1, null],
        ["F2", "D1", "A", null, "06/25/2025", 1, null]
      )
    );
    expect(result.dayOrder).toBe("mdy");
    expect(result.ledger.columns.dueDate).toEqual(["2025-05-06", "2025-06-25"]);
  });

  it("decides the day order of one date column from the sheet's other date columns", () => {
    const result = read(nlSheet(["F1", "D1", "A", "13/01/2025", "02/03/2025", 1, null]));
    expect(ledgerRow(result.ledger, 0).dueDate).toBe("2025-03-02");
  });

  it("reports undecidable day orders per cell, and reads them with options.dayOrder", () => {
    const values = nlSheet(
      ["F1", "D1", "A", null, "05/06/2025", 1, null],
      ["F2", "D1", "A", null, "01/02/2025", 2, null]
    );
    const undecided = read(values);
    expect(undecided.dayOrder).toBeNull();
    expect(undecided.control.rejected).toBe(2);
    expect(errorsOf(undecided)[0]).toMatchObject({
      row: 2,
      column: "Vervaldatum",
      value: "05/06/2025",
    });
    expect(errorsOf(undecided)[0]?.message).toMatch(/ambiguous.*Give the day order/);
    const decided = read(values, { dayOrder: "dmy" });
    expect(decided.dayOrder).toBe("dmy");
    expect(decided.ledger.columns.dueDate).toEqual(["2025-06-05", "2025-02-01"]);
  });

  it("rejects an unreadable date but keeps a row whose due date is only missing", () => {
    const result = read(
      nlSheet(
        ["F1", "D1", "A", utc(2025, 1, 1), "binnenkort", 10, 10],
        ["F2", "D1", "A", utc(2025, 1, 1), null, 20, 20]
      )
    );
    expect(errorsOf(result)).toEqual([expect.objectContaining({ row: 2, value: "binnenkort" })]);
    expect(warningsOf(result)).toEqual([
      expect.objectContaining({
        row: 3,
        column: "Vervaldatum",
        message: "Due date is empty, so the invoice cannot be aged.",
      }),
    ]);
    expect(ledgerRow(result.ledger, 0).dueDate).toBeNull();
  });

  it("derives a missing due date from invoice date and payment term", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Factuurdatum", "Vervaldatum", "Betalingstermijn", "Bedrag"],
      ["F1", "D1", "2025-01-31", null, "30 dagen", 10],
      ["F2", "D1", "2025-01-31", null, 14, 10],
    ]);
    expect(result.ledger.columns.dueDate).toEqual(["2025-03-02", "2025-02-14"]);
    expect(result.ledger.columns.paymentTermDays).toEqual([30, 14]);
    expect(result.issues).toEqual([]);
  });

  it("warns once, at the header row, when the sheet has no due-date column", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Bedrag"],
      ["F1", "D1", 10],
      ["F2", "D1", 10],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 1, column: null, severity: "warning" }),
    ]);
  });
});

describe("readLedger: open amount, currency and flags", () => {
  const header = ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Betaaldatum"];

  it("derives the open amount from the settled date and asOf when there is no open column", () => {
    const values = [
      header,
      ["F1", "D1", "2025-01-31", 100, "2025-02-10"],
      ["F2", "D1", "2025-01-31", 200, "2025-03-10"],
      ["F3", "D1", "2025-01-31", 300, null],
    ];
    const asOf = read(values, { asOf: "2025-02-28" as never });
    expect(asOf.ledger.columns.openAmount).toEqual([0, 20000, 30000]);
    expect(asOf.ledger.columns.settledDate).toEqual(["2025-02-10", "2025-03-10", null]);
    const noAsOf = read(values);
    expect(noAsOf.ledger.columns.openAmount).toEqual([0, 0, 30000]);
    expect(noAsOf.control.open).toEqual({ read: 30000, accepted: 30000, rejected: 0 });
  });

  it("derives an empty open cell with a warning", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, "2025-01-01", 100, null]));
    expect(ledgerRow(result.ledger, 0).openAmount).toBe(10000);
    expect(warningsOf(result)[0]).toMatchObject({
      column: "Openstaand",
      message: "Open amount is empty; taken as €100.00 from the amount.",
    });
  });

  it("keeps other currencies with a warning per row (€ $ £, codes in any case)", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Valuta"],
      ["F1", "D1", "2025-01-01", 10, "EUR"],
      ["F2", "D1", "2025-01-01", 20, "usd"],
      ["F3", "D1", "2025-01-01", 30, "£"],
      ["F4", "D1", "2025-01-01", 40, "€"],
      ["F5", "D1", "2025-01-01", 50, null],
    ]);
    expect(result.ledger.columns.currency).toEqual(["EUR", "USD", "GBP", "EUR", "EUR"]);
    expect(warningsOf(result).map((issue) => [issue.row, issue.value])).toEqual([
      [3, "usd"],
      [4, "£"],
    ]);
    expect(result.control.amount.accepted).toBe(15000);
  });

  it("reads a foreign currency written in the amount text", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, "2025-01-01", "USD 1,200.00", "1,200.00"]));
    expect(ledgerRow(result.ledger, 0)).toMatchObject({ amount: 120000, currency: "USD" });
    expect(warningsOf(result)[0]?.message).toMatch(/Currency USD is not EUR/);
  });

  it("uses options.defaultCurrency for rows without a currency", () => {
    const result = read(nlSheet(["F1", "D1", "A", null, "2025-01-01", 10, 10]), {
      defaultCurrency: "usd",
    });
    expect(ledgerRow(result.ledger, 0).currency).toBe("USD");
    expect(result.issues).toEqual([]);
  });

  it("sets status flags from a Dutch or English status column", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Status"],
      ["F1", "D1", "2025-01-01", 10, "Betwist"],
      ["F2", "D1", "2025-01-01", 10, "Bij incassobureau"],
      ["F3", "D1", "2025-01-01", 10, "Afgeschreven (oninbaar)"],
      ["F4", "D1", "2025-01-01", 10, "Written off"],
      ["F5", "D1", "2025-01-01", 10, "Open"],
    ]);
    const flags = ledgerRows(result.ledger).map((invoice) => [
      invoice.disputed,
      invoice.handedOver,
      invoice.writtenOff,
    ]);
    expect(flags).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, true],
      [false, false, false],
    ]);
    expect(result.ledger.columns.status[1]).toBe("Bij incassobureau");
  });

  it("reads yes/no flag columns in every spelling", () => {
    const yes = ["Ja", "J", "yes", "TRUE", true, 1, "x"];
    const no = ["Nee", "N", "No", "FALSE", false, 0, null];
    const rows = [...yes, ...no].map((flag, i) => [`F${i}`, "D1", "2025-01-01", 10, flag]);
    const result = read([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Betwist"],
      ...rows,
    ]);
    expect(result.ledger.columns.disputed).toEqual([
      ...yes.map(() => true),
      ...no.map(() => false),
    ]);
    expect(result.issues).toEqual([]);
  });

  it("reads a filled flag cell that is no yes/no word as yes, with a warning", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Incasso"],
      ["F1", "D1", "2025-01-01", 10, "Intrum"],
    ]);
    expect(ledgerRow(result.ledger, 0).handedOver).toBe(true);
    expect(warningsOf(result)[0]?.message).toBe(
      'Handed over "Intrum" is not yes/no; read as yes because the cell is filled.'
    );
  });

  it("reads debtor type, reminder stage, language, KvK and credit limit", () => {
    const result = read([
      [
        "Factuurnummer",
        "Debiteur",
        "Vervaldatum",
        "Bedrag",
        "Soort",
        "Aanmaning",
        "Taal",
        "KvK",
        "Kredietlimiet",
        "B2C",
      ],
      [
        "F1",
        "D1",
        "2025-01-01",
        10,
        "Particulier",
        "2e aanmaning",
        "NL",
        1234567,
        "5.000,00",
        null,
      ],
      ["F2", "D2", "2025-01-01", 10, "Zakelijk", "Herinnering", "Engels", "12345678", 2500, null],
    ]);
    expect(
      ledgerRows(result.ledger).map((i) => [
        i.debtorType,
        i.reminderStage,
        i.language,
        i.kvk,
        i.creditLimit,
      ])
    ).toEqual([
      ["consumer", 2, "nl", "01234567", 500000],
      ["business", 1, "en", "12345678", 250000],
    ]);
    expect(result.ignoredHeaders).toEqual(["B2C"]);
  });

  it("reads a yes/no consumer column by what its header means", () => {
    const result = read([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Particulier"],
      ["F1", "D1", "2025-01-01", 10, "Ja"],
      ["F2", "D1", "2025-01-01", 10, "Nee"],
    ]);
    expect(result.ledger.columns.debtorType).toEqual(["consumer", "business"]);
  });

  it("warns about unreadable optional values and keeps the invoice", () => {
    const result = read([
      [
        "Factuurnummer",
        "Debiteur",
        "Vervaldatum",
        "Bedrag",
        "Taal",
        "Aanmaningsniveau",
        "Betaaltermijn",
      ],
      ["F1", "D1", "2025-01-01", 10, "Duits", "veel", "binnenkort"],
    ]);
    expect(ledgerRow(result.ledger, 0)).toMatchObject({
      language: null,
      reminderStage: null,
      paymentTermDays: null,
    });
    expect(
      warningsOf(result)
        .map((issue) => issue.column)
        .sort()
    ).toEqual(["Aanmaningsniveau", "Betaaltermijn", "Taal"]);
  });
});

describe("readLedger: Dutch messages", () => {
  // Runs last: every read above went through read(), which checked each issue's Dutch twin.
  it("checked the Dutch twin of every issue of the suite above", () => {
    expect(dutchChecks.issues).toBeGreaterThan(100);
    expect(dutchChecks.messages.size).toBeGreaterThanOrEqual(50);
  });
});
