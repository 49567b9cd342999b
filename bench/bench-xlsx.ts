// A fast deterministic open-items workbook for the benchmarks (the exceljs writer needs ~40 minutes
// for a million rows here): the sheet XML is written as text, in slices of 10,000 rows — invoice
// and customer as shared strings, the two days as serials in a date style, the amounts as numbers,
// cells without their optional reference (r="A2": a row's cells follow each other), or with them
// as Excel writes them (`references`: a million rows unpack to about 280 MB) —
// and deflated as it is written (node:zlib, level 1) into a plain zip (sizes and CRC-32 in the
// headers). The same bytes on every machine; a million rows take a few seconds and never sit in
// memory as text. `npm run bench -- xlsx` and `-- cli` use it.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { deflateRawSync, createDeflateRaw } from "node:zlib";
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

const HEADER = [
  "Factuurnummer",
  "Debiteur",
  "Naam",
  "Factuurdatum",
  "Vervaldatum",
  "Bedrag",
  "Openstaand",
];

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of `bytes`, continuing from `crc` (0 to start). */
function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** A part of the zip: its name, CRC-32, sizes and deflated bytes (in pieces). */
interface Part {
  name: string;
  crc: number;
  size: number;
  packed: Buffer[];
}

function smallPart(name: string, text: string): Part {
  const bytes = Buffer.from(text, "utf8");
  return {
    name,
    crc: crc32(bytes),
    size: bytes.length,
    packed: [deflateRawSync(bytes, { level: 1 })],
  };
}

/** Deflates the texts `pieces` yields, one after the other, as one part. */
async function streamedPart(name: string, pieces: Iterable<string>): Promise<Part> {
  const deflate = createDeflateRaw({ level: 1 });
  const packed: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => packed.push(chunk));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, "utf8");
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, "drain");
  }
  deflate.end();
  await once(deflate, "end");
  return { name, crc, size, packed };
}

/** The zip of `parts` (deflated, sizes known), as pieces to write in order. */
function* zipPieces(parts: readonly Part[]): Generator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const packedSize = part.packed.reduce((sum, b) => sum + b.length, 0);
    if (part.size > 0xffffffff || offset + packedSize > 0xffffffff)
      throw new Error("The bench workbook outgrew a plain zip (4 GB).");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(packedSize, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 26); // flags, method, time, CRC, sizes
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    yield local;
    yield name;
    yield* part.packed;
    offset += 30 + name.length + packedSize;
  }
  const size = central.reduce((sum, b) => sum + b.length, 0);
  yield* central;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  yield end;
}

/** The rows of the sheet as XML text, 10,000 rows a piece, and the shared strings they use. */
function sheet(rows: number, strings: string[], references: boolean): Iterable<string> {
  const random = generator(20261207);
  const start = toEpochDay("2025-01-01" as IsoDay);
  return (function* () {
    yield (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `<row r="1">${HEADER.map((_, k) => `<c r="${String.fromCharCode(65 + k)}1" t="s"><v>${k}</v></c>`).join("")}</row>`
    );
    let piece = "";
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      const customer = Math.floor(random() * CUSTOMERS);
      const day = start + Math.floor(random() * 700);
      const due = day + [14, 30, 30, 60][Math.floor(random() * 4)]!;
      const cents = 5_000 + Math.floor(random() * random() * 2_500_000);
      const open = random() < 0.4 ? 0 : cents;
      const id = strings.length;
      strings.push(`F${String(i + 1).padStart(7, "0")}`);
      // As Excel writes it (references on), or the shorter form without them.
      const at = (column: string): string => (references ? ` r="${column}${r}"` : "");
      piece +=
        `<row r="${r}"${references ? ' spans="1:7"' : ""}><c${at("A")} t="s"><v>${id}</v></c><c${at("B")} t="s"><v>${7 + 2 * customer}</v></c>` +
        `<c${at("C")} t="s"><v>${8 + 2 * customer}</v></c><c${at("D")} s="1"><v>${day + EPOCH_SERIAL}</v></c>` +
        `<c${at("E")} s="1"><v>${due + EPOCH_SERIAL}</v></c><c${at("F")}><v>${cents / 100}</v></c><c${at("G")}><v>${open / 100}</v></c></row>`;
      if (i % 10_000 === 9_999) {
        yield piece;
        piece = "";
      }
    }
    yield piece + "</sheetData></worksheet>";
  })();
}

function* sharedStrings(strings: readonly string[]): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">`;
  for (let i = 0; i < strings.length; i += 10_000)
    yield strings
      .slice(i, i + 10_000)
      .map((s) => `<si><t>${escapeXml(s)}</t></si>`)
      .join("");
  yield "</sst>";
}

/** The parts of a workbook of `rows` invoices (header: Factuurnummer, Debiteur, Naam, Factuurdatum, Vervaldatum, Bedrag, Openstaand). */
async function workbookParts(rows: number, references: boolean): Promise<Part[]> {
  const strings: string[] = [...HEADER];
  for (let c = 0; c < CUSTOMERS; c++)
    strings.push(`D${String(c).padStart(5, "0")}`, `Klant ${c} B.V.`);
  const sheetPart = await streamedPart(
    "xl/worksheets/sheet1.xml",
    sheet(rows, strings, references)
  );
  return [
    smallPart(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    ),
    smallPart(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    smallPart(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="Openstaand" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    smallPart(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    ),
    smallPart(
      "xl/styles.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
    ),
    await streamedPart("xl/sharedStrings.xml", sharedStrings(strings)),
    sheetPart,
  ];
}

/** The workbook of `rows` invoices as bytes. */
export async function benchXlsxBytes(rows: number, references = false): Promise<Uint8Array> {
  return new Uint8Array(Buffer.concat([...zipPieces(await workbookParts(rows, references))]));
}

/** Writes the workbook of `rows` invoices to `file` (the deflated parts only are held in memory). */
export async function writeBenchXlsx(
  file: string,
  rows: number,
  references = false
): Promise<void> {
  const parts = await workbookParts(rows, references);
  const out = createWriteStream(file);
  for (const piece of zipPieces(parts)) if (!out.write(piece)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}
