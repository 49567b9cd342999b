// Inside Excel (against the fake) a list's CSV export becomes an owned sheet — the reminder
// exclusions as "Openstaand – Uitgezonderd", the Rapport's top debtors as "Openstaand – Top 20
// debiteuren" — with every row and the control line of the file, and nothing else written; the
// xlsx opens as a new workbook (issue 17: the same path as every other export).
import {
  analyse,
  DEFAULT_SETTINGS,
  OWNED_SHEET_PREFIX,
  exclusionList,
  listFile,
  reportSheetSpec,
  reportTableList,
  saveExport,
} from "../../../src/app";
import { demoLedger } from "../../../src/demo";
import { readLedger } from "../../../src/ledger";
import { OWNED_SHEETS_SETTING, createExcelHost, setExcelRuntime } from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const USER_ROWS = [
  ["Factuur", "Klant", "Bedrag"],
  ["F1", "Bakkerij De Korenaar", 1210.5],
];
const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
const analysis = analyse(ledger, demo.asOf, DEFAULT_SETTINGS);

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Debiteuren", USER_ROWS);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

function onlyOwnedWrites(): void {
  for (const write of excel.writes()) {
    if (write.kind === "setting") expect(write.target).toBe(OWNED_SHEETS_SETTING);
    else expect(write.target.startsWith(OWNED_SHEET_PREFIX)).toBe(true);
  }
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
}

const cents = (text: unknown) => Math.round(Number(String(text).replace(",", ".")) * 100);

test("the exclusions' CSV becomes the owned sheet 'Openstaand – Uitgezonderd' with every row", async () => {
  const listed = analysis.reminders.excluded.filter((x) => x.reason !== "not-due");
  expect(listed.length).toBeGreaterThan(3);
  const file = await listFile(exclusionList(analysis.reminders.excluded, demo.asOf, "nl"), "csv");
  const saved = await saveExport(createExcelHost(), file);
  const name = `${OWNED_SHEET_PREFIX}Uitgezonderd`;
  expect(saved).toMatchObject({ route: "sheet", sheet: name, replaced: false });
  const rows = excel.values(name, `A1:H${listed.length + 2}`);
  expect(rows[0]).toEqual([
    "Debiteur",
    "Naam",
    "Factuur",
    "Vervaldatum",
    "Dagen over vervaldatum",
    "Openstaand",
    "Bedrag andere valuta",
    "Reden",
  ]);
  const control = rows[listed.length + 1]!;
  expect(control.slice(0, 2)).toEqual(["Totaal", `${listed.length} posten`]);
  const euro = listed.filter((x) => x.currency === "EUR").reduce((s, x) => s + x.openAmount, 0);
  expect(cents(control[5])).toBe(euro);
  expect(
    rows.slice(1, listed.length + 1).reduce((s, r) => s + (r[5] === "" ? 0 : cents(r[5])), 0)
  ).toBe(euro);
  expect(excel.workbooks).toEqual([]);
  onlyOwnedWrites();
});

test("a Rapport table's xlsx opens as a new workbook; its CSV is an owned sheet of its own", async () => {
  const top = reportSheetSpec(analysis.report, "nl").tables[1]!;
  const list = reportTableList(analysis.report, top, 1, "nl");
  const sheet = await saveExport(createExcelHost(), await listFile(list, "csv"));
  expect(sheet).toMatchObject({ route: "sheet", sheet: `${OWNED_SHEET_PREFIX}Top 20 debiteuren` });
  const book = await saveExport(createExcelHost(), await listFile(list, "xlsx"));
  expect(book.route).toBe("workbook");
  expect(excel.workbooks).toHaveLength(1);
  onlyOwnedWrites();
});
