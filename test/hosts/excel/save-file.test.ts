// Exports inside Excel against the fake: a workbook opens as a new workbook (which values), a CSV
// becomes an owned sheet (which values, only owned sheets written, payload per sync), text goes to
// a download or the export dialog by platform, and where nothing works the user is told what to do.
import {
  DEFAULT_SETTINGS,
  OWNED_SHEET_PREFIX,
  type ExportFile,
  type Settings,
  collectionExport,
  draftReminders,
  saveExport,
} from "../../../src/app";
import { reviewReminders } from "../../../src/dunning";
import { MAIL_MERGE_HEADERS } from "../../../src/documents";
import { readXlsxValues } from "../../../src/formats";
import {
  EXCEL_API_FEATURES,
  EXCEL_EXPORT_FEATURES,
  OWNED_SHEETS_SETTING,
  createExcelHost,
  excelExportRoute,
  setExcelRuntime,
} from "../../../src/hosts/excel";
import { AS_OF, stageLedger } from "../../documents/letter-fixture";
import { DANGER, HOSTILE, hostileLedger } from "../../documents/export-fixture";
import { FakeExcel } from "./fake-excel";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Jansen B.V.", iban: "NL91 ABNA 0417 1643 00" },
};
const USER_ROWS = [
  ["Factuur", "Klant", "Bedrag"],
  ["F1", "Bakkerij De Korenaar", 1210.5],
];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Debiteuren", USER_ROWS);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

const drafts = async () => {
  const ledger = stageLedger();
  const { proposals } = reviewReminders(ledger, AS_OF);
  expect(proposals.length).toBeGreaterThan(2);
  return draftReminders(ledger, proposals, settings, AS_OF);
};

/** Every write went to an Openstaand sheet or to Openstaand's list of owned sheets. */
function onlyOwnedWrites(): void {
  for (const write of excel.writes()) {
    if (write.kind === "setting") expect(write.target).toBe(OWNED_SHEETS_SETTING);
    else expect(write.target.startsWith(OWNED_SHEET_PREFIX)).toBe(true);
  }
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
}

test("an xlsx export opens as a new workbook holding the file's rows; the open workbook is untouched", async () => {
  const d = await drafts();
  const saved = await saveExport(createExcelHost(), {
    name: d.fileNames.mailMergeXlsx,
    data: d.mailMergeXlsx,
    type: XLSX,
  });
  expect(saved).toEqual({ route: "workbook", name: "herinneringen-2026-11-20-mailmerge.xlsx" });
  expect(excel.workbooks).toHaveLength(1);
  const bytes = new Uint8Array(Buffer.from(excel.workbooks[0] as string, "base64"));
  expect(bytes).toEqual(d.mailMergeXlsx);
  const opened = await readXlsxValues(bytes, "nieuw.xlsx");
  expect(opened.sheet).toBe("Samenvoegen");
  expect(opened.values).toHaveLength(d.letters.length + 1);
  expect(opened.values[0]).toEqual([...MAIL_MERGE_HEADERS]);
  // Nothing was written into the user's workbook, and no sync was needed.
  expect(excel.syncs).toEqual([]);
  expect(excel.hasSheet(`${OWNED_SHEET_PREFIX}Samenvoegen`)).toBe(false);
  expect(excel.downloads).toEqual([]);
});

test("a CSV export becomes an owned sheet with the file's rows as text, replaced on the next run", async () => {
  const d = await drafts();
  const log: ExportFile = { name: d.fileNames.log, data: d.logCsv, type: "text/csv;charset=utf-8" };
  const saved = await saveExport(createExcelHost(), log);
  const name = `${OWNED_SHEET_PREFIX}Herinneringen log`;
  expect(saved).toEqual({ route: "sheet", name: d.fileNames.log, sheet: name, replaced: false });
  const sheet = excel.sheet(name);
  const header = excel.values(name, "A1:C1")[0] as string[];
  expect(header[0]).toMatch(/\S/);
  // One row per letter after the header, then the CSV's control line.
  const firstColumn = excel.values(name, `A2:A${d.log.length + 1}`).map((r) => r[0]);
  expect(firstColumn.every((v) => typeof v === "string" && v !== "")).toBe(true);
  expect(sheet.formats.get("1,0")).toBe("@");
  expect(excel.workbooks).toEqual([]);
  onlyOwnedWrites();

  const again = await saveExport(createExcelHost(), log);
  expect(again).toMatchObject({ route: "sheet", sheet: name, replaced: true });
  expect(excel.sheets.filter((s) => s.name === name)).toHaveLength(1);
  onlyOwnedWrites();
});

test("a CSV's text-keeping forms are undone and hostile names stay inert text in the sheet", async () => {
  const file = await collectionExport(
    hostileLedger,
    HOSTILE.map((_, i) => (i === 1 ? "+31" : `K${i}`)),
    AS_OF,
    "csv",
    settings,
    []
  );
  const csv = file.files[0] as ExportFile;
  const saved = await saveExport(createExcelHost(), csv);
  expect(saved).toMatchObject({ route: "sheet", sheet: `${OWNED_SHEET_PREFIX}Vorderingen` });
  const cells = excel.values(`${OWNED_SHEET_PREFIX}Vorderingen`, "A1:Z60").flat();
  for (const cell of cells) if (typeof cell === "string") expect(cell).not.toMatch(DANGER);
  for (const name of HOSTILE.slice(0, 4))
    expect(cells.some((c) => typeof c === "string" && c.includes(name))).toBe(true);
  // No `="…"` text-keeping formula of the CSV reaches a cell.
  expect(cells.filter((c) => typeof c === "string" && /^="/.test(c))).toEqual([]);
  onlyOwnedWrites();
});

test('a CSV\'s id kept as text (="00049") is the text 00049 in the sheet; a formula stays text', async () => {
  excel.coerceValues = true; // store values as Excel does: quote prefix dropped, "@" keeps text
  const text = '\uFEFFKlant;Omschrijving;Bedrag\r\n="00049";\'=1+1;"1.234,56"\r\n';
  await saveExport(createExcelHost(), { name: "ids.csv", data: text, type: "text/csv" });
  expect(excel.values(`${OWNED_SHEET_PREFIX}Ids`, "A1:C2")).toEqual([
    ["Klant", "Omschrijving", "Bedrag"],
    ["00049", "=1+1", "1.234,56"],
  ]);
  expect(excel.sheet(`${OWNED_SHEET_PREFIX}Ids`).formats.get("1,1")).toBe("@");
});

test("a large CSV sheet is written in syncs within the payload budget", async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `F${i};Klant ${i} B.V.;1.234,${i % 100}`);
  const text = ["Factuur;Klant;Bedrag", ...rows].join("\r\n");
  const budget = { payloadBytes: 20_000, bytesPerCell: 50, maxCells: 5_000_000 };
  const saved = await createExcelHost({ budget }).saveFile!({
    name: "groot-2026-11-20.csv",
    data: text,
    type: "text/csv",
    sheet: (await import("../../../src/app")).csvSheetSpec({
      name: "groot-2026-11-20.csv",
      data: text,
      type: "text/csv",
    }),
  });
  expect(saved).toMatchObject({ route: "sheet", sheet: `${OWNED_SHEET_PREFIX}Groot` });
  expect(excel.values(`${OWNED_SHEET_PREFIX}Groot`, "A3001:C3001")).toEqual([
    ["F2999", "Klant 2999 B.V.", "1.234,99"],
  ]);
  const writing = excel.syncs.filter((s) => s.cellsWritten > 0);
  expect(writing.length).toBeGreaterThan(5);
  for (const sync of excel.syncs) expect(sync.bytesSent).toBeLessThanOrEqual(budget.payloadBytes);
  onlyOwnedWrites();
});

test("an export never replaces a record sheet of the same name, nor a user's sheet", async () => {
  excel.addSheet(`${OWNED_SHEET_PREFIX}Vorderingen`, [["mijn eigen blad"]]);
  const csv: ExportFile = {
    name: "x.csv",
    data: "a;b\r\n1;2\r\n",
    type: "text/csv",
    sheetName: "Vorderingen",
  };
  await expect(saveExport(createExcelHost(), csv)).rejects.toMatchObject({ code: "not-owned" });
  expect(excel.values(`${OWNED_SHEET_PREFIX}Vorderingen`, "A1:A1")).toEqual([["mijn eigen blad"]]);

  const log = { ...csv, sheetName: "Verzendlog" };
  const saved = await saveExport(createExcelHost(), log);
  expect(saved).toMatchObject({ sheet: `${OWNED_SHEET_PREFIX}Verzendlog export` });
  expect(excel.hasSheet(`${OWNED_SHEET_PREFIX}Verzendlog`)).toBe(false);
});

test("the printable letters download on Windows and the web, and show in the export dialog on Mac", async () => {
  const d = await drafts();
  const html: ExportFile = {
    name: d.fileNames.html,
    data: d.lettersHtml,
    type: "text/html;charset=utf-8",
  };
  for (const platform of ["PC", "OfficeOnline"]) {
    excel.platform = platform;
    expect(await saveExport(createExcelHost(), html)).toEqual({
      route: "download",
      name: html.name,
    });
  }
  expect(excel.downloads.map((f) => f.name)).toEqual([html.name, html.name]);

  excel.platform = "Mac";
  expect(await saveExport(createExcelHost(), html)).toEqual({ route: "dialog", name: html.name });
  expect(excel.dialogs).toEqual([{ name: html.name, kind: "html", text: d.lettersHtml }]);
  expect(excel.downloads).toHaveLength(2);
  expect(excel.syncs).toEqual([]);
});

test("on Mac a zip cannot be saved: the pane is told why and what to do, nothing is written", async () => {
  const d = await drafts();
  excel.platform = "Mac";
  const zip: ExportFile = { name: d.fileNames.eml, data: d.emlZip, type: "application/zip" };
  const failure = saveExport(createExcelHost(), zip);
  await expect(failure).rejects.toMatchObject({
    code: "unsupported",
    message: expect.stringContaining("Excel on Mac does not let an add-in save files"),
    nl: expect.stringContaining("Excel voor Mac laat een invoegtoepassing geen bestanden opslaan"),
  });
  await expect(failure).rejects.toMatchObject({
    nl: expect.stringContaining("Samenvoegen naar blad"),
  });
  expect(excel.downloads).toEqual([]);
  expect(excel.dialogs).toEqual([]);
  expect(excel.syncs).toEqual([]);
  // Where the task pane can download, the zip is a download.
  excel.platform = "OfficeOnline";
  expect(await saveExport(createExcelHost(), zip)).toEqual({ route: "download", name: zip.name });
});

test("a JSON claim file on Mac opens in the dialog as text to copy; without DialogApi 1.2 it cannot", async () => {
  const file = await collectionExport(
    stageLedger(),
    ["K1", "K2", "K3"],
    AS_OF,
    "json",
    settings,
    []
  );
  const json = file.files[0] as ExportFile;
  excel.platform = "Mac";
  expect(await saveExport(createExcelHost(), json)).toEqual({ route: "dialog", name: json.name });
  expect(excel.dialogs[0]).toMatchObject({ kind: "text", name: json.name });
  expect(JSON.parse(excel.dialogs[0]?.text ?? "")).toBeTruthy();
  excel.otherSets.delete("DialogApi");
  await expect(saveExport(createExcelHost(), json)).rejects.toMatchObject({ code: "unsupported" });
});

test("an Excel without createWorkbook (before ExcelApi 1.8), or a workbook too large for it, downloads where it can", async () => {
  const d = await drafts();
  const xlsx: ExportFile = { name: d.fileNames.mailMergeXlsx, data: d.mailMergeXlsx, type: XLSX };
  excel.apiMinor = 7;
  expect(await saveExport(createExcelHost(), xlsx)).toEqual({ route: "download", name: xlsx.name });
  excel.platform = "Mac";
  await expect(saveExport(createExcelHost(), xlsx)).rejects.toMatchObject({ code: "unsupported" });
  excel.apiMinor = 17;
  expect(await saveExport(createExcelHost(), xlsx)).toMatchObject({ route: "workbook" });
  expect(excel.workbooks).toHaveLength(1);
  expect(excel.downloads).toHaveLength(1);
});

test("the route table: platform × file kind", () => {
  const file = (type: string, extra: Partial<ExportFile> = {}): ExportFile => ({
    name: "f",
    data: new Uint8Array(10),
    type,
    ...extra,
  });
  const kinds = {
    xlsx: file(XLSX),
    csv: file("text/csv;charset=utf-8"),
    html: file("text/html;charset=utf-8"),
    json: file("application/json;charset=utf-8"),
    zip: file("application/zip"),
    huge: file(XLSX, { data: new Uint8Array(4 * 1024 * 1024) }),
  };
  const routes = (platform: string) =>
    Object.fromEntries(
      Object.entries(kinds).map(([k, f]) => [
        k,
        excelExportRoute(f, { platform, createWorkbook: true, dialog: true }),
      ])
    );
  expect(routes("PC")).toEqual({
    xlsx: "workbook",
    csv: "sheet",
    html: "download",
    json: "download",
    zip: "download",
    huge: "download",
  });
  expect(routes("OfficeOnline")).toEqual(routes("PC"));
  expect(routes("Mac")).toEqual({
    xlsx: "workbook",
    csv: "sheet",
    html: "dialog",
    json: "dialog",
    zip: "none",
    huge: "none",
  });
});

test("every API member the exports use is in a requirement-set table", async () => {
  const d = await drafts();
  const host = createExcelHost();
  await saveExport(host, { name: "a.xlsx", data: d.mailMergeXlsx, type: XLSX });
  await saveExport(host, { name: d.fileNames.log, data: d.logCsv, type: "text/csv" });
  const listed = new Set([
    ...Object.keys(EXCEL_API_FEATURES),
    ...Object.keys(EXCEL_EXPORT_FEATURES),
  ]);
  expect([...excel.used].filter((m) => !listed.has(m))).toEqual([]);
  expect(EXCEL_EXPORT_FEATURES["Excel.createWorkbook"]).toBe("1.8");
});
