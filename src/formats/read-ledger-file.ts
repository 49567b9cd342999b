/**
 * Reads a ledger file (CSV or XLSX bytes, in Node or the browser) into a typed ledger: the file layer
 * turns bytes into sheet values with correct row numbers, {@link readLedger} does the rest.
 */
import { readLedger, type LedgerReadResult, type ReadLedgerOptions } from "../ledger";
import { detectFileKind, type FileKind } from "./file-kind";
import { checkCsvSize } from "./csv-size-guard";
import { readCsvValues } from "./read-csv-values";
import { streamXlsxValues } from "./xlsx-stream/read-xlsx-stream";

export type { FileKind } from "./file-kind";

/** Options of {@link readLedgerFile}: those of {@link readLedger} plus the sheet and the file kind. */
export interface ReadLedgerFileOptions extends ReadLedgerOptions {
  /** XLSX: the sheet to read (exact name, else case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** Overrides the kind detected from content and extension. */
  kind?: FileKind;
}

/** {@link LedgerReadResult} plus how the file was read. */
export interface LedgerFileResult extends LedgerReadResult {
  kind: FileKind;
  /** XLSX: the sheet read; CSV: null. */
  sheet: string | null;
  /** CSV: "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252"; XLSX: null. */
  encoding: string | null;
  /** CSV: the field delimiter; XLSX: null. */
  delimiter: string | null;
}

/**
 * How far a read is: the file's bytes (all of them once unpacked or parsed) and the data rows the
 * ledger reader has read of the rows below the header (0 of 0 until the rows are known).
 */
export interface FileReadProgress {
  bytesDone: number;
  bytesTotal: number;
  rowsDone: number;
  rowsTotal: number;
}

/**
 * Reads `bytes` named `fileName` (the name gives the kind when the content does not).
 * Throws {@link LedgerFileError} for an unreadable file (.xls, corrupt workbook, missing sheet) and
 * `LedgerError` when the sheet holds no recognisable ledger; anything else becomes an issue.
 * `onProgress`, when given, is told the bytes parsed and the rows read (see {@link FileReadProgress}).
 */
export async function readLedgerFile(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadLedgerFileOptions = {},
  onProgress?: (progress: FileReadProgress) => void
): Promise<LedgerFileResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { sheet, kind: explicitKind, ...ledgerOptions } = options;
  const kind = detectFileKind(fileName, data, explicitKind);
  const bytesTotal = data.length;
  onProgress?.({ bytesDone: 0, bytesTotal, rowsDone: 0, rowsTotal: 0 });
  const onRows =
    onProgress &&
    ((rowsDone: number, rowsTotal: number): void =>
      onProgress({ bytesDone: bytesTotal, bytesTotal, rowsDone, rowsTotal }));
  if (kind === "csv") {
    checkCsvSize(data.length, fileName);
    const csv = readCsvValues(data);
    const result = readLedger(csv.values, ledgerOptions, onRows);
    const issues = [...csv.issues, ...result.issues].sort((a, b) => a.row - b.row);
    return {
      ...result,
      issues,
      kind,
      sheet: null,
      encoding: csv.encoding,
      delimiter: csv.delimiter,
    };
  }
  // Streamed: only the sheet's parts, no cell objects (exceljs's readXlsxValues is the tests' oracle).
  const xlsx = await streamXlsxValues(data, fileName, sheet);
  const result = readLedger(xlsx.values, { dateSystem: xlsx.dateSystem, ...ledgerOptions }, onRows);
  return { ...result, kind, sheet: xlsx.sheet, encoding: null, delimiter: null };
}
