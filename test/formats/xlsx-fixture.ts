/**
 * Builds small workbooks in tests with exceljs, the way users' files look: title rows above the
 * header, real date cells, formulas with cached results, error values, several sheets.
 */
import ExcelJS from "exceljs";

/** Writes `workbook` to bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A UTC-midnight Date, as exceljs reads date cells. */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Sheet 1 "Overzicht" (a summary the reader must not take), sheet 2 "Debiteuren": title in row 1,
 * "Stand per" in row 2, blank row 3, header in row 4, data from row 5, with a blank row 7, a
 * formula amount, an #N/A amount (row 9) and a total row at the end.
 */
export function debiteurenWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet("Overzicht");
  summary.addRow(["Samenvatting", "zie tabblad Debiteuren"]);
  const sheet = workbook.addWorksheet("Debiteuren");
  sheet.getCell("A1").value = "Openstaande posten Voorbeeld B.V.";
  sheet.mergeCells("A1:D1");
  sheet.getCell("A2").value = {
    richText: [{ text: "Stand per " }, { font: { bold: true }, text: "20-11-2026" }],
  };
  sheet.getRow(4).values = [
    "Factuurnummer",
    "Debiteur",
    "Naam",
    "Factuurdatum",
    "Vervaldatum",
    "Bedrag",
    "E-mail",
  ];
  const date = (cell: string, value: Date): void => {
    sheet.getCell(cell).value = value;
    sheet.getCell(cell).numFmt = "dd-mm-yyyy";
  };
  sheet.getRow(5).values = ["F-001", "D1", { richText: [{ text: "Jansen " }, { text: "B.V." }] }];
  date("D5", utcDay(2026, 9, 30));
  date("E5", utcDay(2026, 10, 30));
  sheet.getCell("F5").value = 1234.56;
  sheet.getCell("G5").value = { text: "info@jansen.nl", hyperlink: "mailto:info@jansen.nl" };
  sheet.getRow(6).values = ["F-002", "D2", "Café De Gouden Leeuw"];
  date("D6", utcDay(2026, 10, 15));
  date("E6", utcDay(2026, 11, 14));
  sheet.getCell("F6").value = { formula: "F5/2", result: 617.28 };
  // row 7 blank
  sheet.getRow(8).values = ["F-003", "D1", "Jansen B.V."];
  date("D8", utcDay(2026, 11, 1));
  date("E8", utcDay(2026, 12, 1));
  sheet.getCell("F8").value = -100;
  sheet.getRow(9).values = ["F-004", "D3", "De Vries"];
  date("D9", utcDay(2026, 11, 2));
  date("E9", utcDay(2026, 12, 2));
  sheet.getCell("F9").value = { error: "#N/A" };
  sheet.getRow(10).values = [
    "Totaal",
    null,
    null,
    null,
    null,
    { formula: "SUM(F5:F9)", result: 1751.84 },
  ];
  return workbook;
}
