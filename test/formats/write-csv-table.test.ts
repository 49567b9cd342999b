import { writeCsvTable } from "../../src/formats";
import type { SheetTable } from "../../src/documents";

const table: SheetTable = {
  headers: ["Factuur", "Klant", "Datum", "Bedrag", "Termijn"],
  rows: [
    ["2026-0001", "Jansen; Zn", "2026-11-05", 1234.5, 30],
    ["2026-0002", 'Café "De Leeuw"', null, -0.07, 14],
    ["2026-0003", "Regel 1\nRegel 2", "2026-01-31", 1000000, null],
  ],
  types: ["text", "text", "date", "amount", "integer"],
};

describe("writeCsvTable", () => {
  it("writes Dutch CSV by default: BOM, ';', decimal comma, dd-mm-yyyy, CRLF, quoting where needed", () => {
    expect(writeCsvTable(table)).toBe(
      "\uFEFFFactuur;Klant;Datum;Bedrag;Termijn\r\n" +
        '2026-0001;"Jansen; Zn";05-11-2026;1234,50;30\r\n' +
        '2026-0002;"Café ""De Leeuw""";;-0,07;14\r\n' +
        '2026-0003;"Regel 1\nRegel 2";31-01-2026;1000000,00;\r\n'
    );
  });

  it("writes English CSV on request: ',', decimal point, US or ISO days, no BOM", () => {
    const text = writeCsvTable(table, {
      delimiter: ",",
      decimal: ".",
      days: "mdy",
      bom: false,
      newline: "\n",
    });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Factuur,Klant,Datum,Bedrag,Termijn",
      "2026-0001,Jansen; Zn,11/05/2026,1234.50,30",
      '2026-0002,"Café ""De Leeuw""",,-0.07,14',
    ]);
    expect(writeCsvTable(table, { days: "iso" })).toContain(";2026-11-05;");
  });

  it("writes amounts exactly from cents (0.1 + 0.2 -> 0,30)", () => {
    const sum: SheetTable = {
      headers: ["Bedrag"],
      rows: [[0.1 + 0.2], [1.005]],
      types: ["amount"],
    };
    expect(writeCsvTable(sum, { bom: false, newline: "\n" })).toBe("Bedrag\n0,30\n1,01\n");
  });
});
