/**
 * The streaming reader's unpack cap (stream-budget.ts): a genuine million-row workbook as Excel
 * writes it (cell references r="A2", seven columns, about 270 MB unpacked — refused by the old
 * 256 MB cap) is accepted, a sheet exactly at the cap of 1,048,576 rows × 1 KiB is accepted and one
 * byte more is refused, and a zip bomb is refused by its packing with a clear message in both
 * languages. The large parts are a deflated run of rows repeated (see zip-bomb.ts): building a 1 GiB
 * sheet costs one compression of 1 MiB.
 */
import JSZip from "jszip";
import {
  checkStreamedXlsxSize,
  EXCEL_MAX_ROWS,
  LedgerFileError,
  readLedgerFile,
  streamXlsxValues,
  XLSX_MAX_PACK_RATIO,
  XLSX_STREAM_MAX_SHEET_BYTES,
  type StreamLimits,
} from "../../src/formats";
import { buildXlsx, ledgerWorkbook, sheetAround } from "./zip-bomb";

const SHEET = "xl/worksheets/sheet1.xml";

/** `rows` ledger rows from row `first` on, as Excel writes them: references, styles, shared strings. */
function excelRows(first: number, rows: number): string {
  let xml = "";
  for (let r = first; r < first + rows; r++)
    xml +=
      `<row r="${r}" spans="1:7"><c r="A${r}" t="s"><v>${r + 5}</v></c><c r="B${r}" t="s"><v>${7 + (r % 20_000) * 2}</v></c>` +
      `<c r="C${r}" t="s"><v>${8 + (r % 20_000) * 2}</v></c><c r="D${r}" s="1"><v>${45_000 + ((r * 7) % 700)}</v></c>` +
      `<c r="E${r}" s="1"><v>${45_030 + ((r * 7) % 700)}</v></c><c r="F${r}"><v>${(r * 37) % 25_000}.5</v></c><c r="G${r}"><v>0</v></c></row>`;
  return xml;
}

async function refusal(run: Promise<unknown>): Promise<LedgerFileError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof LedgerFileError) return error;
    throw error;
  }
  throw new Error("the workbook was accepted");
}

/** A sheet of exactly `bytes` bytes: the base sheet's head, rows of 1 MiB repeated, spaces, its tail. */
async function sheetOfSize(bytes: number, declaredBytes?: number): Promise<Uint8Array> {
  const base = await ledgerWorkbook();
  const { head, tail } = await sheetAround(base);
  let chunk = excelRows(1000, 3_900);
  chunk += " ".repeat(1024 * 1024 - Buffer.byteLength(chunk));
  const repeat = Math.floor((bytes - head.length - tail.length) / chunk.length);
  const pad = " ".repeat(bytes - head.length - tail.length - repeat * chunk.length);
  return buildXlsx(
    base,
    { name: SHEET, head: head + pad, chunk, repeat, tail },
    declaredBytes === undefined ? {} : { declaredBytes }
  );
}

describe("the unpack cap of the streaming XLSX reader", () => {
  it("is tied to Excel's last row: 1,048,576 rows of 1 KiB, packed at most 100 to 1", () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(XLSX_STREAM_MAX_SHEET_BYTES).toBe(1_048_576 * 1024);
    expect(XLSX_MAX_PACK_RATIO).toBe(100);
  });

  it("accepts a million-row workbook as Excel writes it (r= references, 7 columns, > 256 MB unpacked)", async () => {
    const base = await ledgerWorkbook();
    const { head, tail } = await sheetAround(base);
    // 1,048,576 rows: 256 pieces of 4,096 rows (the last row is Excel's last).
    const chunk = excelRows(2, 4_096);
    const bytes = await buildXlsx(base, { name: SHEET, head, chunk, repeat: 256, tail });
    const unpacked = await checkStreamedXlsxSize(bytes, "miljoen.xlsx");
    expect(unpacked).toBeGreaterThan(256 * 1024 * 1024);
    expect(unpacked / 1_048_576).toBeGreaterThan(250); // bytes a row
    expect(unpacked).toBeLessThan(XLSX_STREAM_MAX_SHEET_BYTES);
  }, 120_000);

  it("accepts a sheet of exactly the cap and refuses one byte more (a part that unpacks past what it declares: xlsx-bomb.test.ts)", async () => {
    const at = await sheetOfSize(XLSX_STREAM_MAX_SHEET_BYTES);
    expect(await checkStreamedXlsxSize(at, "precies.xlsx")).toBe(XLSX_STREAM_MAX_SHEET_BYTES);

    const over = await sheetOfSize(XLSX_STREAM_MAX_SHEET_BYTES + 1);
    const declared = await refusal(checkStreamedXlsxSize(over, "te-groot.xlsx"));
    expect(declared.message).toBe(
      "te-groot.xlsx is too large to read: its sheet xl/worksheets/sheet1.xml unpacks to 1,025 MB, and Openstaand reads a sheet of at most 1,024 MB unpacked (Excel's 1,048,576 rows of 1 KB each). Save the sheet with the open items as CSV (UTF-8) and read that file instead, or remove other sheets and images from the workbook."
    );
    expect(declared.messageNl).toBe(
      "te-groot.xlsx is te groot om in te lezen: het blad xl/worksheets/sheet1.xml is uitgepakt 1.025 MB, en Openstaand leest een blad van hooguit 1.024 MB uitgepakt (de 1.048.576 rijen van Excel, van 1 KB elk). Sla het blad met de openstaande posten op als CSV (UTF-8) en lees dat bestand in, of verwijder andere bladen en afbeeldingen uit de werkmap."
    );
  }, 240_000);

  it("refuses a zip bomb by its packing, at once and in both languages", async () => {
    const base = await ledgerWorkbook();
    const { head, tail } = await sheetAround(base);
    // 512 MiB of identical rows: under the size cap, packed about 1,000 to 1.
    const row = `<row>${"<c><v>1</v></c>".repeat(10)}</row>`;
    const chunk = row.repeat(Math.floor((1024 * 1024) / row.length));
    const bytes = await buildXlsx(base, { name: SHEET, head, chunk, repeat: 512, tail });
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    const started = Date.now();
    const error = await refusal(readLedgerFile(bytes, "bom.xlsx"));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.message).toMatch(
      /^bom\.xlsx is not read: its part xl\/worksheets\/sheet1\.xml unpacks to 512 MB from [\d,]+ bytes packed \([\d,]+ to 1\)\. A real workbook packs at most about 100 to 1; this one is damaged or made to overload the reader \(a "zip bomb"\)\. Openstaand stopped reading it\./
    );
    expect(error.messageNl).toMatch(
      /^bom\.xlsx wordt niet ingelezen: het onderdeel xl\/worksheets\/sheet1\.xml is uitgepakt 512 MB uit [\d.]+ bytes ingepakt \([\d.]+ op 1\)\. Een echte werkmap pakt hooguit ongeveer 100 op 1 in; deze is beschadigd of gemaakt om de lezer te overbelasten \(een "zipbom"\)\./
    );
  }, 60_000);

  it("the reader itself stops at the limits it is given: the sheet's exact size reads, one byte less is refused", async () => {
    const base = await ledgerWorkbook();
    const zip = await JSZip.loadAsync(base);
    const size = (await (zip.file(SHEET) as JSZip.JSZipObject).async("uint8array")).length;
    const limits: StreamLimits = {
      sheetBytes: size,
      otherBytes: 256 * 1024 * 1024,
      packRatio: 100,
      ratioFreeBytes: 1024 * 1024,
    };
    const read = await streamXlsxValues(base, "klein.xlsx", undefined, limits);
    expect(read.values[1]?.[0]).toBe("F-001");
    const error = await refusal(
      streamXlsxValues(base, "klein.xlsx", undefined, { ...limits, sheetBytes: size - 1 })
    );
    expect(error.message).toContain(
      "klein.xlsx is too large to read: its sheet xl/worksheets/sheet1.xml"
    );
    // A tight ratio with no free allowance refuses even this small honest workbook: the ratio is checked.
    const tight = await refusal(
      streamXlsxValues(base, "klein.xlsx", undefined, {
        ...limits,
        packRatio: 1,
        ratioFreeBytes: 0,
      })
    );
    expect(tight.message).toContain("klein.xlsx is not read: its part");
  });
});
