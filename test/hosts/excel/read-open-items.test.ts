// The Excel host's reading side against the in-memory fake: finding the data, chunked reads within
// the payload budget, retry on a payload error, progress, cancellation, and the errors it shows.
import { isHostError } from "../../../src/app";
import {
  DEFAULT_CHUNK_BUDGET,
  rowsPerChunk,
  createExcelHost,
  setExcelRuntime,
} from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const HEADER = ["Factuurnummer", "Klant", "Factuurdatum", "Vervaldatum", "Bedrag"];
const rows = (n: number): unknown[][] =>
  Array.from({ length: n }, (_, i) => [
    `F${1000 + i}`,
    `Klant ${i % 7}`,
    46000 + i,
    46030 + i,
    100 + i,
  ]);

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

const host = (budget = DEFAULT_CHUNK_BUDGET) => createExcelHost({ budget });
const small = { payloadBytes: 2_000, bytesPerCell: 50, maxCells: 5_000_000 }; // 40 cells a sync

describe("finding the data", () => {
  test("the used range of the active sheet, wherever it starts", async () => {
    excel.addSheet("Blad1", [["Openstaande posten per 20-11-2026"]]);
    excel.addSheet("Debiteuren", [HEADER, ...rows(3)], { r: 2, c: 1 });
    excel.activate("Debiteuren");
    const read = await host().readOpenItems();
    expect(read.source).toBe("Debiteuren");
    expect(read.firstRow).toBe(3);
    expect(read.values).toEqual([HEADER, ...rows(3)]);
    expect(read.dateSystem).toBe(1900);
  });

  test("a 1904 workbook is detected by the DATE(1904,1,1) probe", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(1)]);
    excel.date1904 = true;
    expect((await host().readOpenItems()).dateSystem).toBe(1904);
  });

  test("the selected table wins over the other table on the active sheet", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(2), [], [], HEADER, ...rows(4)]);
    excel.addTable("Blad1", "Oud", "A1:E3");
    excel.addTable("Blad1", "Nieuw", "A6:E10");
    excel.select("Blad1", "C8");
    const list = await host().listSources();
    expect(list.preferredId).toBe("table:Nieuw");
    const read = await host().readOpenItems();
    expect(read.source).toBe("Nieuw (Blad1)");
    expect(read.firstRow).toBe(6);
    expect(read.values).toHaveLength(5);
    excel.select("Blad1", "H1");
    expect((await host().listSources()).preferredId).toBe("table:Oud");
    excel.selection = "chart"; // a chart selected: getSelectedRange fails, first table it is
    expect((await host().listSources()).preferredId).toBe("table:Oud");
  });

  test("lists tables and filled visible sheets, never Openstaand's own or hidden sheets", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(2)]);
    excel.addSheet("Leeg");
    excel.addSheet("Verborgen", [["x"]]).visibility = "Hidden";
    excel.addSheet("Openstaand \u2013 Rapport", [["Rapport"]]);
    excel.addSheet("Export", [HEADER, ...rows(9)]);
    excel.addTable("Export", "Posten", "A1:E10");
    const list = await host().listSources();
    expect(list.sources.map((s) => [s.id, s.label, s.rows, s.columns])).toEqual([
      ["table:Posten", "Posten (Export)", 10, 5],
      ["sheet:Blad1", "Blad1", 3, 5],
      ["sheet:Export", "Export", 10, 5],
    ]);
    expect(list.preferredId).toBe("sheet:Blad1"); // active sheet has no table
  });

  test("reads the source the user picked", async () => {
    excel.addSheet("Blad1", [["notities"]]);
    excel.addSheet("Export", [HEADER, ...rows(4)]);
    excel.addTable("Export", "Posten", "A1:E3");
    const table = await host().readOpenItems({ sourceId: "table:Posten" });
    expect(table.values).toEqual([HEADER, ...rows(2)]);
    const sheet = await host().readOpenItems({ sourceId: "sheet:Export" });
    expect(sheet.values).toHaveLength(5);
  });

  test("errors name the sheet or table", async () => {
    excel.addSheet("Blad1");
    await expect(host().readOpenItems()).rejects.toMatchObject({
      code: "empty",
      message: expect.stringContaining("no table or filled sheet"),
    });
    await expect(host().readOpenItems({ sourceId: "sheet:Blad1" })).rejects.toMatchObject({
      code: "empty",
      message: "The sheet 'Blad1' is empty: open the sheet with the open items.",
      nl: "Het blad 'Blad1' is leeg: open het blad met de openstaande posten.",
      place: { sheet: "Blad1" },
    });
    await expect(host().readOpenItems({ sourceId: "table:Weg" })).rejects.toMatchObject({
      code: "not-found",
      place: { table: "Weg" },
      message: expect.stringContaining("The table 'Weg' no longer exists"),
    });
    await expect(host().readOpenItems({ sourceId: "sheet:Blad9" })).rejects.toMatchObject({
      code: "not-found",
    });
  });

  test("an old Excel gets a plain 'update Excel' message, before anything is read", async () => {
    excel.addSheet("Blad1", [HEADER]);
    excel.apiMinor = 3;
    const error = await host()
      .readOpenItems()
      .catch((e: unknown) => e);
    expect(isHostError(error, "unsupported")).toBe(true);
    expect((error as Error).message).toMatch(/needs Excel API 1\.4/);
    expect(excel.syncs).toHaveLength(0);
  });
});

describe("chunked reading", () => {
  test("rowsPerChunk sizes chunks from the column count", () => {
    expect(rowsPerChunk(20)).toBe(Math.floor((4 * 1024 * 1024) / 50 / 20));
    expect(rowsPerChunk(16_384)).toBe(5);
    expect(rowsPerChunk(4, { payloadBytes: 1e12, bytesPerCell: 1, maxCells: 5_000_000 })).toBe(
      1_250_000
    );
    expect(rowsPerChunk(1_000_000, small)).toBe(1);
  });

  test("one sync per chunk, each under the budget, with progress", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(99)]);
    const progress: number[] = [];
    const read = await host(small).readOpenItems({
      onProgress: (p) => progress.push(p.rowsDone) && expect(p.rowsTotal).toBe(100),
    });
    expect(read.values).toEqual([HEADER, ...rows(99)]);
    expect(progress).toEqual([8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 100]); // 40 cells / 5 columns
    const valueSyncs = excel.syncs.filter((s) => s.cellsRead > 0);
    expect(valueSyncs).toHaveLength(13);
    for (const s of valueSyncs) {
      expect(s.bytesReceived).toBeLessThanOrEqual(small.payloadBytes);
      expect(s.cellsRead).toBeLessThanOrEqual(40);
    }
  });

  test("a chunk Excel refuses as too large is retried with half the rows", async () => {
    const long = "x".repeat(900); // far above the 50 bytes a cell the sizing assumes
    excel.addSheet("Blad1", [
      HEADER,
      ...rows(30).map((r, i) => (i % 3 === 0 ? [...r.slice(0, 4), long] : r)),
    ]);
    excel.payloadLimit = 3_000;
    const read = await host({
      payloadBytes: 3_000,
      bytesPerCell: 50,
      maxCells: 5_000_000,
    }).readOpenItems();
    expect(read.values).toHaveLength(31);
    expect(read.values[1]?.[4]).toBe(long);
    expect(excel.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    for (const s of excel.syncs.filter((x) => !x.error))
      expect(s.bytesReceived).toBeLessThanOrEqual(3_000);
  });

  test("a single row that is still too large becomes a payload error naming the row", async () => {
    excel.addSheet("Blad1", [HEADER, ["F1", "y".repeat(5_000), 1, 2, 3]]);
    excel.payloadLimit = 3_000;
    await expect(host(small).readOpenItems()).rejects.toMatchObject({
      code: "payload",
      place: { sheet: "Blad1", row: 2 },
      message: expect.stringContaining("rows 2-2 of the sheet 'Blad1'"),
    });
  });

  test("cancelling stops between chunks", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(99)]);
    const abort = new AbortController();
    const error = await host(small)
      .readOpenItems({ signal: abort.signal, onProgress: (p) => p.rowsDone >= 16 && abort.abort() })
      .catch((e: unknown) => e);
    expect(isHostError(error, "cancelled")).toBe(true);
    expect((error as Error).message).toBe(
      "Reading the sheet 'Blad1' was cancelled after 16 of 100 rows."
    );
    expect(excel.syncs.filter((s) => s.cellsRead > 0)).toHaveLength(2);
  });

  test("other Excel failures keep Excel's message and code", async () => {
    excel.addSheet("Blad1", [HEADER, ...rows(3)]);
    const sheet = excel.sheet("Blad1");
    sheet.generator = {
      rows: 4,
      columns: 5,
      cell: () => {
        throw Object.assign(new Error("The workbook is busy"), { code: "GeneralException" });
      },
    };
    await expect(host().readOpenItems()).rejects.toMatchObject({
      name: "ExcelHostError",
      code: "host",
      message:
        "Excel could not read rows 1-4 of the sheet 'Blad1': The workbook is busy (GeneralException).",
    });
  });
});
