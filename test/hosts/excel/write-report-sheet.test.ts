// Writing report sheets against the fake: values and formats, tables and charts, ownership (only
// Openstaand's own sheets are created, replaced or written; a user's sheet of the same name is
// refused untouched), and every sync within the payload budget.
import { writeReport } from "../../../src/app";
import { type ReportSheetSpec, NUMBER_FORMATS } from "../../../src/documents";
import type { Cents, IsoDay } from "../../../src/core";
import { createExcelHost, setExcelRuntime, OWNED_SHEETS_SETTING } from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const NAME = "Openstaand \u2013 Rapport";
const USER_ROWS = [
  ["Factuur", "Klant", "Bedrag"],
  ["F1", "Bakkerij De Korenaar", 1210.5],
];

const spec = (buckets = 3): ReportSheetSpec => ({
  name: "Rapport",
  tables: [
    {
      title: "Ouderdom per 20-11-2026",
      headers: ["Periode", "Openstaand", "Aandeel"],
      rows: Array.from({ length: buckets }, (_, i) => [
        `${i * 30 + 1}-${i * 30 + 30}`,
        (123456 * (i + 1)) as Cents,
        0.1 * (i + 1),
      ]),
      formats: ["text", "cents", "percent"],
    },
    {
      title: "Grootste debiteuren",
      headers: ["Klant", "Vervaldatum", "Openstaand", "Dagen"],
      rows: [
        ["=Kwaadaardig B.V.", "2026-10-01" as IsoDay, -2500 as Cents, 50],
        ["Bakkerij De Korenaar", null, 99 as Cents, 3],
      ],
      formats: ["text", "date", "cents", "days"],
    },
  ],
  charts: [{ title: "Ouderdom", type: "columnClustered", tableIndex: 0, columns: [0, 1] }],
});

let excel: FakeExcel;
const host = () => createExcelHost();
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Debiteuren", USER_ROWS);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

test("writes titled tables with values, formats, Excel tables, autofit and a native chart", async () => {
  const written = await writeReport(host(), spec());
  expect(written).toEqual({
    sheet: NAME,
    replaced: false,
    cellsWritten: 1 + 3 + 3 * 3 + 1 + 4 + 2 * 4,
  });
  expect(excel.values(NAME, "A1:C5")).toEqual([
    ["Ouderdom per 20-11-2026", "", ""],
    ["Periode", "Openstaand", "Aandeel"],
    ["1-30", 1234.56, 0.1],
    ["31-60", 2469.12, 0.2],
    ["61-90", 3703.68, expect.closeTo(0.3, 10)],
  ]);
  // Second table after two blank rows: title at row 8, header 9, body 10-11.
  expect(excel.values(NAME, "A8:D11")).toEqual([
    ["Grootste debiteuren", "", "", ""],
    ["Klant", "Vervaldatum", "Openstaand", "Dagen"],
    ["=Kwaadaardig B.V.", 46296, -25, 50], // text column: formatted "@" before the value, no formula
    ["Bakkerij De Korenaar", "", 0.99, 3],
  ]);
  const sheet = excel.sheet(NAME);
  expect(sheet.formats.get("2,1")).toBe(NUMBER_FORMATS.cents);
  expect(sheet.formats.get("2,2")).toBe("0.0%");
  expect(sheet.formats.get("9,0")).toBe("@");
  expect(sheet.formats.get("9,1")).toBe("dd-mm-yyyy");
  expect(sheet.bold).toEqual(new Set(["A1:A1", "A8:A8"]));
  expect(sheet.autofit).toEqual(["A2:C5", "A9:D11"]);
  expect(excel.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.rect)).toEqual([
    { r: 1, c: 0, rows: 4, cols: 3 },
    { r: 8, c: 0, rows: 3, cols: 4 },
  ]);
  expect(excel.charts).toEqual([
    {
      sheetId: sheet.id,
      type: "ColumnClustered",
      source: { r: 1, c: 0, rows: 4, cols: 2 },
      seriesBy: "Columns",
      title: "Ouderdom",
      position: ["F1", "M16"],
    },
  ]);
  expect(JSON.parse(excel.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual([sheet.id]);
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
  for (const w of excel.writes()) expect([NAME, OWNED_SHEETS_SETTING]).toContain(w.target);
});

test("a re-run replaces Openstaand's sheet in place and leaves the user's sheets alone", async () => {
  excel.addSheet("Notities", [["bel maandag"]]);
  await writeReport(host(), spec(3));
  const first = excel.sheet(NAME);
  excel.sheets.push(excel.sheets.splice(excel.sheets.indexOf(first), 1)[0] as typeof first);
  excel.sheets.unshift(excel.sheets.pop() as typeof first); // the user moved it to the front
  excel.syncs = [];
  const again = await writeReport(host(), spec(1));
  expect(again.replaced).toBe(true);
  const second = excel.sheet(NAME);
  expect(second.id).not.toBe(first.id);
  expect(excel.sheets.map((s) => s.name)).toEqual([NAME, "Debiteuren", "Notities"]);
  expect(excel.values(NAME, "A3:A4")).toEqual([["1-30"], [""]]); // old rows gone
  expect(excel.tables.filter((t) => t.sheetId === first.id)).toEqual([]);
  expect(excel.charts).toHaveLength(1);
  expect(JSON.parse(excel.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual([second.id]);
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
  expect(excel.cell("Notities", "A1")).toBe("bel maandag");
  const targets = new Set(excel.writes().map((w) => w.target));
  expect([...targets].sort()).toEqual([NAME, OWNED_SHEETS_SETTING].sort());
});

test("a user's sheet with Openstaand's name is refused and not touched", async () => {
  excel.addSheet(NAME, [["mijn eigen rapport"]]);
  const error = await writeReport(host(), spec()).catch((e: unknown) => e);
  expect(error).toMatchObject({
    code: "not-owned",
    place: { sheet: NAME },
    message: `The sheet '${NAME}' was not made by Openstaand, so it is left alone. Rename or delete it and try again.`,
  });
  expect(excel.cell(NAME, "A1")).toBe("mijn eigen rapport");
  expect(excel.writes()).toEqual([]);
});

test("a copied sheet id in the list does not make a user's sheet owned", async () => {
  await writeReport(host(), spec());
  // The user deletes Openstaand's sheet and makes their own with the same name.
  excel.sheets = excel.sheets.filter((s) => s.name !== NAME);
  excel.addSheet(NAME, [["handwerk"]]);
  await expect(writeReport(host(), spec())).rejects.toMatchObject({ code: "not-owned" });
  expect(excel.cell(NAME, "A1")).toBe("handwerk");
});

test("large tables are written in chunks, each sync within the budget", async () => {
  const budget = { payloadBytes: 4_000, bytesPerCell: 50, maxCells: 5_000_000 };
  excel.payloadLimit = 4_000;
  const big = spec(400);
  const written = await createExcelHost({ budget }).writeReport?.(big);
  expect(written?.cellsWritten).toBeGreaterThan(1200);
  const writes = excel.syncs.filter((s) => s.cellsWritten > 0);
  expect(writes.length).toBeGreaterThan(5);
  for (const s of excel.syncs) {
    expect(s.error).toBeUndefined();
    expect(s.bytesSent).toBeLessThanOrEqual(budget.payloadBytes);
  }
  expect(excel.cell(NAME, "A402")).toBe("11971-12000");
  expect(excel.cell(NAME, "B402")).toBe(493824);
});

test("dates follow the workbook's date system", async () => {
  excel.date1904 = true;
  await writeReport(host(), spec());
  expect(excel.cell(NAME, "B10")).toBe(46296 - 1462);
});

test("a bad spec is refused before Excel is touched", async () => {
  const tooLong = { ...spec(), name: "Maandrapport november 2026" };
  await expect(writeReport(host(), tooLong)).rejects.toMatchObject({
    code: "report",
    message: expect.stringContaining("longer than Excel's 31 characters"),
  });
  const gap = {
    ...spec(),
    charts: [{ title: "X", type: "line" as const, tableIndex: 1, columns: [0, 2] }],
  };
  await expect(writeReport(host(), gap)).rejects.toMatchObject({ code: "report" });
  await expect(writeReport(host(), { ...spec(), name: "Q3/Q4" })).rejects.toMatchObject({
    code: "report",
  });
  expect(excel.syncs).toEqual([]);
});
