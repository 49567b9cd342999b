/**
 * An .xlsx workbook's bytes to the values of one sheet, streamed: only the parts that sheet needs
 * are unpacked (workbook, relationships, shared strings, styles, the sheet), each chunk by chunk
 * through a SAX parser, and each cell becomes its plain value as it is read — no cell objects, no
 * whole-part strings, no other sheets. The shared strings are read once into a list; a number
 * becomes a Date only where its style's number format shows a date, in the workbook's date system.
 * The values are exactly those of {@link readXlsxValues} (exceljs, kept as the oracle in the tests):
 * the same rows and columns, merged cells only in their top-left cell, the same Dates.
 *
 * Every part is unpacked under the {@link StreamBudget} (stream-budget.ts): its declared sizes
 * before, a running count while inflating — against what it declares, its packed size times the
 * ratio a real workbook never exceeds (a zip bomb does), a sheet cap tied to Excel's 1,048,576 rows
 * and the workbook cap for the parts held as values — and the sheet's cells are counted. Parts the
 * sheet does not need are never unpacked. The cell cap is higher than exceljs's (which builds an object per cell on every sheet):
 * a streamed sheet of a million rows is what this reader is for.
 */
import type JSZip from "jszip";
import { FastPathUnsupported } from "../fast-csv/fast-path-unsupported";
import { loadJsZip } from "../load-jszip";
import { LedgerFileError } from "../ledger-file-error";
import type { PlainCellValue } from "../plain-cell-value";
import type { XlsxValues } from "../read-xlsx-values";
import { notAWorkbook, streamPart } from "../xlsx-size-guard";
import { STREAM_LIMITS, StreamBudget, type StreamLimits } from "./stream-budget";
import {
  readDateStyles,
  readSharedStrings,
  readWorkbookInfo,
  type SheetEntry,
} from "./workbook-parts";
import { streamXml, type PartBudget } from "./xml-stream";

/** Most cells on the sheet read: Excel's 1,048,576 rows of 20 filled columns. */
export const XLSX_STREAM_MAX_CELLS = 1_048_576 * 20;

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return column;
}

/** Row number of a cell reference such as "AB12" (0 when it has none). */
function rowOf(reference: string): number {
  let i = 0;
  while (i < reference.length && reference.charCodeAt(i) >= 65) i++;
  return parseInt(reference.slice(i), 10) || 0;
}

/** exceljs's excelToDate: the serial as a UTC instant, rounded to the millisecond. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** exceljs's second decoding of a formula's text result (`t="str"`): the five XML entities. */
function xmlDecode(text: string): string {
  return text.includes("&")
    ? text.replace(/&(lt|gt|amp|apos|quot);/g, (_, e: string) =>
        e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : e === "apos" ? "'" : '"'
      )
    : text;
}

function chooseSheet(sheets: SheetEntry[], fileName: string, sheetName?: string): SheetEntry {
  if (sheetName === undefined)
    return sheets.find((sheet) => sheet.state === "visible") ?? (sheets[0] as SheetEntry);
  const wanted = sheetName.trim().toLowerCase();
  const found =
    sheets.find((sheet) => sheet.name === sheetName) ??
    sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
  if (!found) {
    const names = sheets.map((sheet) => JSON.stringify(sheet.name)).join(", ");
    throw new LedgerFileError(
      `${fileName} has no sheet named ${JSON.stringify(sheetName)}. Its sheets are: ${names}.`,
      `${fileName} heeft geen blad met de naam ${JSON.stringify(sheetName)}. De bladen zijn: ${names}.`
    );
  }
  return found;
}

function tooManyCells(fileName: string): LedgerFileError {
  const limit = XLSX_STREAM_MAX_CELLS.toLocaleString("en-US");
  const limitNl = limit.replace(/,/g, ".");
  return new LedgerFileError(
    `${fileName} is too large to read: the sheet holds more than ${limit} cells, the most Openstaand reads from one sheet. Save the sheet with the open items as CSV (UTF-8) and read that file instead.`,
    `${fileName} is te groot om in te lezen: het blad bevat meer dan ${limitNl} cellen, het maximum dat Openstaand uit één blad leest. Sla het blad met de openstaande posten op als CSV (UTF-8) en lees dat bestand in.`
  );
}

/**
 * Reads sheet `sheetName` (exact name, else case-insensitive), or the first visible sheet, as
 * {@link readXlsxValues} does. Throws {@link LedgerFileError} when the bytes are no workbook, the
 * sheet does not exist, or the workbook is too large.
 */
export async function streamXlsxValues(
  bytes: Uint8Array,
  fileName: string,
  sheetName?: string,
  limits: StreamLimits = STREAM_LIMITS
): Promise<XlsxValues> {
  return readSheet(await openSheet(bytes, fileName, sheetName, limits), fileName);
}

/**
 * The unpack budget of {@link streamXlsxValues} alone, without parsing the sheet: the parts the
 * reader would unpack (workbook, relationships, shared strings, styles, the chosen sheet) are
 * inflated under the same {@link StreamBudget} and dropped. Throws as the reader would for a zip
 * bomb or a sheet past the caps; resolves with the bytes the sheet unpacked to.
 */
export async function checkStreamedXlsxSize(
  bytes: Uint8Array,
  fileName: string,
  sheetName?: string,
  limits: StreamLimits = STREAM_LIMITS
): Promise<number> {
  const budget = new StreamBudget(bytes, fileName, limits);
  let sheetBytes = 0;
  try {
    const zip = await (await loadJsZip()).loadAsync(bytes);
    const info = await readWorkbookInfo(zip, budget);
    if (info === null) throw new Error("the package has no xl/workbook.xml");
    const worksheets = info.sheets.filter((sheet) => sheet.part !== null);
    if (worksheets.length === 0) return 0;
    const sheet = chooseSheet(worksheets, fileName, sheetName).part as string;
    for (const part of [info.sharedStrings, info.styles]) {
      if (part === null || zip.file(part) === null) continue;
      budget.open(part, false);
      await streamPart(zip, part, (chunk) => budget.count(chunk.length, part));
    }
    budget.open(sheet, true);
    await streamPart(zip, sheet, (chunk) => {
      budget.count(chunk.length, sheet);
      sheetBytes += chunk.length;
    });
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw notAWorkbook(fileName, reason, reason);
  }
  return sheetBytes;
}

/** A sheet's cells as they stream by: rows in order, each cell's plain value (never null). */
export interface SheetSink {
  /** Row `row` (1-based) begins. */
  startRow(row: number): void;
  /** A value in column `column` (1-based) of the current row. */
  cell(column: number, value: PlainCellValue): void;
  /** The current row ends. */
  endRow(): void;
  /** A merged range ("A1:B2"), after all rows. */
  merge(ref: string): void;
}

/** The sheet chosen in an opened workbook, with what its cells need. */
export interface OpenedSheet {
  zip: JSZip;
  budget: PartBudget;
  sheet: SheetEntry;
  worksheets: SheetEntry[];
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Opens `bytes` under `limits` and reads the workbook's parts up to the sheet (not the sheet). */
export async function openSheet(
  bytes: Uint8Array,
  fileName: string,
  sheetName: string | undefined,
  limits: StreamLimits = STREAM_LIMITS
): Promise<OpenedSheet> {
  const budget = new StreamBudget(bytes, fileName, limits);
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw notAWorkbook(fileName, reason, reason);
  }
  return guarded(fileName, async () => {
    const info = await readWorkbookInfo(zip, budget);
    if (info === null) throw new Error("the package has no xl/workbook.xml");
    const worksheets = info.sheets.filter((sheet) => sheet.part !== null);
    if (worksheets.length === 0)
      throw new LedgerFileError(
        `${fileName} contains no worksheets. Put the open items on a sheet and try again.`,
        `${fileName} bevat geen werkbladen. Zet de openstaande posten op een blad en probeer het opnieuw.`
      );
    const sheet = chooseSheet(worksheets, fileName, sheetName);
    const strings = await readSharedStrings(zip, info.sharedStrings, budget);
    const dateStyles = await readDateStyles(zip, info.styles, budget);
    return { zip, budget, sheet, worksheets, strings, dateStyles, date1904: info.date1904 };
  });
}

/**
 * Runs `work`; an error other than a LedgerFileError (or a sink's FastPathUnsupported) becomes
 * "not a workbook" naming it.
 */
async function guarded<T>(fileName: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LedgerFileError || error instanceof FastPathUnsupported) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw notAWorkbook(fileName, reason, reason);
  }
}

/**
 * Streams the cells of `opened`'s sheet into `sink`, each as exceljs's value (see the module
 * comment); throws as {@link streamXlsxValues} does.
 */
export function streamSheet(opened: OpenedSheet, fileName: string, sink: SheetSink): Promise<void> {
  return guarded(fileName, () => streamCells(opened, fileName, sink));
}

async function streamCells(opened: OpenedSheet, fileName: string, sink: SheetSink): Promise<void> {
  const { zip, budget, sheet, strings, dateStyles, date1904 } = opened;
  let cells = 0;
  let rowNumber = 0;
  let column = 0;
  // The cell being read.
  let type = "";
  let style = 0;
  let hasFormula = false;
  let inFormula = false;
  let text: string[] | null = null;
  let value: string | undefined;
  let inline = false;
  let phonetic = 0;

  const endCell = (): void => {
    let cell: PlainCellValue = null;
    if (value !== undefined) {
      if (hasFormula) {
        // A formula's cached result (exceljs: `result`); none → no value.
        if (type === "str") cell = xmlDecode(value);
        else if (type === "b") cell = parseInt(value, 10) !== 0;
        else if (type === "e") cell = value;
        else {
          const n = parseFloat(value);
          cell = style && dateStyles[style] ? serialToDate(n, date1904) : n;
        }
      } else if (type === "s") cell = strings[parseInt(value, 10)] ?? null;
      else if (type === "str") cell = xmlDecode(value);
      else if (type === "inlineStr") cell = value;
      else if (type === "b") cell = parseInt(value, 10) !== 0;
      else if (type === "e") cell = value;
      else {
        const n = parseFloat(value);
        cell = style && dateStyles[style] ? serialToDate(n, date1904) : n;
      }
    }
    if (cell !== null) sink.cell(column, cell);
  };

  await streamXml(
    zip,
    sheet.part as string,
    {
      open(name, a) {
        switch (name) {
          case "row": {
            rowNumber = a.r === undefined ? rowNumber + 1 : parseInt(a.r, 10);
            column = 0;
            sink.startRow(rowNumber);
            break;
          }
          case "c":
            if (++cells > XLSX_STREAM_MAX_CELLS) throw tooManyCells(fileName);
            column = a.r === undefined ? column + 1 : columnOf(a.r);
            type = a.t ?? "";
            style = a.s === undefined ? 0 : parseInt(a.s, 10);
            hasFormula = false;
            value = undefined;
            inline = false;
            break;
          case "f":
            // exceljs: a formula is <f> with text, or a shared formula's <f t="shared" …/>.
            if (a.t !== undefined) hasFormula = true;
            inFormula = true;
            break;
          case "v":
            text = [];
            break;
          case "is":
            inline = true;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inline && phonetic === 0) text = [];
            break;
          case "mergeCell":
            if (a.ref !== undefined) sink.merge(a.ref);
            break;
        }
      },
      text(t) {
        if (text !== null) text.push(t);
        else if (inFormula && t !== "") hasFormula = true;
      },
      close(name) {
        switch (name) {
          case "v":
          case "t":
            if (text !== null) {
              const joined = text.join("");
              // exceljs keeps a value only when it has text; inline runs add up.
              if (joined !== "") value = value === undefined ? joined : value + joined;
              text = null;
            }
            break;
          case "rPh":
            phonetic--;
            break;
          case "f":
            inFormula = false;
            break;
          case "c":
            endCell();
            break;
          case "row":
            sink.endRow();
            break;
        }
      },
    },
    budget,
    true
  );
}

/** The values sink: rows by number (gaps as empty rows), merged ranges blanked as Excel shows them. */
async function readSheet(opened: OpenedSheet, fileName: string): Promise<XlsxValues> {
  const values: PlainCellValue[][] = [];
  const merges: string[] = [];
  let row: PlainCellValue[] = [];
  let rowNumber = 0;
  await streamSheet(opened, fileName, {
    startRow(r) {
      while (values.length < r - 1) values.push([]);
      rowNumber = r;
      row = [];
    },
    cell(column, cell) {
      while (row.length < column - 1) row.push(null);
      row[column - 1] = cell;
    },
    endRow() {
      values[rowNumber - 1] = row;
    },
    merge(ref) {
      merges.push(ref);
    },
  });
  // Only the top-left cell of a merged range carries a value, as in Excel's own range values.
  for (const ref of merges) {
    const [from, to] = ref.split(":") as [string, string | undefined];
    if (to === undefined) continue;
    const top = rowOf(from);
    const left = columnOf(from);
    const bottom = rowOf(to);
    const right = columnOf(to);
    for (let r = top; r <= bottom && r <= values.length; r++) {
      const cells = values[r - 1] as PlainCellValue[];
      for (let c = left; c <= right && c <= cells.length; c++)
        if (r !== top || c !== left) cells[c - 1] = null;
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    }
  }
  while (values.length > 0 && (values[values.length - 1] as PlainCellValue[]).length === 0)
    values.pop();
  return {
    values,
    sheet: opened.sheet.name,
    sheets: opened.worksheets.map((s) => s.name),
    dateSystem: opened.date1904 ? 1904 : 1900,
  };
}
