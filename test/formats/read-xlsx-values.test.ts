import ExcelJS from "exceljs";
import { LedgerFileError, readXlsxValues } from "../../src/formats";
import { debiteurenWorkbook, utcDay, workbookBytes } from "./xlsx-fixture";

describe("readXlsxValues", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbookBytes(debiteurenWorkbook());
  });

  it("reads the first sheet by default and lists all sheets in tab order", async () => {
    const xlsx = await readXlsxValues(bytes, "book.xlsx");
    expect(xlsx.sheet).toBe("Overzicht");
    expect(xlsx.sheets).toEqual(["Overzicht", "Debiteuren"]);
    expect(xlsx.values).toEqual([["Samenvatting", "zie tabblad Debiteuren"]]);
    expect(xlsx.dateSystem).toBe(1900);
  });

  it("keeps sheet positions: values[0] is row 1, blank rows are empty arrays, merged cells only top-left", async () => {
    const { values, sheet } = await readXlsxValues(bytes, "book.xlsx", "Debiteuren");
    expect(sheet).toBe("Debiteuren");
    expect(values[0]).toEqual(["Openstaande posten Voorbeeld B.V."]);
    expect(values[1]).toEqual(["Stand per 20-11-2026"]);
    expect(values[2]).toEqual([]);
    expect(values[3]).toEqual([
      "Factuurnummer",
      "Debiteur",
      "Naam",
      "Factuurdatum",
      "Vervaldatum",
      "Bedrag",
      "E-mail",
    ]);
    expect(values[6]).toEqual([]);
    expect(values).toHaveLength(10);
  });

  it("gives plain values: rich text, UTC dates, formula results, error codes, hyperlink text", async () => {
    const { values } = await readXlsxValues(bytes, "book.xlsx", "Debiteuren");
    expect(values[4]).toEqual([
      "F-001",
      "D1",
      "Jansen B.V.",
      utcDay(2026, 9, 30),
      utcDay(2026, 10, 30),
      1234.56,
      "info@jansen.nl",
    ]);
    expect(values[5]?.[5]).toBe(617.28);
    expect(values[8]?.[5]).toBe("#N/A");
    expect(values[9]).toEqual(["Totaal", null, null, null, null, 1751.84]);
  });

  it("finds a sheet case-insensitively", async () => {
    expect((await readXlsxValues(bytes, "book.xlsx", "  debiteuren ")).sheet).toBe("Debiteuren");
  });

  it("names the sheets when the requested one does not exist", async () => {
    const attempt = readXlsxValues(bytes, "book.xlsx", "Blad1");
    await expect(attempt).rejects.toThrow(LedgerFileError);
    await expect(readXlsxValues(bytes, "book.xlsx", "Blad1")).rejects.toThrow(
      'book.xlsx has no sheet named "Blad1". Its sheets are: "Overzicht", "Debiteuren".'
    );
  });

  it("skips a hidden first sheet and reports the 1904 date system", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet("Verborgen", { state: "hidden" }).addRow(["geheim"]);
    workbook.addWorksheet("Zichtbaar").addRow(["Factuur", 45000]);
    const xlsx = await readXlsxValues(await workbookBytes(workbook), "mac.xlsx");
    expect(xlsx.sheet).toBe("Zichtbaar");
    expect(xlsx.values).toEqual([["Factuur", 45000]]);
    expect(xlsx.dateSystem).toBe(1904);
  });

  it("throws a LedgerFileError naming the file for bytes that are no workbook", async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(readXlsxValues(broken, "kapot.xlsx")).rejects.toThrow(
      /kapot\.xlsx could not be opened as an Excel workbook/
    );
  });
});
