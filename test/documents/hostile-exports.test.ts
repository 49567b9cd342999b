import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { isoDay } from "../../src/core";
import { reminderRun } from "../../src/dunning";
import {
  DEMO_COMPANY,
  neutraliseFormula,
  emlZip,
  handoffClaims,
  handoffJson,
  handoffTable,
  lettersFor,
  lettersHtml,
  mailMergeTable,
} from "../../src/documents";
import { exportCsvBytes, exportJsonText, exportXlsxBytes } from "../../src/formats";
import { reminderLogEntries, reminderLogTable } from "../../src/records";
import { ledgerOf } from "../dunning/ledger-fixture";
import { parseMime } from "./mime-parse";

const AS_OF = isoDay("2026-11-20");
const HOSTILE = [
  '=HYPERLINK("http://x";"y")',
  "+1+1",
  "@SUM(A1)",
  "-2+3",
  "<script>alert(1)</script>",
  "\tTAB",
];

const ledger = ledgerOf(
  HOSTILE.map((name, i) => ({
    invoiceId: i === 0 ? "=1+1" : `H-${i}`,
    customerId: `K${i}`,
    customerName: name,
    contactPerson: i === 4 ? "<img src=x onerror=alert(1)>" : "=cmd|' /C calc'!A0",
    address: 'Dorpsstraat 1\r\nBcc: victim@example.com\n=HYPERLINK("x")',
    postcode: "1234 AB",
    city: "@Delft",
    email: i === 1 ? "a@b.nl\r\nBcc: evil@example.com" : `k${i}@example.nl`,
    dueDate: "2026-09-01",
    openAmount: 10_000 + i,
    debtorType: i % 2 === 0 ? ("consumer" as const) : ("business" as const),
    reminderStage: 2,
    reminderDate: "2026-10-01",
    description: "=2*3",
  }))
);
const letters = lettersFor(ledger, reminderRun(ledger, AS_OF), { company: DEMO_COMPANY });
const DANGER = /^[=+\-@\t\r]/;

function csvCells(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
}

async function xlsxCells(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  const values: unknown[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        values.push(cell.value);
      })
    )
  );
  return values;
}

function expectSafeAndComplete(cells: readonly unknown[]): void {
  const texts = cells.filter((v): v is string => typeof v === "string");
  for (const t of texts) expect(t).not.toMatch(DANGER);
  const joined = texts.map((t) => (t.startsWith("'") ? t.slice(1) : t)).join("\n");
  for (const name of HOSTILE.filter((n) => !n.startsWith("\t"))) expect(joined).toContain(name);
  // A leading tab is whitespace: letters and names trim it, the text itself stays.
  expect(joined).toContain("TAB");
}

describe("a hostile ledger in every export", () => {
  it("has one letter per debtor", () => expect(letters).toHaveLength(HOSTILE.length));

  it("neutralises formula starts and keeps the text", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula(" =1")).toBe("' =1");
    expect(neutraliseFormula("－1")).toBe("'－1");
    expect(neutraliseFormula("Jansen")).toBe("Jansen");
  });

  it("mail-merge csv and xlsx", async () => {
    const table = mailMergeTable(letters);
    const csv = csvCells(exportCsvBytes(table));
    expect(csv.length).toBe(1 + letters.length);
    expectSafeAndComplete(csv.flat());
    expectSafeAndComplete(await xlsxCells(await exportXlsxBytes(table, "Mailmerge")));
  });

  it("reminder log csv", () => {
    expectSafeAndComplete(
      csvCells(exportCsvBytes(reminderLogTable(reminderLogEntries(letters)))).flat()
    );
  });

  it("claim file csv, xlsx and json", async () => {
    const file = handoffClaims(
      ledger,
      HOSTILE.map((_, i) => `K${i}`),
      AS_OF
    );
    expect(file.claims).toHaveLength(HOSTILE.length);
    const table = handoffTable(file);
    expectSafeAndComplete(csvCells(exportCsvBytes(table)).flat());
    expectSafeAndComplete(await xlsxCells(await exportXlsxBytes(table, "Vorderingen")));
    const json = exportJsonText(handoffJson(file));
    expect(json).not.toMatch(/<script/i);
    const back = JSON.parse(json) as { claims: { debtor: { name: string; address: string } }[] };
    expect(back.claims.map((c) => c.debtor.name)).toEqual(HOSTILE);
    expect(back.claims[0]!.debtor.address).toBe(
      'Dorpsstraat 1\r\nBcc: victim@example.com\n=HYPERLINK("x")'
    );
  });

  it("printable letters: escaped, no script, no event handler", () => {
    const html = lettersHtml(letters);
    expect(html).not.toMatch(/<script|<img|onerror=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("=HYPERLINK".replace("=", "&#61;"));
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<section class="letter"/g)).toHaveLength(HOSTILE.length);
  });

  it("e-mail drafts: no injected header, escaped HTML, text kept", async () => {
    const zip = await JSZip.loadAsync(await emlZip(letters, DEMO_COMPANY));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(HOSTILE.length);
    for (const name of names) {
      const eml = await zip.file(name)!.async("string");
      const msg = parseMime(eml);
      expect(msg.headers.has("bcc")).toBe(false);
      const [text, html] = msg.parts;
      expect(html!.body).not.toMatch(/<script|<img/i);
      expect(text!.body).toContain("Geachte");
    }
    const k1 = parseMime(await zip.file(names.find((n) => n.startsWith("K1 "))!)!.async("string"));
    expect(k1.headers.has("to")).toBe(false); // the address with a line break is not an address
    const k4 = parseMime(await zip.file(names.find((n) => n.startsWith("K4 "))!)!.async("string"));
    expect(k4.parts[0]!.body).toContain("<img src=x onerror=alert(1)>"); // plain text keeps it as text
    expect(k4.parts[1]!.body).toContain("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
  });
});
