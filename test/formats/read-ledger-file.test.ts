import ExcelJS from "exceljs";
import { serialToDay, type IsoDay } from "../../src/core";
import { LedgerFileError, readLedgerFile } from "../../src/formats";
import { LedgerError, ledgerRows } from "../../src/ledger";
import { debiteurenWorkbook, utcDay, workbookBytes } from "./xlsx-fixture";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of `text` (only the characters these tests use outside ASCII). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, é: 0xe9, ë: 0xeb, ü: 0xfc };
  return new Uint8Array(Array.from(text, (c) => special[c] ?? c.charCodeAt(0)));
}

describe("readLedgerFile: CSV", () => {
  it("reads a Dutch ';' file with 1.234,56 amounts exactly", async () => {
    const file =
      "Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag\r\n" +
      "F1;D1;05-11-2026;05-12-2026;1.234,56\r\nF2;D2;13-11-2026;13-12-2026;-12,50\r\n";
    const result = await readLedgerFile(utf8(file), "posten.csv");
    expect([result.kind, result.delimiter, result.encoding, result.sheet]).toEqual([
      "csv",
      ";",
      "utf-8",
      null,
    ]);
    expect(result.issues).toEqual([]);
    expect(result.control.amount.read).toBe(122206);
    expect(ledgerRows(result.ledger).map((i) => [i.invoiceDate, i.amount])).toEqual([
      ["2026-11-05", 123456],
      ["2026-11-13", -1250],
    ]);
  });

  it("reads an English ',' file with quoted 1,234.56 amounts", async () => {
    const file =
      'Invoice Number,Customer,Invoice Date,Due Date,Amount\nI-1,C1,11/05/2026,12/05/2026,"1,234.56"\nI-2,C2,11/13/2026,12/13/2026,7.5\n';
    const result = await readLedgerFile(utf8(file), "open.csv");
    expect(result.delimiter).toBe(",");
    expect(result.dayOrder).toBe("mdy");
    expect(result.control.amount.read).toBe(124206);
    expect(result.issues).toEqual([]);
  });

  it("reads a tab-separated .txt file", async () => {
    const file = "Factuurnummer\tKlant\tBedrag\nA\tK1\t10,00\nB\tK2\t20,50\n";
    const result = await readLedgerFile(utf8(file), "export.txt");
    expect(result.delimiter).toBe("\t");
    expect(result.control).toMatchObject({ rowsRead: 2, accepted: 2, amount: { read: 3050 } });
  });

  it("reads UTF-8 with BOM: the first header is found, not '\\uFEFFFactuurnummer'", async () => {
    const result = await readLedgerFile(
      utf8("\uFEFFFactuurnummer;Debiteur;Bedrag\nF1;D1;5,00\n"),
      "bom.csv"
    );
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.columns.find((c) => c.field === "invoiceId")?.header).toBe("Factuurnummer");
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads Windows-1252 bytes: Café and '€ 1.234,56' (0x80) come through", async () => {
    const bytes = cp1252(
      "Factuurnummer;Debiteur;Naam;Bedrag\r\nF1;D1;Café Ünal;€ 1.234,56\r\nF2;D2;Bakkerij Eëk;€ 10,00\r\n"
    );
    const result = await readLedgerFile(bytes, "ansi.csv");
    expect(result.encoding).toBe("windows-1252");
    expect(ledgerRows(result.ledger).map((i) => [i.customerName, i.amount])).toEqual([
      ["Café Ünal", 123456],
      ["Bakkerij Eëk", 1000],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps sheet row numbers right across quoted delimiters, line breaks and blank lines", async () => {
    const file = [
      "Openstaande posten",
      "",
      "Factuurnummer;Debiteur;Omschrijving;Bedrag",
      'F1;D1;"Levering; week 12";10,00',
      'F2;D2;"Regel 1',
      'Regel 2";20,00',
      "",
      "F3;D3;x;twaalf",
    ].join("\n");
    const result = await readLedgerFile(utf8(file), "multi.csv");
    expect(result.headerRow).toBe(3);
    expect(ledgerRows(result.ledger).map((i) => [i.sheetRow, i.description])).toEqual([
      [4, "Levering; week 12"],
      [5, "Regel 1\nRegel 2"],
    ]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, column: "Bedrag", value: "twaalf" });
    expect(result.control).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1, blankRows: 1 });
  });

  it("adds CSV parse problems to the issues, in row order", async () => {
    const result = await readLedgerFile(
      utf8('Factuurnummer;Debiteur;Bedrag\nF1;D1;1,00\nF2;"D2;2,00\n'),
      "quote.csv"
    );
    expect(
      result.issues.some((i) => i.row === 3 && i.column === null && /never closed/.test(i.message))
    ).toBe(true);
    const rows = result.issues.map((i) => i.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("passes ledger options through (day order for ambiguous dates, header row)", async () => {
    const file = "Factuurnummer;Debiteur;Factuurdatum;Bedrag\nF1;D1;03-04-2026;1,00\n";
    const dmy = await readLedgerFile(utf8(file), "a.csv", { dayOrder: "dmy" });
    const mdy = await readLedgerFile(utf8(file), "a.csv", { dayOrder: "mdy" });
    expect(ledgerRows(dmy.ledger)[0]?.invoiceDate).toBe("2026-04-03");
    expect(ledgerRows(mdy.ledger)[0]?.invoiceDate).toBe("2026-03-04");
    const titled =
      "Factuurnummer;Debiteur;Bedrag\nF0;D0;9,00\nFactuurnummer;Debiteur;Bedrag\nF1;D1;1,00\n";
    expect((await readLedgerFile(utf8(titled), "t.csv", { headerRow: 3 })).control.rowsRead).toBe(
      1
    );
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = utf8("Factuurnummer;Debiteur;Bedrag\nF1;D1;1,00\n");
    const result = await readLedgerFile(bytes.buffer.slice(0) as ArrayBuffer, "ab.csv");
    expect(result.control.amount.read).toBe(100);
  });

  it("throws LedgerError (from the ledger reader) when no header can be found", async () => {
    await expect(readLedgerFile(utf8("foo;bar\n1;2\n"), "nothing.csv")).rejects.toThrow(
      LedgerError
    );
  });
});

describe("readLedgerFile: XLSX", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbookBytes(debiteurenWorkbook());
  });

  it("reads the named sheet below its title rows, with Date cells, formula results, rich text and hyperlinks", async () => {
    const result = await readLedgerFile(bytes, "debiteuren.xlsx", { sheet: "Debiteuren" });
    expect([result.kind, result.sheet, result.encoding, result.delimiter]).toEqual([
      "xlsx",
      "Debiteuren",
      null,
      null,
    ]);
    expect(result.headerRow).toBe(4);
    expect(
      ledgerRows(result.ledger).map((i) => [
        i.sheetRow,
        i.invoiceId,
        i.customerName,
        i.invoiceDate,
        i.amount,
        i.email,
      ])
    ).toEqual([
      [5, "F-001", "Jansen B.V.", "2026-09-30", 123456, "info@jansen.nl"],
      [6, "F-002", "Café De Gouden Leeuw", "2026-10-15", 61728, null],
      [8, "F-003", "Jansen B.V.", "2026-11-01", -10000, null],
    ]);
  });

  it("reports the error cell and the total row at their sheet rows, and reconciles", async () => {
    const { issues, control } = await readLedgerFile(bytes, "debiteuren.xlsx", {
      sheet: "Debiteuren",
    });
    expect(issues.map((i) => [i.row, i.column, i.value, i.severity])).toEqual([
      [9, "Bedrag", "#N/A", "error"],
      [10, "Factuurnummer", "Totaal", "info"],
    ]);
    expect(issues[1]?.messageNl).toBe(
      'Totaalregel "Totaal" is geen factuur en telt nergens mee. Het bedrag van € 1.751,84 is gelijk aan de som van de 4 regels erboven.'
    );
    expect(control).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1, blankRows: 1 });
    expect(control.excluded).toEqual({ rows: 1, amount: 175184, open: 175184 });
    expect(control.amount.accepted).toBe(175184);
    expect(control.amount.accepted + control.amount.rejected).toBe(control.amount.read);
  });

  it("fails with the sheet names when the sheet is missing", async () => {
    await expect(readLedgerFile(bytes, "debiteuren.xlsx", { sheet: "Blad1" })).rejects.toThrow(
      LedgerFileError
    );
    await expect(readLedgerFile(bytes, "debiteuren.xlsx", { sheet: "Blad1" })).rejects.toThrow(
      /"Overzicht", "Debiteuren"/
    );
  });

  it("reads serial-number dates with the workbook's 1904 date system", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Posten");
    sheet.addRow(["Factuurnummer", "Debiteur", "Factuurdatum", "Bedrag"]);
    sheet.addRow(["F1", "D1", 44000, 10]); // a General-formatted serial, as pasted values often are
    sheet.getRow(3).values = ["F2", "D2", null, 20];
    const date = sheet.getCell("C3");
    date.value = utcDay(2026, 11, 20);
    date.numFmt = "dd-mm-yyyy";
    const result = await readLedgerFile(await workbookBytes(workbook), "mac.xlsx");
    expect(ledgerRows(result.ledger).map((i) => i.invoiceDate)).toEqual([
      serialToDay(44000, 1904),
      "2026-11-20" as IsoDay,
    ]);
    expect(serialToDay(44000, 1904)).not.toBe(serialToDay(44000, 1900));
  });

  it("refuses an old .xls file with advice", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readLedgerFile(ole2, "oud.xls")).rejects.toThrow(
      /save it as an Excel workbook \(\.xlsx\) or as CSV/
    );
  });
});
