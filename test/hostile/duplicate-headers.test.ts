/**
 * Two columns with the same header: the one not read is reported (both columns named by letter and
 * header, English and Dutch), and the mapping chooses by column letter.
 */
import { readLedgerFile } from "../../src/formats";
import { ledgerRows, readLedger, type LedgerReadResult } from "../../src/ledger";

const HEADER = [
  "Factuurnummer",
  "Debiteur",
  "Naam",
  "Vervaldatum",
  "Bedrag",
  "Omschrijving",
  "Bedrag",
];
const ROWS = [
  ["F-1", "D1", "Jansen B.V.", "30-11-2026", "1.000,00", "Levering", "1.210,00"],
  ["F-2", "D2", "De Vries", "15-12-2026", "500,00", "Onderhoud", "605,00"],
];
const duplicates = (result: LedgerReadResult) =>
  result.issues.filter((issue) => /^Columns .* headed "/.test(issue.message));

describe("hostile headers: two columns named alike", () => {
  it("reads the first 'Bedrag' (E) and warns that G is ignored, in both languages", () => {
    const result = readLedger([HEADER, ...ROWS]);
    expect(ledgerRows(result.ledger).map((row) => row.amount)).toEqual([100000, 50000]);
    expect(duplicates(result)).toEqual([
      {
        row: 1,
        column: "Bedrag",
        value: "Bedrag",
        message:
          'Columns E and G are both headed "Bedrag": column E is read as Amount, column G is ignored. If G holds the right values, map Amount to column G in the column mapping, or rename one of the headers.',
        messageNl:
          'De kolommen E en G hebben allebei de kop "Bedrag": kolom E wordt gelezen als Factuurbedrag, kolom G wordt genegeerd. Staan de juiste waarden in G, wijs Factuurbedrag dan toe aan kolom G in de kolomindeling, of geef een van de kolommen een andere kop.',
        severity: "warning",
      },
    ]);
  });

  it("the mapping chooses by letter: Amount from G, and no warning", () => {
    const result = readLedger([HEADER, ...ROWS], { mapping: { amount: "G" } });
    expect(ledgerRows(result.ledger).map((row) => row.amount)).toEqual([121000, 60500]);
    expect(duplicates(result)).toEqual([]);
  });

  it("a mapping by the ambiguous header text still warns", () => {
    const result = readLedger([HEADER, ...ROWS], { mapping: { amount: "Bedrag" } });
    expect(duplicates(result).map((issue) => issue.message.slice(0, 43))).toEqual([
      'Columns E and G are both headed "Bedrag": c',
    ]);
  });

  it("three columns alike, with the header row below a title: all three letters, the row of the header", () => {
    const header = [...HEADER, "Bedrag"];
    const rows = ROWS.map((row) => [...row, "7,00"]);
    const result = readLedger([["Openstaande posten"], [], header, ...rows]);
    const [issue] = duplicates(result);
    expect(issue?.row).toBe(3);
    expect(issue?.message).toContain(
      'Columns E, G and H are all headed "Bedrag": column E is read as Amount, columns G and H are ignored.'
    );
    expect(issue?.messageNl).toContain(
      "kolom E wordt gelezen als Factuurbedrag, kolommen G en H worden genegeerd"
    );
  });

  it("the warning is on the file read too (CSV), as check --json lists it", async () => {
    const csv = [HEADER, ...ROWS].map((row) => row.join(";")).join("\r\n");
    const result = await readLedgerFile(new TextEncoder().encode(csv), "dubbel.csv");
    expect(duplicates(result).map((issue) => [issue.row, issue.column])).toEqual([[1, "Bedrag"]]);
  });
});
