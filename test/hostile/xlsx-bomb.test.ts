/**
 * Workbooks that unpack to far more than they weigh: refused before the reader unpacks them (the
 * declared sizes) or as soon as a part unpacks past what it declares, in both languages, within
 * seconds. The packages are built here (see zip-bomb.ts), nothing large on disk.
 */
import {
  LedgerFileError,
  readLedgerFile,
  checkXlsxSize,
  XLSX_MAX_CELLS,
  XLSX_MAX_UNPACKED_BYTES,
} from "../../src/formats";
import { buildXlsx, ledgerWorkbook, rowsXml, sheetAround, sheetBomb } from "./zip-bomb";

async function refusal(bytes: Uint8Array, name: string): Promise<LedgerFileError> {
  try {
    await readLedgerFile(bytes, name);
  } catch (error) {
    if (error instanceof LedgerFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe("hostile .xlsx: a zip bomb", () => {
  it("a 6 MB workbook whose sheet unpacks to 1 GiB is refused from its declared sizes (its packing) at once", async () => {
    const bytes = await sheetBomb(1024);
    expect(bytes.length).toBeLessThan(8 * 1024 * 1024);
    const started = Date.now();
    const error = await refusal(bytes, "bom.xlsx");
    const seconds = (Date.now() - started) / 1000;
    expect(error.message).toMatch(
      /^bom\.xlsx is not read: its part xl\/worksheets\/sheet1\.xml unpacks to 1,024 MB from [\d,]+ bytes packed \(1\d\d to 1\)\. A real workbook packs at most about 100 to 1; this one is damaged or made to overload the reader \(a "zip bomb"\)\. Openstaand stopped reading it\. Save the sheet with the open items as CSV \(UTF-8\)/
    );
    expect(error.messageNl).toMatch(
      /^bom\.xlsx wordt niet ingelezen: het onderdeel xl\/worksheets\/sheet1\.xml is uitgepakt 1\.024 MB uit [\d.]+ bytes ingepakt \(1\d\d op 1\)\. Een echte werkmap pakt hooguit ongeveer 100 op 1 in; deze is beschadigd of gemaakt om de lezer te overbelasten \(een "zipbom"\)\. Openstaand is gestopt met lezen\. Sla het blad met de openstaande posten op als CSV \(UTF-8\)/
    );
    expect(seconds).toBeLessThan(20);
  });

  it("the same bomb declaring a small size is stopped as soon as the sheet unpacks past it", async () => {
    const bytes = await sheetBomb(1024, { declaredBytes: 20_000 });
    const error = await refusal(bytes, "klein.xlsx");
    expect(error.message).toBe(
      `klein.xlsx is too large to read: its part xl/worksheets/sheet1.xml unpacks to more than the file itself declares, so it may be damaged or made to overload the reader. Openstaand stopped reading it. Save the sheet with the open items as CSV (UTF-8) and read that file instead, or remove other sheets and images from the workbook.`
    );
    expect(error.messageNl).toBe(
      `klein.xlsx is te groot om in te lezen: het onderdeel xl/worksheets/sheet1.xml is uitgepakt groter dan het bestand zelf opgeeft; het is dus mogelijk beschadigd of gemaakt om de lezer te overbelasten. Openstaand is gestopt met lezen. Sla het blad met de openstaande posten op als CSV (UTF-8) en lees dat bestand in, of verwijder andere bladen en afbeeldingen uit de werkmap.`
    );
  });

  it("a part without cells that lies about its size: never unpacked by the reader, refused by the guard", async () => {
    const base = await ledgerWorkbook();
    // 300 MiB of spaces in a part exceljs would read as one string.
    const bytes = await buildXlsx(
      base,
      {
        name: "docProps/custom.xml",
        head: "<?xml version='1.0'?><Properties>",
        chunk: " ".repeat(1024 * 1024),
        repeat: 300,
        tail: "</Properties>",
      },
      { declaredBytes: 1000 }
    );
    // The streaming reader unpacks only the sheet's parts: the ledger reads.
    const read = await readLedgerFile(bytes, "leugen.xlsx");
    expect(read.control.accepted).toBe(1);
    // exceljs (the tests' oracle) would unpack every part: its guard stops at the byte cap.
    const error = await checkXlsxSize(bytes, "leugen.xlsx").then(
      () => null,
      (e: unknown) => e as LedgerFileError
    );
    expect(error?.message).toContain(
      "leugen.xlsx is too large to read: the workbook unpacks to more than 256 MB (more than the file itself declares"
    );
    expect(error?.messageNl).toContain(
      "leugen.xlsx is te groot om in te lezen: de werkmap is uitgepakt groter dan 256 MB (groter dan het bestand zelf opgeeft"
    );
  });

  it("an honest sheet with more cells than the cap is refused before exceljs reads it", async () => {
    const base = await ledgerWorkbook();
    const { head, tail } = await sheetAround(base);
    const cellsPerChunk = 10_000 * 10;
    const repeat = Math.ceil(XLSX_MAX_CELLS / cellsPerChunk) + 1;
    const bytes = await buildXlsx(base, {
      name: "xl/worksheets/sheet1.xml",
      head,
      chunk: rowsXml(10_000, 10),
      repeat,
      tail,
    });
    const started = Date.now();
    await expect(checkXlsxSize(bytes, "veel.xlsx")).rejects.toThrow(
      "its sheets hold more than 1,500,000 filled cells"
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a sheet just under the caps passes the guard (the caps are not off by a chunk)", async () => {
    const base = await ledgerWorkbook();
    const { head, tail } = await sheetAround(base);
    // 1,400,000 cells in 21 MiB: under both caps.
    const bytes = await buildXlsx(base, {
      name: "xl/worksheets/sheet1.xml",
      head,
      chunk: rowsXml(10_000, 10),
      repeat: 14,
      tail,
    });
    await expect(checkXlsxSize(bytes, "net.xlsx")).resolves.toBeUndefined();
    expect(XLSX_MAX_UNPACKED_BYTES).toBe(256 * 1024 * 1024);
  });

  it("a cut-off package (no table of contents) gets a clear answer, not a zip library's", async () => {
    const whole = await ledgerWorkbook();
    const error = await refusal(whole.subarray(0, whole.length - 30), "kapot.xlsx");
    expect(error.message).toContain("kapot.xlsx could not be opened as an Excel workbook (.xlsx)");
    expect(error.messageNl).toContain(
      "kapot.xlsx kon niet als Excel-werkmap (.xlsx) worden geopend"
    );
  });

  it("an ordinary workbook still reads (the guard passes what exceljs can read)", async () => {
    const result = await readLedgerFile(await ledgerWorkbook(), "gewoon.xlsx");
    expect(result.control.accepted).toBe(1);
    expect(result.control.amount.read).toBe(123456);
  });
});
