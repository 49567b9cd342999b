/**
 * Builds hostile .xlsx packages at test time, small in memory and on disk: a part that unpacks to
 * hundreds of megabytes (or a gibibyte) from a few hundred kilobytes. The repeated middle is deflated
 * once with a full flush (a byte-aligned, self-contained run of blocks) and repeated, so building a
 * 1 GiB part costs one compression of 1 MiB and a CRC over the repetitions.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import zlib from "node:zlib";

/** One part of the package: its bytes, or a head + chunk × repeat + tail to be deflated as above. */
export interface BombPart {
  name: string;
  head: string;
  chunk: string;
  repeat: number;
  tail: string;
}

/** Options of {@link buildXlsx}. */
export interface BuildOptions {
  /** Write this unpacked size for the bomb part in the zip headers instead of the true one. */
  declaredBytes?: number;
}

/** A small valid ledger workbook (header and one invoice) to put the bomb part into. */
export async function ledgerWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Debiteuren");
  sheet.addRow(["Factuurnummer", "Debiteur", "Naam", "Vervaldatum", "Bedrag"]);
  sheet.addRow(["F-001", "D1", "Jansen B.V.", new Date(Date.UTC(2026, 9, 30)), 1234.56]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The sheet XML of {@link ledgerWorkbook}'s first sheet split around the end of its rows. */
export async function sheetAround(base: Uint8Array): Promise<{ head: string; tail: string }> {
  const zip = await JSZip.loadAsync(base);
  const xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
  const at = xml.indexOf("</sheetData>");
  return { head: xml.slice(0, at), tail: xml.slice(at) };
}

/** `rows` rows of `cellsPerRow` number cells each, as worksheet XML without row numbers. */
export function rowsXml(rows: number, cellsPerRow: number): string {
  return `<row>${"<c><v>1</v></c>".repeat(cellsPerRow)}</row>`.repeat(rows);
}

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
  size: number;
  declared: number;
}

function deflatePart(part: BombPart, declaredBytes?: number): Entry {
  const encoder = new TextEncoder();
  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = encoder.encode(part.head);
  const chunk = encoder.encode(part.chunk);
  const tail = encoder.encode(part.tail);
  const packedChunk = zlib.deflateRawSync(chunk, full);
  const pieces: Uint8Array[] = [zlib.deflateRawSync(head, full)];
  let crc = zlib.crc32(head);
  for (let i = 0; i < part.repeat; i++) {
    pieces.push(packedChunk);
    crc = zlib.crc32(chunk, crc);
  }
  pieces.push(zlib.deflateRawSync(tail));
  crc = zlib.crc32(tail, crc);
  const size = head.length + chunk.length * part.repeat + tail.length;
  return {
    name: encoder.encode(part.name),
    data: Buffer.concat(pieces),
    crc,
    size,
    declared: declaredBytes ?? size,
  };
}

/**
 * The parts of `base` (a valid .xlsx) with `bomb` added or put in place of the part of that name,
 * written as a zip by hand (deflate, no zip64).
 */
export async function buildXlsx(
  base: Uint8Array,
  bomb: BombPart,
  options: BuildOptions = {}
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  const entries: Entry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (name === bomb.name || zip.files[name]?.dir) continue;
    const raw = await (zip.file(name) as JSZip.JSZipObject).async("uint8array");
    entries.push({
      name: new TextEncoder().encode(name),
      data: zlib.deflateRawSync(raw),
      crc: zlib.crc32(raw),
      size: raw.length,
      declared: raw.length,
    });
  }
  entries.push(deflatePart(bomb, options.declaredBytes));

  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declared, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(entry.crc >>> 0, 16);
    dir.writeUInt32LE(entry.data.length, 20);
    dir.writeUInt32LE(entry.declared, 24);
    dir.writeUInt16LE(entry.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, entry.name, entry.data);
    central.push(dir, entry.name);
    offset += local.length + entry.name.length + entry.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, centralBytes, end]));
}

/** A ledger workbook whose first sheet unpacks to about `mebibytes` MiB of rows. */
export async function sheetBomb(
  mebibytes: number,
  options: BuildOptions = {}
): Promise<Uint8Array> {
  const base = await ledgerWorkbook();
  const { head, tail } = await sheetAround(base);
  const chunk = rowsXml(Math.floor((1024 * 1024) / 161), 10); // 161 bytes a row
  return buildXlsx(
    base,
    { name: "xl/worksheets/sheet1.xml", head, chunk, repeat: mebibytes, tail },
    options
  );
}
