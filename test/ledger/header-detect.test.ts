import { detectHeader } from "../../src/ledger/header-detect";
import { LedgerError } from "../../src/ledger/ledger-error";

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
