/**
 * The header of a plain CSV export for the fast path: the delimiter, which column holds which ledger
 * field, and where the data rows start. Read from the bytes; only the header line is decoded.
 */
import { detectHeader, type LedgerField } from "../../ledger";
import { FastPathUnsupported } from "./fast-path-unsupported";

/** The fields the fast path reads, in the order of their role codes. */
export const FAST_FIELDS: readonly LedgerField[] = [
  "invoiceId",
  "customerId",
  "customerName",
  "invoiceDate",
  "dueDate",
  "amount",
  "openAmount",
  "settledDate",
];

/** A plain CSV's layout. Plain data (numbers and typed arrays) so it can be posted to a worker. */
export interface CsvLayout {
  /** The delimiter byte (comma, semicolon or tab). */
  delimiter: number;
  /** Role code (index into {@link FAST_FIELDS}) of each column, -1 for columns not read. */
  roles: Int8Array;
  /** Byte offset of the first data row. */
  dataStart: number;
  hasInvoiceId: boolean;
  hasOpenAmount: boolean;
  hasSettledDate: boolean;
  /** The invoice-number column's header, lower case ("" without one): a row repeating it is refused. */
  invoiceHeader: string;
}

/**
 * Reads the layout of `bytes` (UTF-8). Throws {@link FastPathUnsupported} for a quoted header, a
 * file without data rows, columns the fast path does not read, or a missing customer or amount column.
 */
export function readCsvLayout(bytes: Uint8Array): CsvLayout {
  // A UTF-8 byte order mark is skipped, as TextDecoder does.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const headerEnd = bytes.indexOf(10, start);
  if (headerEnd < 0) throw new FastPathUnsupported("The file has no data rows.");
  // Quotes in the data rows are found by the scanner (parseCsvChunk), in the same pass.
  if (bytes.subarray(start, headerEnd).includes(34))
    throw new FastPathUnsupported("The file has quoted fields.");
  const headerLine = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(start, headerEnd))
    .replace(/\r$/, "");
  const delimiter = [",", ";", "\t"].reduce((best, d) =>
    headerLine.split(d).length > headerLine.split(best).length ? d : best
  );
  const headers = headerLine.split(delimiter);
  const detected = detectHeader([headers], { firstRow: 1 });
  const index = new Map(detected.columns.map((c) => [c.field, c.index]));
  for (const column of detected.columns) {
    if (!FAST_FIELDS.includes(column.field))
      throw new FastPathUnsupported(
        `Column "${column.header}" (${column.field}) needs the full reader.`
      );
  }
  const roles = new Int8Array(headers.length).fill(-1);
  FAST_FIELDS.forEach((field, k) => {
    const i = index.get(field);
    if (i !== undefined) roles[i] = k;
  });
  if (!index.has("customerId") || !index.has("amount"))
    throw new FastPathUnsupported("The fast path needs a customer and an amount column.");
  return {
    delimiter: delimiter.charCodeAt(0),
    roles,
    dataStart: headerEnd + 1,
    hasInvoiceId: index.has("invoiceId"),
    hasOpenAmount: index.has("openAmount"),
    hasSettledDate: index.has("settledDate"),
    invoiceHeader: (
      detected.columns.find((c) => c.field === "invoiceId")?.header ?? ""
    ).toLowerCase(),
  };
}
