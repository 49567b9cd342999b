import {
  draftReminders,
  mailMergeSheetSpec,
  DEFAULT_SETTINGS,
  type Settings,
  writeReport,
} from "../../src/app";
import {
  mailMergeTable,
  MAIL_MERGE_HEADERS,
  lettersFor,
  DEMO_COMPANY,
  NUMBER_FORMATS,
} from "../../src/documents";
import { reviewReminders } from "../../src/dunning";
import { createExcelHost, setExcelRuntime } from "../../src/hosts/excel";
import { FakeExcel } from "../hosts/excel/fake-excel";
import { AS_OF, stageLedger } from "../documents/letter-fixture";
import { DANGER, HOSTILE, hostileLedger } from "../documents/export-fixture";

const NAME = "Openstaand – Samenvoegen";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Jansen B.V.", iban: "NL91 ABNA 0417 1643 00" },
};

describe("the mail-merge sheet in the workbook (fake Excel)", () => {
  let excel: FakeExcel;
  beforeEach(() => {
    excel = new FakeExcel();
    excel.addSheet("Debiteuren", [["Factuur"]]);
    setExcelRuntime(excel.runtime());
  });
  afterAll(() => setExcelRuntime(null));

  it("has the merge headers in row 1 and one text row per letter, as Word reads a sheet", async () => {
    const ledger = stageLedger();
    const { proposals } = reviewReminders(ledger, AS_OF);
    const drafts = await draftReminders(ledger, proposals, settings, AS_OF);
    const written = await writeReport(createExcelHost(), drafts.mailMergeSheet);
    expect(written).toMatchObject({ sheet: NAME, replaced: false });
    const width = MAIL_MERGE_HEADERS.length;
    const last = String.fromCharCode(64 + width);
    expect(excel.values(NAME, `A1:${last}1`)).toEqual([[...MAIL_MERGE_HEADERS]]);
    const rows = excel.values(NAME, `A2:${last}${proposals.length + 1}`);
    expect(rows).toEqual(mailMergeTable(drafts.letters).rows.map((r) => r.map((v) => v ?? "")));
    const sheet = excel.sheet(NAME);
    expect(sheet.formats.get("1,0")).toBe(NUMBER_FORMATS.text);
    expect(excel.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.rect)).toEqual([
      { r: 0, c: 0, rows: proposals.length + 1, cols: width },
    ]);
  });

  it("keeps a hostile debtor's name as inert text", async () => {
    const ledger = hostileLedger;
    const { proposals } = reviewReminders(ledger, AS_OF);
    expect(proposals.length).toBeGreaterThan(0);
    const letters = lettersFor(ledger, proposals, { company: DEMO_COMPANY });
    await writeReport(createExcelHost(), mailMergeSheetSpec(mailMergeTable(letters)));
    const width = MAIL_MERGE_HEADERS.length;
    const last = String.fromCharCode(64 + width);
    const cells = excel.values(NAME, `A2:${last}${proposals.length + 1}`).flat();
    for (const cell of cells) if (typeof cell === "string") expect(cell).not.toMatch(DANGER);
    // Nothing lost: every hostile name is there, behind its neutralising apostrophe.
    for (const name of HOSTILE.slice(0, 4))
      expect(cells.some((c) => typeof c === "string" && c.includes(name))).toBe(true);
  });
});
