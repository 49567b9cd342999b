import { readCsvValues } from "../../src/formats";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readCsvValues", () => {
  it("keeps every field as text and numbers rows as Excel would (values[0] = row 1)", () => {
    const csv = readCsvValues(utf8("Factuur;Bedrag\r\n1;1.234,56\r\n2;-12,50\r\n"));
    expect(csv.values).toEqual([
      ["Factuur", "Bedrag"],
      ["1", "1.234,56"],
      ["2", "-12,50"],
    ]);
    expect(csv.delimiter).toBe(";");
    expect(csv.encoding).toBe("utf-8");
    expect(csv.issues).toEqual([]);
  });

  it("keeps blank lines as empty rows and drops trailing ones", () => {
    const csv = readCsvValues(utf8("a,b\n1,2\n\n;\n3,4\n\n\n"));
    expect(csv.values).toEqual([["a", "b"], ["1", "2"], [], [";"], ["3", "4"]]);
    expect(readCsvValues(utf8("a,b\n,\n1,2")).values).toEqual([["a", "b"], [], ["1", "2"]]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks as one field in one row", () => {
    const text =
      'Factuur;Omschrijving;Bedrag\n1;"Levering; week 12";10,00\n2;"Regel 1\nRegel 2 ""extra""";20,00\n3;x;30,00\n';
    const csv = readCsvValues(utf8(text));
    expect(csv.values).toEqual([
      ["Factuur", "Omschrijving", "Bedrag"],
      ["1", "Levering; week 12", "10,00"],
      ["2", 'Regel 1\nRegel 2 "extra"', "20,00"],
      ["3", "x", "30,00"],
    ]);
  });

  it("honours Excel's 'sep=' hint line and does not count it as a row", () => {
    const csv = readCsvValues(utf8('sep=,\r\nFactuur,Bedrag\r\n1,"12,50"\r\n'));
    expect(csv.delimiter).toBe(",");
    expect(csv.values).toEqual([
      ["Factuur", "Bedrag"],
      ["1", "12,50"],
    ]);
  });

  it("decodes Windows-1252 bytes and reports the encoding", () => {
    const header = Array.from("Klant;Bedrag\r\n", (c) => c.charCodeAt(0));
    const row = [0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x31, 0x32, 0x2c, 0x35, 0x30];
    const csv = readCsvValues(new Uint8Array([...header, ...row]));
    expect(csv.encoding).toBe("windows-1252");
    expect(csv.values).toEqual([
      ["Klant", "Bedrag"],
      ["Café", "€ 12,50"],
    ]);
  });

  it("reports an unclosed quote as an error issue with its row", () => {
    const csv = readCsvValues(utf8('a;b\n1;2\n3;"open\n4;5\n'));
    expect(csv.issues).toHaveLength(1);
    expect(csv.issues[0]).toMatchObject({ row: 3, column: null, severity: "error" });
    expect(csv.issues[0]?.message).toMatch(/never closed/);
  });

  it("uses an explicit delimiter instead of sniffing", () => {
    expect(readCsvValues(utf8("a;b,c\n1;2,3\n"), { delimiter: "," }).values).toEqual([
      ["a;b", "c"],
      ["1;2", "3"],
    ]);
  });
});
