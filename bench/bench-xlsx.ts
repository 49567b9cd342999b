// A fast deterministic open-items workbook for the benchmarks (the exceljs writer needs ~40 minutes
// for a million rows here): the sheet XML is written as text — invoice and customer as shared
// strings, the two days as serials in a date style, the amounts as numbers — and zipped by jszip.
// The same bytes on every machine. `npm run bench -- xlsx` uses it; BENCH_XLSX_FILE=path writes it.
import JSZip from "jszip";
import { toEpochDay, type IsoDay } from "../src/core";

/** xorshift32: the same workbook on every machine. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const CUSTOMERS = 20_000;
/** Excel's serial of 1970-01-01 (1900 system). */
const EPOCH_SERIAL = 25569;

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `rows` invoices (header: Factuurnummer, Debiteur, Naam, Factuurdatum, Vervaldatum, Bedrag, Openstaand). */
export async function benchXlsxBytes(rows: number): Promise<Uint8Array> {
  const random = generator(20261207);
  const start = toEpochDay("2025-01-01" as IsoDay);
  const header = [
    "Factuurnummer",
    "Debiteur",
    "Naam",
    "Factuurdatum",
    "Vervaldatum",
    "Bedrag",
    "Openstaand",
  ];
  const strings: string[] = [...header];
  for (let c = 0; c < CUSTOMERS; c++)
    strings.push(`D${String(c).padStart(5, "0")}`, `Klant ${c} B.V.`);
  const sheet: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row r="1">${header.map((_, k) => `<c r="${String.fromCharCode(65 + k)}1" t="s"><v>${k}</v></c>`).join("")}</row>`,
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const customer = Math.floor(random() * CUSTOMERS);
    const day = start + Math.floor(random() * 700);
    const due = day + [14, 30, 30, 60][Math.floor(random() * 4)]!;
    const cents = 5_000 + Math.floor(random() * random() * 2_500_000);
    const open = random() < 0.4 ? 0 : cents;
    const id = strings.length;
    strings.push(`F${String(i + 1).padStart(7, "0")}`);
    sheet.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${id}</v></c><c r="B${r}" t="s"><v>${7 + 2 * customer}</v></c>` +
        `<c r="C${r}" t="s"><v>${8 + 2 * customer}</v></c><c r="D${r}" s="1"><v>${day + EPOCH_SERIAL}</v></c>` +
        `<c r="E${r}" s="1"><v>${due + EPOCH_SERIAL}</v></c><c r="F${r}"><v>${cents / 100}</v></c>` +
        `<c r="G${r}"><v>${open / 100}</v></c></row>`
    );
  }
  sheet.push("</sheetData></worksheet>");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="Openstaand" sheetId="1" r:id="rId1"/></sheets></workbook>'
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
  );
  zip.file(
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`
  );
  zip.file("xl/worksheets/sheet1.xml", sheet.join(""));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}
