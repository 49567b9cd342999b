import { detectHeader, LedgerError } from "../../src/ledger";

describe("detectHeader", () => {
  it("picks the row with the most field names, not a title row that contains one", () => {
    const detection = detectHeader(
      [["Openstaand per 31-12"], ["Factuur", "Klant", "Bedrag", "Openstaand"], ["F1", "K1", 1, 1]],
      { firstRow: 1 }
    );
    expect(detection.index).toBe(1);
    expect(detection.columns.map((column) => column.field)).toEqual([
      "invoiceId",
      "customerId",
      "amount",
      "openAmount",
    ]);
  });

  it("prefers a complete header over a higher-scoring incomplete one", () => {
    const detection = detectHeader(
      [
        ["Vervaldatum", "Factuurdatum", "Betaaldatum", "Valuta", "Plaats"],
        ["Factuur", "Klant", "Bedrag"],
      ],
      { firstRow: 1 }
    );
    expect(detection.index).toBe(1);
  });

  it("looks no further than row 30", () => {
    const values: unknown[][] = Array.from({ length: 30 }, () => ["x"]);
    values.push(["Factuur", "Klant", "Bedrag"]);
    expect(() => detectHeader(values, { firstRow: 1 })).toThrow(LedgerError);
    expect(detectHeader(values.slice(1), { firstRow: 1 }).index).toBe(29);
  });

  it("gives each field one column and reports the rest as ignored", () => {
    const detection = detectHeader([["Factuur", "Klant", "Bedrag", "Totaalbedrag", "Notities"]], {
      firstRow: 1,
    });
    expect(detection.columns.find((column) => column.field === "amount")?.header).toBe("Bedrag");
    expect(detection.ignoredHeaders).toEqual(["Totaalbedrag", "Notities"]);
  });

  it("rejects a mapping to an unknown field", () => {
    expect(() =>
      detectHeader([["Factuur", "Klant", "Bedrag"]], {
        firstRow: 1,
        mapping: { bedrag: "C" } as never,
      })
    ).toThrow(/unknown field "bedrag"/);
  });
});

/** The LedgerError `fn` throws (fails the test when it throws nothing or something else). */
function ledgerErrorOf(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error("expected a LedgerError");
}

describe("LedgerError.headers: the candidate header row for a column mapping", () => {
  it("is the first filled row, in column order with blanks, when no row looks like a header", () => {
    const error = ledgerErrorOf(() =>
      detectHeader(
        [[], ["Nr", "Wie", null, "Wanneer", "Uiterlijk", " Som "], ["F1", "A", null, 1, 2, 3]],
        { firstRow: 1 }
      )
    );
    expect(error.message).toMatch(/^No header row found/);
    expect(error.headers).toEqual(["Nr", "Wie", "", "Wanneer", "Uiterlijk", "Som"]);
  });

  it("is the best-scoring row when that row lacks a required column", () => {
    const error = ledgerErrorOf(() =>
      detectHeader(
        [["Overzicht debiteuren"], ["Factuur", "Vervaldatum", "Wie", "Bedrag"], ["F1", 1, "A", 5]],
        { firstRow: 1 }
      )
    );
    expect(error.message).toMatch(/row 2\) has no column for Customer or Customer name/);
    expect(error.headers).toEqual(["Factuur", "Vervaldatum", "Wie", "Bedrag"]);
  });

  it("is the header row when a mapping names a column that is not there", () => {
    const error = ledgerErrorOf(() =>
      detectHeader([["Factuur", "Klant", "Bedrag"]], {
        firstRow: 1,
        mapping: { dueDate: "Uiterlijk" },
      })
    );
    expect(error.message).toMatch(/names column "Uiterlijk"/);
    expect(error.headers).toEqual(["Factuur", "Klant", "Bedrag"]);
  });

  it("is the given header row when that row lacks a required column", () => {
    const error = ledgerErrorOf(() =>
      detectHeader([["Titel"], ["Nr", "Bedrag"]], { firstRow: 1, headerRow: 2 })
    );
    expect(error.headers).toEqual(["Nr", "Bedrag"]);
  });

  it("is empty for an empty sheet, and by default", () => {
    expect(ledgerErrorOf(() => detectHeader([[], [null, ""]], { firstRow: 1 })).headers).toEqual(
      []
    );
    expect(new LedgerError("x").headers).toEqual([]);
  });

  it("maps the offered headers back to a readable ledger", () => {
    const values = [
      ["Nr", "Wie", "Wanneer", "Uiterlijk", "Som"],
      ["F1", "A", "01-02-2026", "01-03-2026", "100,00"],
    ];
    const headers = ledgerErrorOf(() => detectHeader(values, { firstRow: 1 })).headers;
    const [nr, wie, , uiterlijk, som] = headers;
    const detection = detectHeader(values, {
      firstRow: 1,
      mapping: { invoiceId: nr!, customerName: wie!, dueDate: uiterlijk!, amount: som! },
    });
    expect(detection.index).toBe(0);
    expect(detection.columns.map((c) => [c.field, c.letter, c.confidence])).toEqual([
      ["invoiceId", "A", 1],
      ["customerName", "B", 1],
      ["dueDate", "D", 1],
      ["amount", "E", 1],
    ]);
  });
});
