import ExcelJS from "exceljs";
import { writeXlsxTable } from "../../src/formats";
import { utcDay } from "./xlsx-fixture";

describe("writeXlsxTable", () => {
  it("writes a bold frozen header with an autofilter, real date cells and € amounts", async () => {
    const bytes = await writeXlsxTable(
      {
        headers: ["Factuur", "Datum", "Bedrag", "Termijn"],
        rows: [
          ["2026-0001", "2026-11-20", 1234.56, 30],
          ["2026-0002", null, -12.5, 14],
          ["2026-0003", "geen datum", 0, null],
        ],
        types: ["text", "date", "amount", "integer"],
      },
      { sheetName: "Posten" }
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Posten");
    if (!sheet) throw new Error("sheet Posten missing");
    expect(sheet.getCell("A1").value).toBe("Factuur");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe("A1:D1");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("B2").value).toEqual(utcDay(2026, 11, 20));
    expect(sheet.getCell("B2").numFmt).toBe("dd-mm-yyyy");
    expect(sheet.getCell("B4").value).toBe("geen datum"); // not a day: kept as text, never lost
    expect(sheet.getCell("C2").value).toBe(1234.56);
    expect(sheet.getCell("C3").value).toBe(-12.5);
    expect(sheet.getCell("C2").numFmt).toContain("€");
    expect(sheet.getCell("D2").value).toBe(30);
    expect(sheet.getCell("A2").value).toBe("2026-0001");
  });
});
