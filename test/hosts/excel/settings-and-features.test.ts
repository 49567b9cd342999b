// Settings in the workbook (validated on load, reset) and the requirement-set table: every Excel
// API member the adapter touched in these scenarios is listed with its ExcelApi version.
import {
  loadSettings,
  resetSettings,
  saveSettings,
  loadLedger,
  writeReport,
  DEFAULT_SETTINGS,
} from "../../../src/app";
import {
  EXCEL_API_FEATURES,
  MIN_EXCEL_API,
  createExcelHost,
  setExcelRuntime,
  SETTINGS_KEY,
} from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Blad1", [
    ["Factuur", "Klant", "Vervaldatum", "Bedrag"],
    ["F1", "A", 46000, 10],
  ]);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

test("defaults when nothing is stored; save, load and reset through the workbook", async () => {
  const host = createExcelHost();
  expect(await loadSettings(host)).toEqual(DEFAULT_SETTINGS);
  const mine = { ...DEFAULT_SETTINGS, language: "nl" as const, ageingEdges: [14, 30, 60] };
  await saveSettings(host, mine);
  expect(JSON.parse(excel.settings.get(SETTINGS_KEY) as string)).toMatchObject({
    ageingEdges: [14, 30, 60],
  });
  expect(await loadSettings(host)).toEqual(mine);
  expect(await resetSettings(host)).toEqual(DEFAULT_SETTINGS);
  expect(excel.settings.has(SETTINGS_KEY)).toBe(false);
  expect(await loadSettings(host)).toEqual(DEFAULT_SETTINGS);
  await resetSettings(host); // nothing stored: still fine
});

test("invalid stored settings name the bad key", async () => {
  excel.settings.set(SETTINGS_KEY, JSON.stringify({ ageingEdges: [30, 20], toleranceCents: -1 }));
  await expect(loadSettings(createExcelHost())).rejects.toMatchObject({
    code: "settings",
    place: { key: "ageingEdges.1" },
    message:
      "The setting 'ageingEdges.1' must be larger than the edge before it (30); 'toleranceCents' Too small: expected number to be >=0. Correct it in Settings or reset the settings.",
  });
});

test("every Excel API member used is in the requirement-set table", async () => {
  const host = createExcelHost();
  excel.addSheet("Blad2", [
    ["Factuur", "Klant"],
    ["F2", "B"],
  ]);
  excel.addTable("Blad1", "T1", "A1:D2");
  excel.addTable("Blad1", "T2", "F1:G1");
  excel.select("Blad1", "A2");
  await host.listSources();
  await loadLedger(host, { sourceId: "table:T1" });
  await host.readOpenItems({ sourceId: "sheet:Blad2" });
  await saveSettings(host, DEFAULT_SETTINGS);
  await resetSettings(host);
  const spec = {
    name: "Rapport",
    tables: [
      {
        title: "T",
        headers: ["a", "b"],
        rows: [["x", 1]],
        formats: ["text" as const, "date" as const],
      },
    ],
    charts: [{ title: "c", type: "pie" as const, tableIndex: 0, columns: [0, 1] }],
  };
  await writeReport(host, spec);
  await writeReport(host, spec);
  const listed = new Set(Object.keys(EXCEL_API_FEATURES));
  expect([...excel.used].filter((m) => !listed.has(m))).toEqual([]);
  expect([...listed].filter((m) => !excel.used.has(m))).toEqual([]);
  expect(MIN_EXCEL_API).toBe("1.4");
  expect(EXCEL_API_FEATURES["Worksheet.getUsedRangeOrNullObject"]).toBe("1.4");
  expect(EXCEL_API_FEATURES["TableCollection.add"]).toBe("1.1");
  expect(EXCEL_API_FEATURES["ChartCollection.add"]).toBe("1.1");
  expect(EXCEL_API_FEATURES["Workbook.settings"]).toBe("1.4");
});
