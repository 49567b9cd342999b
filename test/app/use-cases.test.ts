import {
  checkReportSpec,
  type Host,
  isHostError,
  loadLedger,
  loadSettings,
  resetSettings,
  saveSettings,
  OWNED_SHEET_PREFIX,
  hasOwnedPrefix,
  ownedSheetName,
  DEFAULT_SETTINGS,
  writeReport,
} from "../../src/app";
import type { IsoDay } from "../../src/core";
import { LedgerError } from "../../src/ledger";
import { demoHost, memorySettingsStore } from "../../src/hosts/browser";

const valuesHost = (values: unknown[][]): Host => ({
  kind: "standalone",
  today: () => "2026-11-20" as IsoDay,
  listSources: async () => ({ sources: [], preferredId: null }),
  readOpenItems: async (request) => {
    request?.onProgress?.({ rowsDone: values.length, rowsTotal: values.length });
    return { source: "Debiteuren", values, firstRow: 4, dateSystem: 1900 };
  },
  readSettingsText: async () => null,
  writeSettingsText: async () => undefined,
});

test("loadLedger passes the sheet's first row and date system, and reports progress", async () => {
  const progress: number[] = [];
  const loaded = await loadLedger(
    valuesHost([
      ["Factuurnummer", "Klant", "Vervaldatum", "Bedrag"],
      ["F1", "Bakkerij", 46300, 121],
    ]),
    { onProgress: (p) => progress.push(p.rowsDone) }
  );
  expect(loaded.headerRow).toBe(4);
  expect(loaded.ledger.columns.sheetRow).toEqual([5]);
  expect(loaded.asOf).toBe("2026-11-20");
  expect(progress).toEqual([2]);
});

test("an unreadable sheet becomes a HostError naming the source", async () => {
  const error = await loadLedger(
    valuesHost([
      ["a", "b"],
      [1, 2],
    ])
  ).catch((e: unknown) => e);
  expect(isHostError(error, "ledger")).toBe(true);
  expect((error as Error).message).toMatch(
    /^'Debiteuren': .+\. Pick the columns in Settings \(column mapping\)\.$/
  );
  expect(error).toMatchObject({
    place: { sheet: "Debiteuren" },
    nl: expect.stringContaining("Kies de kolommen"),
  });
  // The reader's error stays the cause, with the header texts a mapping dialog offers.
  expect((error as { cause: unknown }).cause).toBeInstanceOf(LedgerError);
  expect((error as { cause: LedgerError }).cause.headers).toEqual(["a", "b"]);
});

test("the demo host keeps settings in its store and writes no sheets", async () => {
  const store = memorySettingsStore();
  const host = demoHost(undefined, store);
  expect((await host.listSources()).preferredId).toBe("demo");
  await saveSettings(host, { ...DEFAULT_SETTINGS, toleranceCents: 1000 });
  expect((await loadSettings(demoHost(undefined, store))).toleranceCents).toBe(1000);
  await resetSettings(host);
  expect(store.getItem("openstaand.settings")).toBeNull();
  await expect(
    writeReport(host, { name: "Rapport", tables: [{ title: "t", headers: ["a"], rows: [] }] })
  ).rejects.toMatchObject({ code: "unsupported" });
});

test("owned sheet names carry the en-dash prefix and fit Excel's 31 characters", () => {
  expect(ownedSheetName(" Rapport ")).toBe("Openstaand \u2013 Rapport");
  expect(OWNED_SHEET_PREFIX).toHaveLength(13);
  expect(ownedSheetName("a".repeat(18))).toHaveLength(31);
  expect(() => ownedSheetName("a".repeat(19))).toThrow("longer than Excel's 31 characters");
  expect(() => ownedSheetName("[x]")).toThrow("cannot be used");
  expect(hasOwnedPrefix("Openstaand - Rapport")).toBe(false); // a hyphen is the user's
});

test("checkReportSpec refuses empty reports, wide rows and charts over scattered columns", () => {
  const table = {
    title: "Ouderdom",
    headers: ["Periode", "Bedrag", "Aandeel"],
    rows: [["1-30", 1, 0.5]],
  };
  expect(checkReportSpec({ name: "R", tables: [table] })).toBe("Openstaand \u2013 R");
  expect(() => checkReportSpec({ name: "R", tables: [] })).toThrow("has no tables");
  expect(() =>
    checkReportSpec({ name: "R", tables: [{ ...table, rows: [[1, 2, 3, 4]] }] })
  ).toThrow("Row 1 of table 'Ouderdom' has more cells than the 3 headers.");
  const chart = (columns: number[], tableIndex = 0) => ({
    name: "R",
    tables: [table],
    charts: [{ title: "G", type: "line" as const, tableIndex, columns }],
  });
  expect(() => checkReportSpec(chart([1, 2]))).not.toThrow();
  expect(() => checkReportSpec(chart([0, 2]))).toThrow("block of adjacent columns");
  expect(() => checkReportSpec(chart([0]))).toThrow();
  expect(() => checkReportSpec(chart([2, 3]))).toThrow();
  expect(() => checkReportSpec(chart([0, 1], 1))).toThrow("needs table 2");
});
