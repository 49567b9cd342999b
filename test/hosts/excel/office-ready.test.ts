// Smoke test of the page bootstrap inside Excel: Office.onReady resolving { host: "Excel" } and
// the Excel host running through the global Excel.run (the real runtime seam), here the fake.
import { loadLedger } from "../../../src/app";
import { demoLedger } from "../../../src/demo";
import {
  excelHost,
  officeDisplayLanguage,
  officeHost,
  setExcelRuntime,
} from "../../../src/hosts/excel";
import { readLedger } from "../../../src/ledger";
import { FakeExcel } from "./fake-excel";

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

function installOffice(host: string, excel: FakeExcel): void {
  globals.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: async () => ({ host, platform: "OfficeOnline" }),
    context: {
      displayLanguage: "nl-NL",
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= excel.apiMinor,
      },
    },
  };
  globals.Excel = { run: excel.run };
}

test("outside Office the page is the standalone workbench", async () => {
  expect(await officeHost()).toBeNull();
  expect(officeDisplayLanguage()).toBeNull();
});

test("Office.onReady with host Excel: the task pane reads the active sheet via Excel.run", async () => {
  const excel = new FakeExcel();
  const demo = demoLedger();
  excel.addSheet("Debiteuren", demo.values());
  installOffice("Excel", excel);
  setExcelRuntime(null); // the real seam: global Excel.run and Office.context.requirements
  expect(await officeHost()).toBe("excel");
  expect(officeDisplayLanguage()).toBe("nl-NL");
  const loaded = await loadLedger(excelHost, { asOf: demo.asOf });
  const direct = readLedger(demo.values(), { asOf: demo.asOf });
  expect(loaded.source).toBe("Debiteuren");
  expect(loaded.control).toEqual(direct.control);
  expect(loaded.ledger.length).toBe(direct.ledger.length);
  expect(loaded.control.rejected).toBe(0);
});

test("another Office host (Word) is not Excel", async () => {
  installOffice("Word", new FakeExcel());
  expect(await officeHost()).toBeNull();
});
