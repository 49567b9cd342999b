import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import {
  draftReminders,
  letterCompany,
  isHostError,
  missingCompanyFields,
  DEFAULT_SETTINGS,
  type Settings,
} from "../../src/app";
import { demoLedger } from "../../src/demo";
import { reviewReminders } from "../../src/dunning";
import { readLedger } from "../../src/ledger";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: {
    ...DEFAULT_SETTINGS.company,
    name: "Jansen Installatietechniek B.V.",
    iban: "NL91 ABNA 0417 1643 00",
    email: "debiteuren@jansen.nl",
  },
};

/** A letter's amount text → cents: "€ 1.234,56" in Dutch letters, "€1,234.56" in English ones. */
function centsOf(text: string, lang: string): number {
  const m =
    lang === "nl"
      ? /^(-?)\s*€\s*(-?)([\d.]+),(\d\d)$/.exec(text.trim())
      : /^(-?)\s*€\s*(-?)([\d,]+)\.(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`not an amount in ${lang}: ${JSON.stringify(text)}`);
  const value = Number(m[3]!.replace(/[.,]/g, "")) * 100 + Number(m[4]);
  return m[1] || m[2] ? -value : value;
}

function csvRows(bytes: Uint8Array): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Dutch Excel reads UTF-8
  const text = new TextDecoder().decode(bytes); // drops the BOM
  return Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
}

describe("draftReminders on the demo ledger", () => {
  const demo = demoLedger();
  const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
  const { proposals } = reviewReminders(ledger, demo.asOf);

  it("drafts one letter, merge row, e-mail and log entry per proposal with matching totals", async () => {
    expect(proposals.length).toBeGreaterThan(2);
    const drafts = await draftReminders(ledger, proposals, settings, demo.asOf);
    expect(drafts.letters).toHaveLength(proposals.length);
    expect(drafts.letters.map((l) => l.model.customerId)).toEqual(
      proposals.map((p) => p.customerId)
    );

    const [header, ...rows] = csvRows(drafts.mailMergeCsv);
    expect(rows).toHaveLength(proposals.length);
    const col = (name: string) => header!.indexOf(name);
    expect(col("Totaal")).toBeGreaterThan(0);
    const total = (row: string[]) => centsOf(row[col("Totaal")]!, row[col("Taal")]!);
    rows.forEach((row, i) => {
      const a = drafts.letters[i]!.model.amounts;
      const lang = row[col("Taal")]!;
      expect(lang).toBe(drafts.letters[i]!.model.language);
      expect(total(row)).toBe(a.total);
      expect(centsOf(row[col("Openstaand")]!, lang)).toBe(a.principal);
      expect(centsOf(row[col("Rente")]!, lang)).toBe(a.interest);
      expect(centsOf(row[col("Incassokosten")]!, lang)).toBe(a.costs);
      expect(row[col("Debiteurnummer")]).toBe(proposals[i]!.customerId);
    });
    const mergeTotal = rows.reduce((sum, row) => sum + total(row), 0);
    const modelTotal = drafts.letters.reduce((sum, l) => sum + l.model.amounts.total, 0);
    expect(mergeTotal).toBe(modelTotal);
    expect(drafts.control).toMatchObject({ count: proposals.length, total: modelTotal });

    const zip = await JSZip.loadAsync(drafts.emlZip);
    const emls = Object.keys(zip.files).filter((n) => n.endsWith(".eml"));
    expect(emls).toHaveLength(proposals.length);
    const eml = await zip.file(emls[0]!)!.async("string");
    expect(eml).toContain("X-Unsent: 1");

    // One printed page per letter, with the company from the settings and nothing of the demo's.
    expect(drafts.lettersHtml.match(/<section/g)).toHaveLength(proposals.length);
    expect(drafts.lettersHtml).toContain("Jansen Installatietechniek B.V.");
    expect(drafts.lettersHtml).toContain("NL91 ABNA 0417 1643 00");
    expect(drafts.lettersHtml).not.toContain("Openstaand Demo");

    expect(drafts.log).toHaveLength(proposals.length);
    const logRows = csvRows(drafts.logCsv);
    expect(logRows).toHaveLength(proposals.length + 2); // header + entries + control line
    expect(drafts.fileNames.mailMerge).toBe(`herinneringen-${demo.asOf}-mailmerge.csv`);

    // The xlsx holds the same table: header row first (Word's merge takes it as field names).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(drafts.mailMergeXlsx as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Samenvoegen")!;
    const cellsOf = (r: number) =>
      (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
    expect(cellsOf(1)).toEqual(header);
    expect(sheet.actualRowCount).toBe(rows.length + 1);
    expect(cellsOf(2).slice(0, header!.indexOf("Brieftekst"))).toEqual(
      rows[0]!.slice(0, header!.indexOf("Brieftekst"))
    );
    expect(drafts.fileNames.mailMergeXlsx).toBe(`herinneringen-${demo.asOf}-mailmerge.xlsx`);
  });

  it("refuses to draft without the company name or IBAN, naming what is missing", async () => {
    expect(missingCompanyFields(DEFAULT_SETTINGS.company)).toEqual(["name", "iban"]);
    expect(missingCompanyFields(settings.company)).toEqual([]);
    const noIban = { ...settings, company: { ...settings.company, iban: " " } };
    expect(missingCompanyFields(noIban.company)).toEqual(["iban"]);
    let error: unknown;
    try {
      letterCompany(noIban);
    } catch (e) {
      error = e;
    }
    expect(isHostError(error, "settings")).toBe(true);
    expect((error as Error).message).toBe(
      "Reminders need your IBAN; fill it in under Settings (company details)."
    );
    await expect(draftReminders(ledger, proposals, DEFAULT_SETTINGS, demo.asOf)).rejects.toThrow(
      "Reminders need your company name and IBAN"
    );
  });
});
