/**
 * Refuses workbooks too large to read before exceljs tries: exceljs unpacks every part of an .xlsx
 * into one string and builds an object per cell, so a 1 MB file that unpacks to 1 GiB (a "zip bomb",
 * or just a huge export) would take half a minute and then fail with "Invalid string length".
 *
 * Two checks, cheapest first:
 * 1. The sizes the zip's central directory declares (read here, without unpacking anything).
 * 2. The parts actually unpacked, streamed chunk by chunk with a running count of bytes and of cells
 *    (`<c` elements on the worksheets), stopping at the first cap: declared sizes may lie.
 */
import type JSZip from "jszip";
import { loadJsZip } from "./load-jszip";
import { LedgerFileError } from "./ledger-file-error";

/** Most bytes the parts of one workbook may unpack to (exceljs holds each part as one string). */
export const XLSX_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Most cells on all sheets of one workbook (exceljs builds an object per cell, all sheets). */
export const XLSX_MAX_CELLS = 1_500_000;
/** Most parts (files) in one workbook package. */
export const MAX_PARTS = 10_000;

/** A part of the zip as its central directory declares it. */
export interface DeclaredPart {
  name: string;
  unpackedBytes: number;
  /** Its deflated size in the file (what unpacking it reads). */
  packedBytes: number;
}

export const megabytes = (bytes: number): string =>
  `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-US")} MB`;
export const megabytesNl = (bytes: number): string =>
  `${Math.ceil(bytes / (1024 * 1024))
    .toLocaleString("en-US")
    .replace(/,/g, ".")} MB`;

export const ADVICE =
  "Save the sheet with the open items as CSV (UTF-8) and read that file instead, or remove other sheets and images from the workbook.";
export const ADVICE_NL =
  "Sla het blad met de openstaande posten op als CSV (UTF-8) en lees dat bestand in, of verwijder andere bladen en afbeeldingen uit de werkmap.";

export function tooManyBytes(fileName: string, bytes: number, declared: boolean): LedgerFileError {
  const limit = megabytes(XLSX_MAX_UNPACKED_BYTES);
  const limitNl = megabytesNl(XLSX_MAX_UNPACKED_BYTES);
  return declared
    ? new LedgerFileError(
        `${fileName} is too large to read: the workbook unpacks to ${megabytes(bytes)}, and Openstaand reads workbooks of at most ${limit} unpacked. ${ADVICE}`,
        `${fileName} is te groot om in te lezen: de werkmap is uitgepakt ${megabytesNl(bytes)}, en Openstaand leest werkmappen van hooguit ${limitNl} uitgepakt. ${ADVICE_NL}`
      )
    : new LedgerFileError(
        `${fileName} is too large to read: the workbook unpacks to more than ${limit} (more than the file itself declares, so it may be damaged or made to overload the reader). Openstaand stopped reading it. ${ADVICE}`,
        `${fileName} is te groot om in te lezen: de werkmap is uitgepakt groter dan ${limitNl} (groter dan het bestand zelf opgeeft; het is dus mogelijk beschadigd of gemaakt om de lezer te overbelasten). Openstaand is gestopt met lezen. ${ADVICE_NL}`
      );
}

function tooManyCells(fileName: string): LedgerFileError {
  const limit = XLSX_MAX_CELLS.toLocaleString("en-US");
  const limitNl = limit.replace(/,/g, ".");
  return new LedgerFileError(
    `${fileName} is too large to read: its sheets hold more than ${limit} filled cells, the most Openstaand reads from an Excel workbook. ${ADVICE}`,
    `${fileName} is te groot om in te lezen: de bladen bevatten meer dan ${limitNl} gevulde cellen, het maximum dat Openstaand uit een Excel-werkmap leest. ${ADVICE_NL}`
  );
}

export function notAWorkbook(fileName: string, reason: string, reasonNl: string): LedgerFileError {
  return new LedgerFileError(
    `${fileName} could not be opened as an Excel workbook (.xlsx): ${reason}. Open it in Excel, save it again as an Excel workbook (.xlsx) or as CSV, and try again.`,
    `${fileName} kon niet als Excel-werkmap (.xlsx) worden geopend: ${reasonNl}. Open het in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV en probeer het nog eens.`
  );
}

/**
 * The parts the central directory lists, with their declared unpacked sizes. Zip64 sizes (a part
 * over 4 GiB) are reported as Infinity: no workbook we can read needs them.
 */
export function declaredParts(bytes: Uint8Array, fileName: string): DeclaredPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: signature 0x06054b50, at most 65,535 + 22 bytes from the end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0)
    throw notAWorkbook(
      fileName,
      "the zip package has no table of contents (it is cut off or damaged)",
      "het zip-pakket heeft geen inhoudsopgave (het is afgebroken of beschadigd)"
    );
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: DeclaredPart[] = [];
  const damaged = (): LedgerFileError =>
    notAWorkbook(
      fileName,
      "the zip package's table of contents is damaged",
      "de inhoudsopgave van het zip-pakket is beschadigd"
    );
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged();
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw damaged();
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    parts.push({
      name,
      unpackedBytes: unpacked === 0xffffffff ? Infinity : unpacked,
      packedBytes: packed === 0xffffffff ? Infinity : packed,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** True for the parts that hold cells (`xl/worksheets/sheet1.xml`, also with a leading slash). */
const isWorksheet = (name: string): boolean => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Counts `<c ` / `<c>` / `<c/>` openings in chunks, carrying the tail across chunk borders. */
class CellCounter {
  count = 0;
  private tail = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    const data = this.tail.length === 0 ? chunk : concat(this.tail, chunk);
    const last = data.length - 2;
    for (let i = 0; i < last; i++) {
      if (data[i] === 0x3c && data[i + 1] === 0x63) {
        const next = data[i + 2];
        // '<c' followed by a space, '>', '/', tab or line break: a cell, not '<cols' or '<cfRule'.
        if (
          next === 0x20 ||
          next === 0x3e ||
          next === 0x2f ||
          next === 0x09 ||
          next === 0x0a ||
          next === 0x0d
        )
          this.count++;
      }
    }
    this.tail = data.slice(Math.max(0, data.length - 2));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/**
 * The chunk stream jszip gives every part (`ZipObject.internalStream`, public in jszip's docs,
 * missing from its type declarations).
 */
export interface ChunkStream {
  on(event: "data", callback: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", callback: (error: Error) => void): ChunkStream;
  on(event: "end", callback: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** Unpacks one part chunk by chunk, calling `onChunk`; a thrown error stops the stream. */
export function streamPart(
  zip: JSZip,
  name: string,
  onChunk: (chunk: Uint8Array) => void
): Promise<void> {
  const file = zip.file(name);
  if (file === null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): ChunkStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        try {
          onChunk(chunk);
        } catch (error) {
          stream.pause();
          reject(error);
        }
      })
      .on("error", reject)
      .on("end", () => resolve());
    stream.resume();
  });
}

/**
 * The cheap half of the guard, before anything is unpacked: the central directory is readable, has
 * no more parts than a workbook has, and declares at most {@link XLSX_MAX_UNPACKED_BYTES}.
 */
export function checkDeclaredSize(bytes: Uint8Array, fileName: string): Map<string, number> {
  const parts = declaredParts(bytes, fileName);
  if (parts.length > MAX_PARTS)
    throw notAWorkbook(
      fileName,
      `the package holds ${parts.length} parts, more than a workbook has`,
      `het pakket bevat ${parts.length} onderdelen, meer dan een werkmap heeft`
    );
  const declared = parts.reduce((sum, part) => sum + part.unpackedBytes, 0);
  if (declared > XLSX_MAX_UNPACKED_BYTES) throw tooManyBytes(fileName, declared, true);
  return new Map(parts.map((part) => [part.name.replace(/^\//, ""), part.unpackedBytes]));
}

/**
 * A part that unpacks to more than the central directory declares for it: the package lies about
 * its sizes (damaged, or made to overload the reader), so reading stops there and then.
 */
export function partLies(fileName: string, part: string): LedgerFileError {
  return new LedgerFileError(
    `${fileName} is too large to read: its part ${part} unpacks to more than the file itself declares, so it may be damaged or made to overload the reader. Openstaand stopped reading it. ${ADVICE}`,
    `${fileName} is te groot om in te lezen: het onderdeel ${part} is uitgepakt groter dan het bestand zelf opgeeft; het is dus mogelijk beschadigd of gemaakt om de lezer te overbelasten. Openstaand is gestopt met lezen. ${ADVICE_NL}`
  );
}

/**
 * Throws {@link LedgerFileError} when the workbook `bytes` declare or unpack to more than
 * {@link XLSX_MAX_UNPACKED_BYTES}, hold more than {@link XLSX_MAX_CELLS} cells, or have a damaged
 * table of contents. Reads nothing into memory beyond one chunk at a time.
 */
export async function checkXlsxSize(bytes: Uint8Array, fileName: string): Promise<void> {
  checkDeclaredSize(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw notAWorkbook(fileName, reason, reason);
  }
  let unpacked = 0;
  const cells = new CellCounter();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]?.dir) continue;
    const sheet = isWorksheet(name);
    try {
      await streamPart(zip, name, (chunk) => {
        unpacked += chunk.length;
        if (unpacked > XLSX_MAX_UNPACKED_BYTES) throw tooManyBytes(fileName, unpacked, false);
        if (sheet) {
          cells.add(chunk);
          if (cells.count > XLSX_MAX_CELLS) throw tooManyCells(fileName);
        }
      });
    } catch (error) {
      if (error instanceof LedgerFileError) throw error;
      const reason = `${name}: ${error instanceof Error ? error.message : String(error)}`;
      throw notAWorkbook(fileName, reason, reason);
    }
  }
}
