/**
 * Whether the fast CSV reader's frame of a file is exactly the frame the full ledger reader gives
 * (readLedgerFile, then frameFromLedger): the same rows, values, customers and names, and no issue
 * the full reader would report. Only then may a report use the fast frame; otherwise the caller
 * reads the file with the full reader, which reports every doubt per row.
 *
 * The fast reader's scanner refuses, in its one pass over the rows (on every thread), what it cannot
 * read (quotes, non-ISO dates, amounts that are not plain digits, short rows) and what the full
 * reader would doubt in a row (a lone carriage return, bytes that are not UTF-8, text cells it
 * would trim, blank or flag: Excel errors, total labels, a repeated header; an empty invoice number
 * or open amount; see parseCsvChunk). What is left is checked here without a pass over the bytes:
 * before the read, the encoding of the start of the file and the delimiter
 * ({@link fastEncodingDoubt}); after it, the header and first rows by the full reader itself, and
 * on the columns: duplicate invoice numbers (from the scanner's hashes), an empty due date, open
 * amounts above the amount or of the other sign, implausible years and customer ids. Pure.
 */
import { FAST_FIELDS, type CsvLayout } from "./fast-csv-layout";
import { frameFromLedger, NO_DAY, type ReceivablesFrame } from "../../analytics";
import { toEpochDay, type IsoDay } from "../../core";
import { readLedger } from "../../ledger";
import { decodeText } from "../decode-text";
import { findDuplicateHashed } from "./duplicate-finder";
import { textDoubt } from "./cell-doubt";
import type { FastCsvFrame } from "./fast-csv-frame";
import { readCsvValues } from "../read-csv-values";
import { sniffDelimiter } from "../sniff-delimiter";

/** The full reader flags years outside these (read-ledger's date cells). */
const FIRST_PLAUSIBLE = toEpochDay("1950-01-01" as IsoDay);
const LAST_PLAUSIBLE = toEpochDay("2199-12-31" as IsoDay);
/** Data rows the full reader reads for the header check (it looks for the header in 30). */
const SAMPLE_ROWS = 50;

const cutAt = (bytes: Uint8Array, from: number): number => {
  const newline = bytes.indexOf(10, Math.min(from, bytes.length));
  return newline < 0 ? bytes.length : newline + 1;
};

/**
 * Why the fast reader may not read `bytes` at all, decided on the start of the file before the read
 * (the encoding as decodeText decides it, a "sep=" line, the delimiter as sniffDelimiter finds it),
 * or null.
 */
export function fastEncodingDoubt(bytes: Uint8Array, layout: CsvLayout): string | null {
  // 256 KB hold at least 64K characters: the full reader sniffs the delimiter on those.
  const decoded = decodeText(bytes.subarray(0, cutAt(bytes, 256 * 1024)));
  if (decoded.encoding !== "utf-8" && decoded.encoding !== "utf-8-bom")
    return `the file is ${decoded.encoding}, not UTF-8`;
  if (/^sep=/i.test(decoded.text)) return 'the file starts with a "sep=" line';
  if (sniffDelimiter(decoded.text.slice(0, 64 * 1024)) !== String.fromCharCode(layout.delimiter))
    return "the delimiter is not certain";
  return null;
}

/**
 * Null when `frame` (from the fast reader on `bytes`, laid out as `layout`, which passed
 * {@link fastEncodingDoubt}) is exactly what the full reader gives, else the first reason it may
 * not be (for a message).
 */
export function fastFrameMismatch(
  bytes: Uint8Array,
  layout: CsvLayout,
  frame: FastCsvFrame
): string | null {
  const roles = Array.from(layout.roles);
  if (!roles.includes(0)) return "the file has no invoice-number column";
  if (!roles.includes(4)) return "the file has no due-date column";
  const sample = sampleDoubt(bytes, layout, frame);
  if (sample.doubt !== null) return sample.doubt;
  if (frame.emptyOpen >= 0)
    return `invoice ${frame.invoiceId(frame.emptyOpen)}: the open amount is empty`;
  return duplicateDoubt(bytes, layout, frame) ?? columnsDoubt(layout, frame, sample.headers);
}

/** The header and first rows, by the full reader itself. */
function sampleDoubt(
  bytes: Uint8Array,
  layout: CsvLayout,
  frame: ReceivablesFrame
): { doubt: string | null; headers: string[] } {
  const delimiter = String.fromCharCode(layout.delimiter);
  let end = layout.dataStart;
  for (let k = 0; k < SAMPLE_ROWS && end < bytes.length; k++) end = cutAt(bytes, end);
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
  // The scanner refused rows repeating the invoice-number header as it read it.
  if ((headers[roles0(layout)] ?? "").toLowerCase() !== layout.invoiceHeader)
    return { doubt: "the header is read differently", headers };
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

const roles0 = (layout: CsvLayout): number => layout.roles.indexOf(0);

/** A repeated invoice number, from the hashes the scanner made of their bytes. */
function duplicateDoubt(bytes: Uint8Array, layout: CsvLayout, frame: FastCsvFrame): string | null {
  const { delimiter } = layout;
  const endOf = (i: number): number => {
    let end = frame.idStart[i] as number;
    while (end < bytes.length && bytes[end] !== delimiter && bytes[end] !== 10) end++;
    return end > 0 && bytes[end] === 10 && bytes[end - 1] === 13 ? end - 1 : end;
  };
  const twice = findDuplicateHashed(bytes, frame.idStart, frame.idHash, frame.length, endOf);
  return twice < 0 ? null : `invoice number "${frame.invoiceId(twice)}" appears twice`;
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
