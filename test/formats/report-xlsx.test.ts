// The report sheet as an xlsx download, read back with exceljs: the note about the charts, the
// titled Excel tables, the values (euros, date cells, fractions, text kept as text) and formats.
import ExcelJS from "exceljs";
import { buildReport } from "../../src/analytics";
import { reportSheetSpec, type ReportSheetSpec, NUMBER_FORMATS } from "../../src/documents";
import type { IsoDay, Cents } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { reportXlsxBytes } from "../../src/app";
import { chartNote } from "../../src/formats";
import { readLedger } from "../../src/ledger";
import { utcDay } from "./xlsx-fixture";

const NAME = "Openstaand \u2013 Rapport";

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  expect(workbook.worksheets.map((s) => s.name)).toEqual([NAME]);
  return workbook.getWorksheet(NAME) as ExcelJS.Worksheet;
}

const small: ReportSheetSpec = {
  name: "Rapport",
  tables: [
    {
      title: "Ouderdom",
      headers: ["Periode", "Bedrag", "Aandeel"],
      rows: [
        ["Niet vervallen", 123456 as Cents, 0.75],
        ["Totaal", 164608 as Cents, 1],
      ],
      formats: ["text", "cents", "percent"],
    },
    {
      title: "Debiteuren",
      headers: ["Nr.", "Vervaldatum", "Bedrag", "Bedrag"],
      rows: [
        ["00123", "2026-10-01" as IsoDay, -2500 as Cents, null],
        ["=Kwaadaardig", null, 99 as Cents, 1 as Cents],
      ],
      formats: ["text", "date", "cents", "cents"],
    },
  ],
  charts: [{ title: "Ouderdom", type: "columnClustered", tableIndex: 0, columns: [0, 1], rows: 1 }],
};

test("titled tables with values and formats, and a note that charts are Excel's", async () => {
  const sheet = await load(await reportXlsxBytes(small));
  expect(sheet.getCell("A1").value).toBe(chartNote(["Ouderdom"], "nl"));
  expect(String(sheet.getCell("A1").value)).toContain("een download kan geen Excel-grafieken");
  expect(sheet.getCell("A3").value).toBe("Ouderdom");
  expect(sheet.getCell("A3").font?.bold).toBe(true);
  expect([4, 5, 6].map((r) => [1, 2, 3].map((c) => sheet.getCell(r, c).value))).toEqual([
    ["Periode", "Bedrag", "Aandeel"],
    ["Niet vervallen", 1234.56, 0.75],
    ["Totaal", 1646.08, 1],
  ]);
  expect(sheet.getCell("B5").numFmt).toBe(NUMBER_FORMATS.cents);
  expect(sheet.getCell("C5").numFmt).toBe("0.0%");
  expect(sheet.getCell("A5").numFmt).toBe("@");
  // Second table: title on row 9 (two blank rows), header 10, body 11-12.
  expect(sheet.getCell("A9").value).toBe("Debiteuren");
  expect([10, 11, 12].map((r) => [1, 2, 3, 4].map((c) => sheet.getCell(r, c).value))).toEqual([
    ["Nr.", "Vervaldatum", "Bedrag", "Bedrag (2)"],
    ["00123", utcDay(2026, 10, 1), -25, null],
    ["=Kwaadaardig", null, 0.99, 0.01],
  ]);
  expect(sheet.getCell("A12").formula).toBeUndefined();
  expect(sheet.getCell("B11").numFmt).toBe("dd-mm-yyyy");
  const tables = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> })
    .tables;
  expect(Object.values(tables).map((t) => t.table.tableRef)).toEqual(["A4:C6", "A10:D12"]);
});

test("without charts the tables start on row 1; the English note", async () => {
  const sheet = await load(await reportXlsxBytes({ ...small, charts: [] }));
  expect(sheet.getCell("A1").value).toBe("Ouderdom");
  expect(chartNote(["Ageing", "DSO"], "en")).toBe(
    "Charts: 'Ageing', 'DSO' are in the report sheet Openstaand writes inside Excel; a download cannot hold Excel charts. The figures are in the tables below."
  );
});

test("a bad spec is refused as Excel would refuse it", async () => {
  await expect(reportXlsxBytes({ ...small, name: "Q3/Q4" })).rejects.toMatchObject({
    code: "report",
  });
});

test("the demo's management report: the ageing total is AR, in euros", async () => {
  const demo = demoLedger();
  const model = buildReport(readLedger(demo.values(), { asOf: demo.asOf }).ledger, {
    asOf: demo.asOf,
  });
  const spec = reportSheetSpec(model, "nl");
  const sheet = await load(await reportXlsxBytes(spec));
  // Note row 1, ageing title row 3, header 4, five buckets 5-9, total row 10.
  expect(sheet.getCell("A10").value).toBe("Totaal");
  expect(sheet.getCell("B10").value).toBe(model.metrics.ar / 100);
  const buckets = [5, 6, 7, 8, 9].map((r) => Math.round(Number(sheet.getCell(r, 2).value) * 100));
  expect(buckets.reduce((s, c) => s + c, 0)).toBe(model.metrics.ar);
  let trendHeader = 0;
  sheet.eachRow((row, r) => {
    if (row.getCell(1).value === "Maandeinde" && trendHeader === 0) trendHeader = r;
  });
  expect(sheet.getCell(trendHeader + 1, 1).value).toEqual(utcDay(2025, 11, 30));
  expect(sheet.getCell(trendHeader + 13, 1).value).toEqual(utcDay(2026, 11, 20));
  expect(sheet.getCell(trendHeader + 1, 5).numFmt).toBe("0.0%");
});
