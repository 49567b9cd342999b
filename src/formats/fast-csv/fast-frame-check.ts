/**
 * Whether the fast CSV reader's frame of a file is exactly the frame the full ledger reader gives
 * (readLedgerFile, then frameFromLedger): the same rows, values, customers and names, and no issue
 * the full reader would report. Only then may a report use the fast frame; otherwise the caller
 * reads the file with the full reader, which reports every doubt per row.
 *
 * The fast reader already refuses what it cannot read (quotes, non-ISO dates, amounts that are not
 * plain digits, short rows). What is left is checked here, in one more pass over the bytes and a
 * few over the columns: the encoding (strict UTF-8, as decodeText decides), the delimiter
 * (sniffDelimiter on the first 64K characters), a lone carriage return (the full reader ends a line
 * there, the fast reader does not; CRLF and LF, mixed or not, both read the same),
 * the header (the full reader on the first rows: header in row 1, the same columns, no issues, the
 * same first rows), text cells that the full reader would trim, blank or flag (Excel errors, total
 * labels, a repeated header), an empty invoice number, open amount or due date, duplicate invoice
 * numbers, open amounts above the amount or of the other sign, and implausible years. Pure.
 */
import { FAST_FIELDS, type CsvLayout } from "./fast-csv-layout";
import { frameFromLedger, NO_DAY, type ReceivablesFrame } from "../../analytics";
import { toEpochDay, type IsoDay } from "../../core";
import { isExcelError, readLedger, isTotalLabel } from "../../ledger";
import { decodeText } from "../decode-text";
import { findDuplicate } from "./duplicate-finder";
import { readCsvValues } from "../read-csv-values";
import { sniffDelimiter } from "../sniff-delimiter";

const decoder = new TextDecoder("utf-8", { fatal: false });
/** The full reader flags years outside these (read-ledger's date cells). */
const FIRST_PLAUSIBLE = toEpochDay("1950-01-01" as IsoDay);
const LAST_PLAUSIBLE = toEpochDay("2199-12-31" as IsoDay);
/** Data rows the full reader reads for the header check (it looks for the header in 30). */
const SAMPLE_ROWS = 50;

/** JavaScript's trim() removes these ASCII bytes (and Unicode spaces, checked on the text). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Why a text cell would not be read as written ("is empty", "has spaces around it", "is an Excel
 * error"), or null. The caller names the cell: no message is built for the million cells that pass.
 */
function textDoubt(bytes: Uint8Array, start: number, end: number): string | null {
  if (end === start) return "is empty";
  const a = bytes[start] as number;
  const z = bytes[end - 1] as number;
  if (isSpace(a) || isSpace(z)) return "has spaces around it";
  if (a < 0x80 && z < 0x80 && a !== 35) return null;
  const text = decoder.decode(bytes.subarray(start, end));
  if (text.trim() !== text) return `"${text}" has spaces around it`;
  if (a === 35 && isExcelError(text)) return `"${text}" is an Excel error`;
  return null;
}

/**
 * Null when `frame` (from the fast reader on `bytes`, laid out as `layout`) is exactly what the full
 * reader gives, else the first reason it may not be (for a message).
 */
export function fastFrameMismatch(
  bytes: Uint8Array,
  layout: CsvLayout,
  frame: ReceivablesFrame
): string | null {
  const roles = Array.from(layout.roles);
  if (!roles.includes(0)) return "the file has no invoice-number column";
  if (!roles.includes(4)) return "the file has no due-date column";
  const sample = sampleDoubt(bytes, layout, frame);
  if (sample.doubt !== null) return sample.doubt;
  return (
    rowsDoubt(bytes, layout, frame, sample.headers) ?? columnsDoubt(layout, frame, sample.headers)
  );
}

/** The encoding, delimiter, header and first rows, by the full reader itself. */
function sampleDoubt(
  bytes: Uint8Array,
  layout: CsvLayout,
  frame: ReceivablesFrame
): { doubt: string | null; headers: string[] } {
  const none = { headers: [] as string[] };
  const cutAt = (from: number): number => {
    const newline = bytes.indexOf(10, Math.min(from, bytes.length));
    return newline < 0 ? bytes.length : newline + 1;
  };
  // 256 KB hold at least 64K characters: the full reader sniffs the delimiter on those.
  const decoded = decodeText(bytes.subarray(0, cutAt(256 * 1024)));
  if (decoded.encoding !== "utf-8" && decoded.encoding !== "utf-8-bom")
    return { doubt: `the file is ${decoded.encoding}, not UTF-8`, ...none };
  if (/^sep=/i.test(decoded.text)) return { doubt: 'the file starts with a "sep=" line', ...none };
  const delimiter = String.fromCharCode(layout.delimiter);
  if (sniffDelimiter(decoded.text.slice(0, 64 * 1024)) !== delimiter)
    return { doubt: "the delimiter is not certain", ...none };
  let end = layout.dataStart;
  for (let k = 0; k < SAMPLE_ROWS && end < bytes.length; k++) end = cutAt(end);
  const values = readCsvValues(bytes.subarray(0, end), { delimiter }).values;
  const read = readLedger(values);
  // The header texts as the full reader compares them with a repeated header row.
  const headers: string[] = [];
  for (const column of read.columns) headers[column.index] = column.header;
  if (read.headerRow !== 1) return { doubt: "the header is not in the first row", headers };
  if (read.issues.length > 0)
    return { doubt: `the full reader has doubts: ${read.issues[0]?.message}`, headers };
  const mapped = read.columns.map((c) => `${c.field}@${c.index}`).sort();
  const expected = Array.from(layout.roles)
    .flatMap((r, i) => (r < 0 ? [] : [`${FAST_FIELDS[r]}@${i}`]))
    .sort();
  if (mapped.join() !== expected.join())
    return { doubt: "the columns are read differently", headers };
  const slow = frameFromLedger(read.ledger);
  for (let i = 0; i < slow.length; i++) {
    const same =
      slow.invoiceId(i) === frame.invoiceId(i) &&
      slow.customers[slow.customer[i] as number]?.id ===
        frame.customers[frame.customer[i] as number]?.id &&
      (["invoiceDay", "dueDay", "settledDay", "amount", "open"] as const).every(
        (c) => slow[c][i] === frame[c][i]
      );
    if (!same) return { doubt: `row ${i + 2} is read differently`, headers };
  }
  return { doubt: null, headers };
}

/**
 * Whether bytes[start, end) may equal `header` (lower case) in any case: for an ASCII header and an
 * ASCII cell a byte comparison, otherwise true (the caller decodes and compares the text).
 */
function headerMatcher(bytes: Uint8Array, header: string): (start: number, end: number) => boolean {
  const lower = new TextEncoder().encode(header);
  if (lower.some((b) => b >= 0x80)) return () => true;
  return (start, end) => {
    if (end - start !== lower.length) return (bytes[start] as number) >= 0x80;
    for (let k = 0; k < lower.length; k++) {
      const c = bytes[start + k] as number;
      if (c >= 0x80) return true;
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower[k]) return false;
    }
    return true;
  };
}

/** One pass over the bytes: lone carriage returns, encoding, and the invoice-number, name and open cells. */
function rowsDoubt(
  bytes: Uint8Array,
  layout: CsvLayout,
  frame: ReceivablesFrame,
  headers: readonly string[]
): string | null {
  const { delimiter: delim, roles } = layout;
  const invoiceColumn = roles.indexOf(0);
  const nameColumn = roles.indexOf(2);
  const openColumn = roles.indexOf(6);
  const invoiceHeader = (headers[invoiceColumn] ?? "").toLowerCase();
  // Only invoice numbers that could be a total label ("Subtotaal", "Eindtotaal", "Grand total",
  // "Totaal": first byte s, e, g or t, or not ASCII) or the header are decoded.
  const suspect = new Uint8Array(256).fill(1, 0x80);
  for (const c of "sSeEgGtT") suspect[c.charCodeAt(0)] = 1;
  const mayBeHeader = headerMatcher(bytes, invoiceHeader);
  const idStart = new Int32Array(frame.length);
  const idEnd = new Int32Array(frame.length);
  const n = bytes.length;
  let high = 0;
  let line = 1;
  let rows = 0;
  let p = layout.dataStart;
  while (p < n) {
    line++;
    if (bytes[p] === 10 || (bytes[p] === 13 && bytes[p + 1] === 10)) {
      p += bytes[p] === 13 ? 2 : 1;
      continue;
    }
    if (rows === frame.length) return "the file has more rows than the fast reader read";
    for (let field = 0; ; field++) {
      const start = p;
      let c = 10;
      while (p < n) {
        c = bytes[p] as number;
        if (c === delim || c <= 13) {
          if (c === delim || c === 10) break;
          if (c === 13 && bytes[p + 1] !== 10) return `row ${line} has a carriage return in a line`;
        }
        high |= c;
        p++;
      }
      if (p === n) c = 10;
      let end = p;
      if (c === 10 && p < n && end > start && bytes[end - 1] === 13) end--;
      let doubt: string | null = null;
      if (field === invoiceColumn) {
        idStart[rows] = start;
        idEnd[rows] = end;
        doubt = textDoubt(bytes, start, end);
        if (doubt !== null) doubt = `row ${line}: the invoice number ${doubt}`;
        else if (suspect[bytes[start] as number] === 1 || mayBeHeader(start, end)) {
          const text = decoder.decode(bytes.subarray(start, end));
          if (isTotalLabel(text)) doubt = `row ${line} is a total row ("${text}")`;
          else if (text.toLowerCase() === invoiceHeader) doubt = `row ${line} repeats the header`;
        }
      } else if (field === nameColumn && end > start) {
        doubt = textDoubt(bytes, start, end);
        if (doubt !== null) doubt = `row ${line}: the customer name ${doubt}`;
      } else if (field === openColumn && end === start) {
        doubt = `row ${line}: the open amount is empty`;
      }
      if (doubt !== null) return doubt;
      p++;
      if (c === 10) break;
    }
    rows++;
  }
  if (rows !== frame.length) return "the fast reader read a different number of rows";
  if (high >= 0x80) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return "the file is not valid UTF-8";
    }
  }
  const twice = findDuplicate(bytes, idStart, idEnd, rows);
  if (twice >= 0)
    return `invoice number "${decoder.decode(bytes.subarray(idStart[twice], idEnd[twice]))}" appears twice`;
  return null;
}

/** Due dates, years, open amounts and customer ids, from the columns. */
function columnsDoubt(
  layout: CsvLayout,
  frame: ReceivablesFrame,
  headers: readonly string[]
): string | null {
  const { invoiceDay, dueDay, dueDerived, settledDay, amount, open, length } = frame;
  const implausible = (day: number): boolean =>
    day !== NO_DAY && (day < FIRST_PLAUSIBLE || day > LAST_PLAUSIBLE);
  for (let i = 0; i < length; i++) {
    if (dueDerived[i] !== 0) return `invoice ${frame.invoiceId(i)} has no due date`;
    if (implausible(invoiceDay[i] as number) || implausible(dueDay[i] as number))
      return `invoice ${frame.invoiceId(i)} has a date outside 1950-2199`;
    if (implausible(settledDay[i] as number))
      return `invoice ${frame.invoiceId(i)} has a date outside 1950-2199`;
    const a = amount[i] as number;
    const o = open[i] as number;
    if (Math.abs(o) > Math.abs(a) || (o !== 0 && a !== 0 && o < 0 !== a < 0))
      return `invoice ${frame.invoiceId(i)}: the open amount does not fit the amount`;
  }
  const customerHeader = (headers[layout.roles.indexOf(1)] ?? "").toLowerCase();
  const encoder = new TextEncoder();
  for (const { id } of frame.customers) {
    const bytes = encoder.encode(id);
    const doubt = textDoubt(bytes, 0, bytes.length);
    if (doubt !== null) return `customer "${id}" ${doubt}`;
    if (id.toLowerCase() === customerHeader) return "a row repeats the header";
  }
  return null;
}
