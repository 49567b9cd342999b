// "Toon in blad" both ways against the Excel fake: the pane selects exactly a customer's or an
// invoice's rows in the sheet they were read from (one area per run of adjacent rows) and writes
// nothing; a sheet sorted after reading is detected (nothing selected, a message naming the row);
// selecting a row in the sheet offers that customer's dossier.
import {
  canShowInSheet,
  followSheetSelection,
  isHostError,
  loadLedger,
  showInSheet,
  type DossierOffer,
  type Host,
  type LoadedLedger,
} from "../../../src/app";
import {
  EXCEL_API_FEATURES,
  EXCEL_SELECTION_FEATURES,
  createExcelHost,
  firstCellOf,
  rowRuns,
  setExcelRuntime,
} from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const HEADER = ["Factuurnummer", "Klant", "Factuurdatum", "Vervaldatum", "Bedrag"];
// Sheet rows 4-9 (the header is on row 3, the block starts in column B).
const ROWS: unknown[][] = [
  ["F1001", "Jansen BV", 46_200, 46_230, 1_210],
  ["F1002", "Jansen BV", 46_205, 46_235, 605],
  ["F1003", "De Vries Installatie", 46_210, 46_240, 2_420],
  ["F1004", "Bakkerij Smit", 46_212, 46_242, 90.75],
  ["F1005", "Jansen BV", 46_220, 46_250, 363],
  ["F1006", "De Vries Installatie", 46_221, 46_251, 48.4],
];

let excel: FakeExcel;
let host: Host;
beforeEach(() => {
  excel = new FakeExcel();
  setExcelRuntime(excel.runtime());
  host = createExcelHost({ now: () => new Date(2026, 10, 22, 10) });
  excel.addSheet("Overzicht", [["Openstaande posten, zie blad Debiteuren"]]);
  excel.addSheet("Debiteuren", [HEADER, ...ROWS], { r: 2, c: 1 });
});
afterAll(() => setExcelRuntime(null));

/** Every cell of every sheet, to compare before and after. */
const snapshot = (): string =>
  JSON.stringify(excel.sheets.map((s) => [s.name, [...s.cells.entries()], [...s.formats]]));

async function read(sourceId = "sheet:Debiteuren"): Promise<LoadedLedger> {
  const loaded = await loadLedger(host, { sourceId });
  expect(loaded.sourceId).toBe(sourceId);
  return loaded;
}

describe("Toon in blad: from the pane to the sheet", () => {
  test("a customer's invoices: one selection of two areas (rows 4-5 and 8), nothing written", async () => {
    const loaded = await read();
    excel.activate("Overzicht");
    const before = snapshot();
    const syncsBefore = excel.syncs.length;
    const selected = await showInSheet(host, loaded, { customerId: "Jansen BV" });
    expect(selected).toEqual({ sheet: "Debiteuren", address: "B4:F5,B8:F8", rows: 3, areas: 2 });
    expect(excel.selections).toEqual([{ sheet: "Debiteuren", address: "B4:F5,B8:F8" }]);
    expect(excel.activeSheetId).toBe(excel.sheet("Debiteuren").id);
    expect(snapshot()).toBe(before);
    const syncs = excel.syncs.slice(syncsBefore);
    expect(syncs.flatMap((s) => s.writes)).toEqual([]);
    expect(syncs.reduce((n, s) => n + s.cellsWritten + s.bytesSent, 0)).toBe(0);
  });

  test("one invoice: its row within the block's columns, as a single range", async () => {
    const loaded = await read();
    const selected = await showInSheet(host, loaded, { invoiceIds: ["F1004"] });
    expect(selected.address).toBe("B7:F7");
    expect(excel.selections).toEqual([{ sheet: "Debiteuren", address: "B7:F7" }]);
    expect(excel.used.has("Range.select")).toBe(true);
    expect(excel.used.has("RangeAreas.select")).toBe(false);
    expect(excel.writes()).toEqual([]);
  });

  test("a ledger read from a table selects within the table's columns", async () => {
    excel.addTable("Debiteuren", "Posten", "B3:F9");
    const loaded = await read("table:Posten");
    await showInSheet(host, loaded, { customerId: "De Vries Installatie" });
    expect(excel.selections).toEqual([{ sheet: "Debiteuren", address: "B6:F6,B9:F9" }]);
    expect(excel.writes()).toEqual([]);
  });

  test("a sheet sorted after reading: a message naming the row, nothing selected", async () => {
    const loaded = await read();
    excel.sortRows("Debiteuren", 4, 9, 2, true); // by Klant, Z-A: Jansen BV's rows move to the top
    const before = snapshot();
    const error = await showInSheet(host, loaded, { invoiceIds: ["F1004"] }).catch((e) => e);
    expect(isHostError(error, "moved")).toBe(true);
    expect(error.message).toMatch(
      /^'Debiteuren' changed after it was read: row 7 held invoice F1004 and now holds F1\d{3}\. Nothing was selected\./
    );
    expect(error.nl).toMatch(
      /rij 7 bevatte factuur F1004 en bevat nu F1\d{3}\. Er is niets geselecteerd\./
    );
    expect(error.place).toMatchObject({ sheet: "Debiteuren", row: 7 });
    // Jansen BV's three rows are now 4-6: rows 4 and 5 happen to hold F1001 and F1002 again, row 8
    // does not hold F1005: still nothing is selected, not even the rows that match.
    const customer = await showInSheet(host, loaded, { customerId: "Jansen BV" }).catch((e) => e);
    expect(isHostError(customer, "moved")).toBe(true);
    expect(customer.message).toContain("row 8 held invoice F1005");
    expect(excel.selections).toEqual([]);
    expect(snapshot()).toBe(before);
    expect(excel.writes()).toEqual([]);
  });

  test("rows deleted below the list: a row outside the list is named, nothing selected", async () => {
    const loaded = await read();
    excel.sheet("Debiteuren").cells.delete(8); // row 9 emptied: the used range ends at row 8
    const error = await showInSheet(host, loaded, { customerId: "De Vries Installatie" }).catch(
      (e) => e
    );
    expect(isHostError(error, "moved")).toBe(true);
    expect(error.message).toContain("row 9 (invoice F1006) is no longer in the list");
    expect(excel.selections).toEqual([]);
  });

  test("an Excel without ExcelApi 1.9 selects one area but refuses rows apart, saying why", async () => {
    const loaded = await read();
    excel.apiMinor = 8;
    await showInSheet(host, loaded, { invoiceIds: ["F1001", "F1002"] });
    expect(excel.selections).toEqual([{ sheet: "Debiteuren", address: "B4:F5" }]);
    const error = await showInSheet(host, loaded, { customerId: "Jansen BV" }).catch((e) => e);
    expect(isHostError(error, "unsupported")).toBe(true);
    expect(error.nl).toContain("Rijen: 4, 5, 8");
    expect(excel.selections).toHaveLength(1);
  });

  test("an unknown customer, a file or a host without a sheet: no button, a clear error", async () => {
    const loaded = await read();
    expect(canShowInSheet(host, loaded)).toBe(true);
    const error = await showInSheet(host, loaded, { customerId: "Onbekend" }).catch((e) => e);
    expect(isHostError(error, "not-found")).toBe(true);
    expect(error.nl).toBe("De ingelezen lijst heeft geen rijen van klant Onbekend.");
    expect(canShowInSheet(host, { ...loaded, sourceId: undefined })).toBe(false);
    expect(canShowInSheet({ ...host, selectSheetRows: undefined } as Host, loaded)).toBe(false);
    expect(excel.selections).toEqual([]);
  });

  test("uses only listed Excel API members, the selection ones checked where used", async () => {
    const loaded = await read();
    await showInSheet(host, loaded, { customerId: "Jansen BV" });
    await showInSheet(host, loaded, { invoiceIds: ["F1003"] });
    const stop = await followSheetSelection(host, loaded, () => undefined);
    await stop?.();
    const listed = new Set([
      ...Object.keys(EXCEL_API_FEATURES),
      ...Object.keys(EXCEL_SELECTION_FEATURES),
    ]);
    expect([...excel.used].filter((m) => !listed.has(m))).toEqual([]);
    for (const member of Object.keys(EXCEL_SELECTION_FEATURES))
      expect(excel.used).toContain(member);
  });
});

describe("from the sheet to the pane: the dossier offer", () => {
  test("selecting a cell of an invoice row offers that customer; other rows offer nothing", async () => {
    const loaded = await read();
    const offers: DossierOffer[] = [];
    const stop = await followSheetSelection(host, loaded, (offer) => offers.push(offer));
    expect(stop).not.toBeNull();
    await excel.userSelects("Debiteuren", "D8"); // F1005, Jansen BV
    await excel.userSelects("Debiteuren", "B6:F7"); // first row: F1003
    await excel.userSelects("Debiteuren", "C3"); // the header
    await excel.userSelects("Debiteuren", "H8"); // beside the list
    await excel.userSelects("Debiteuren", "B12"); // below it
    await excel.userSelects("Overzicht", "A1"); // another sheet
    expect(offers).toEqual([
      { customerId: "Jansen BV", customerName: "Jansen BV", invoiceId: "F1005", sheetRow: 8 },
      {
        customerId: "De Vries Installatie",
        customerName: "De Vries Installatie",
        invoiceId: "F1003",
        sheetRow: 6,
      },
    ]);
    await stop?.();
    await excel.userSelects("Debiteuren", "D8");
    expect(offers).toHaveLength(2);
    expect(excel.writes()).toEqual([]);
  });

  test("after a sort the offer follows the invoice number the row now holds", async () => {
    const loaded = await read();
    const offers: DossierOffer[] = [];
    await followSheetSelection(host, loaded, (offer) => offers.push(offer));
    excel.sortRows("Debiteuren", 4, 9, 2); // by Klant, A-Z: Bakkerij Smit's F1004 on row 4
    await excel.userSelects("Debiteuren", "E4");
    expect(offers).toEqual([
      {
        customerId: "Bakkerij Smit",
        customerName: "Bakkerij Smit",
        invoiceId: "F1004",
        sheetRow: 4,
      },
    ]);
  });
});

describe("helpers", () => {
  test("rowRuns joins adjacent rows only", () => {
    expect(rowRuns([4, 5, 8, 10, 11, 12])).toEqual([
      [4, 5],
      [8, 8],
      [10, 12],
    ]);
    expect(rowRuns([])).toEqual([]);
  });

  test("firstCellOf reads the first cell of any selection address", () => {
    expect(firstCellOf("D8")).toEqual({ row: 7, column: 3 });
    expect(firstCellOf("Debiteuren!$B$6:$F$7")).toEqual({ row: 5, column: 1 });
    expect(firstCellOf("A3:G3,A7:G8")).toEqual({ row: 2, column: 0 });
    expect(firstCellOf("5:5")).toEqual({ row: 4, column: null });
    expect(firstCellOf("C:C")).toBeNull();
  });
});
