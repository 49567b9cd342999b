import { sniffDelimiter } from "../../src/formats";

describe("sniffDelimiter", () => {
  it("finds ';' in a Dutch export whose amounts contain commas (1.234,56)", () => {
    const text = [
      "Factuurnummer;Debiteur;Bedrag;Openstaand",
      "2026-001;Jansen B.V.;1.234,56;234,56",
      "2026-002;De Vries;12,50;12,50",
      "2026-003;Bakker, Smit & Zn;99,95;0,00",
    ].join("\r\n");
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("finds ',' in an English export, quoted thousands included", () => {
    const text = [
      "Invoice,Customer,Amount",
      'A1,"Smith, J.","1,234.56"',
      "A2,Jones,12.50",
      "A3,Brown,7.00",
    ].join("\n");
    expect(sniffDelimiter(text)).toBe(",");
  });

  it("finds tab in a tab-separated file whose text contains commas and semicolons", () => {
    const text = [
      "Factuur\tKlant\tBedrag",
      "1\tJansen; Zn\t1,50",
      "2\tSmit, P\t2,50",
      "3\tBos\t3,50",
    ].join("\n");
    expect(sniffDelimiter(text)).toBe("\t");
  });

  it("is not fooled by title lines above the header", () => {
    const text = [
      "Openstaande posten per 20-11-2026",
      "",
      "Factuur;Klant;Bedrag;Vervaldatum",
      "1;A;1,00;01-12-2026",
      "2;B;2,00;02-12-2026",
    ].join("\n");
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("ignores delimiters inside quoted fields, line breaks included", () => {
    const text = ["a;b;c", '"x, y, z";"multi\nline, text";1', '"p,q";r;2', "s;t;3"].join("\n");
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("falls back to ',' for a single-column file", () => {
    expect(sniffDelimiter("Factuur\n1\n2\n")).toBe(",");
    expect(sniffDelimiter("")).toBe(",");
  });
});
