/** The public entry of src/formats: what other folders may use of it. Import through here, never a file inside. */
export { CSV_MAX_BYTES, checkCsvSize } from "./csv-size-guard";
export { decodeText, sniffUtf16 } from "./decode-text";
export { exportCsvBytes, exportJsonText, exportXlsxBytes, safeTable } from "./export-table";
export { jsonChunks } from "./json-chunks";
export { estimateRows, parseCsvChunk } from "./fast-csv/fast-csv-chunk";
export type { ChunkTarget, CsvChunk } from "./fast-csv/fast-csv-chunk";
export { fastCsvFrame, frameFromCsvChunks, frameFromPlacedChunks } from "./fast-csv/fast-csv-frame";
export type { FastCsvFrame } from "./fast-csv/fast-csv-frame";
export { readCsvLayout } from "./fast-csv/fast-csv-layout";
export type { CsvLayout } from "./fast-csv/fast-csv-layout";
export { fastEncodingDoubt, fastFrameMismatch } from "./fast-csv/fast-frame-check";
export { FastPathUnsupported } from "./fast-csv/fast-path-unsupported";
export { detectFileKind } from "./file-kind";
export { LedgerFileError } from "./ledger-file-error";
export { plainCellValue } from "./plain-cell-value";
export { readCsvValues } from "./read-csv-values";
export { readLedgerFile } from "./read-ledger-file";
export type { FileReadProgress, LedgerFileResult, ReadLedgerFileOptions } from "./read-ledger-file";
export { readXlsxValues } from "./read-xlsx-values";
export {
  checkStreamedXlsxSize,
  streamXlsxValues,
  XLSX_STREAM_MAX_CELLS,
} from "./xlsx-stream/read-xlsx-stream";
export {
  EXCEL_MAX_ROWS,
  XLSX_MAX_PACK_RATIO,
  XLSX_STREAM_MAX_SHEET_BYTES,
} from "./xlsx-stream/stream-budget";
export type { StreamLimits } from "./xlsx-stream/stream-budget";
export { streamXlsxFrame } from "./xlsx-stream/xlsx-frame";
export type { XlsxFrame } from "./xlsx-stream/xlsx-frame";
export { chartNote, writeReportXlsx } from "./report-xlsx";
export type { ReportXlsxOptions } from "./report-xlsx";
export { handoversFromCsv, paymentsFromCsv, recordCsvRows, reminderLogFromCsv } from "./record-csv";
export { sniffDelimiter } from "./sniff-delimiter";
export { decodeWindows1252 } from "./windows-1252";
export { writeCsvTable } from "./write-csv-table";
export type { WriteCsvOptions } from "./write-csv-table";
export { writeXlsxTable } from "./write-xlsx-table";
export { XLSX_MAX_CELLS, XLSX_MAX_UNPACKED_BYTES, checkXlsxSize } from "./xlsx-size-guard";
export { camtVersion, readCamt053 } from "./bank/camt053";
export { readMt940 } from "./bank/mt940";
export { readBankStatement } from "./bank/read-statement";
export { StatementFileError } from "./bank/statement-file-error";
export { contactsFromCsv, conversationsFromCsv } from "./record-csv";
