/**
 * The byte scanner of the fast CSV path: parses the data rows in bytes[from, to) of a plain UTF-8
 * CSV straight into typed columns, without decoding the text. Dates and amounts are parsed from the
 * digit bytes (amounts into integer cents, so sums stay exact); customer ids are interned from their
 * bytes ({@link ByteInterner}), so a string is decoded once per distinct customer, not once per row;
 * invoice ids stay byte offsets, decoded only when a report lists the invoice. Rows go into the
 * scanner's own arrays or into arrays it is given (shared memory, so a worker thread's rows need no
 * copy). Pure and allocation-light, so it runs the same in the browser and in a Node worker on one
 * part of a file. UTF-8 never uses bytes below 0x80 inside a multi-byte character, so scanning for
 * the ASCII delimiter, quote and newline bytes is safe.
 */
import type { CsvLayout } from "./fast-csv-layout";
import { ByteInterner } from "./byte-interner";
import { fastCents, fastDay, parseCents, parseDay, scanEnd } from "./fast-csv-values";
import { FastPathUnsupported } from "./fast-path-unsupported";
import { invoiceDoubtChecker, textDoubt } from "./cell-doubt";
import { allocateColumns, NO_DAY, trimColumns, type FrameColumns } from "../../analytics";

/** The rows of one part of a file; typed arrays (transferable) plus the customers it met. */
export interface CsvChunk {
  length: number;
  /** Columns; `customer` indexes {@link customerIds} of this chunk. */
  columns: FrameColumns;
  /** Byte offset of each row's invoice id in the whole file (it ends at the next delimiter). */
  idStart: Int32Array;
  /** A hash of each row's invoice-id bytes (see {@link hashBytes}), to find a repeated one. */
  idHash: Int32Array;
  /** Customer ids in order of first appearance in the chunk. */
  customerIds: string[];
  /** The last non-empty name of each customer in the chunk, or null. */
  customerNames: (string | null)[];
  /** The first row (index in this chunk) with an empty open-amount cell, or -1. */
  emptyOpen: number;
  /** True when the rows are in the {@link ChunkTarget}'s arrays (they fitted). */
  inTarget: boolean;
}

/**
 * Arrays to write the rows into, from index 0 (for instance views of shared memory, so a worker
 * thread's rows need no copy), all zero: the scanner fills the day columns the file does not have
 * with {@link NO_DAY} itself (each thread its own range). When the rows do not fit, the scanner
 * moves on to arrays of its own.
 */
export interface ChunkTarget {
  columns: FrameColumns;
  idStart: Int32Array;
  idHash: Int32Array;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

// Local copies for the row loop: run by tsx as CommonJS, every call of an imported function is a
// getter call on the module object first, which V8 does not inline.
const parseDayAt = parseDay;
const parseCentsAt = parseCents;
const fastDayAt = fastDay;
const fastCentsAt = fastCents;
const scanEndAt = scanEnd;

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array.subarray(0, Math.min(array.length, size)));
  return bigger;
}

/** The invoice-id hash (FNV-1a, then mixed) of bytes[start, end); equal bytes, equal hash. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let q = start; q < end; q++) h = Math.imul(h ^ (bytes[q] as number), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return h ^ (h >>> 15);
}

/**
 * Parses the rows in bytes[from, to) (`from` at a line start, `to` after a newline or at the end);
 * `firstRow` is the file row number of the line at `from`, for the messages. Throws
 * {@link FastPathUnsupported} naming the row for a date that is not YYYY-MM-DD, an amount that is
 * not plain digits with at most two decimals, a quote, or a row with fewer fields than it needs;
 * and for what the full reader would doubt in the same pass (so no second pass is needed): a lone
 * carriage return inside a line, bytes that are not UTF-8, an invoice number that is empty, has
 * spaces around it, is an Excel error, a total label or the header again, a customer name with
 * spaces around it or an Excel error. An empty open amount is read as the amount (0 when settled)
 * and its first row kept in {@link CsvChunk.emptyOpen} (the full reader doubts it).
 */
export function parseCsvChunk(
  bytes: Uint8Array,
  layout: CsvLayout,
  from: number,
  to: number,
  firstRow: number,
  target?: ChunkTarget
): CsvChunk {
  const { delimiter: delim, roles, hasOpenAmount: hasOpen } = layout;
  const nRoles = roles.length;
  let needed = 0; // fields a row must have: up to the last column read
  for (let f = 0; f < nRoles; f++) if ((roles[f] as number) >= 0) needed = f + 1;
  const noDay = NO_DAY; // read once: tsx's CommonJS output turns an imported binding into a getter
  // Every row writes the day columns the file has (short rows throw); the others say "no day".
  const absentDays = (columns: FrameColumns): void => {
    if (!roles.includes(3)) columns.invoiceDay.fill(noDay);
    if (!roles.includes(4)) columns.dueDay.fill(noDay);
    if (!roles.includes(7)) columns.settledDay.fill(noDay);
    columns.writeOffDay.fill(noDay);
  };
  let cols = target?.columns ?? allocateColumns(estimateRows(bytes, from, to), false);
  absentDays(cols);
  let idStart = target?.idStart ?? new Int32Array(cols.customer.length);
  let idHash = target?.idHash ?? new Int32Array(cols.customer.length);
  const invoiceDoubt = invoiceDoubtChecker(bytes, layout.invoiceHeader);
  // The bytes that end a text field's scan: the delimiter, LF, a quote (refused) and CR (allowed
  // only before LF: the full reader ends a line at a lone CR, the fast reader would not).
  const stop = new Uint8Array(256);
  stop[delim] = stop[10] = stop[34] = stop[13] = 1;
  let emptyOpen = -1;
  let high = 0; // the bits of every text byte: >= 0x80 means the part must be checked as UTF-8
  let capacity = cols.customer.length;
  let { customer, invoiceDay, dueDay, settledDay, amount, open } = cols;
  const interner = new ByteInterner();
  const names: (string | null)[] = [];
  let nameStart = new Int32Array(1024);
  let nameEnd = new Int32Array(1024);

  let n = 0;
  let row = firstRow - 1;
  let p = from;
  while (p < to) {
    row++;
    const first = bytes[p] as number;
    if (first === 10) {
      p++;
      continue;
    }
    if (first === 13 && (p + 1 === to || bytes[p + 1] === 10)) {
      p += 2;
      continue;
    }
    if (n === capacity) {
      capacity = Math.max(1024, capacity * 2);
      const bigger = allocateColumns(capacity, false);
      absentDays(bigger);
      for (const key of Object.keys(cols) as (keyof FrameColumns)[])
        (bigger[key] as { set(a: ArrayLike<number>): void }).set(cols[key].subarray(0, n));
      cols = bigger;
      ({ customer, invoiceDay, dueDay, settledDay, amount, open } = cols);
      idStart = grow(idStart, capacity);
      idHash = grow(idHash, capacity);
    }
    let field = 0;
    let start = p;
    let rowOpen = NaN;
    let rowNameStart = 0;
    let rowNameEnd = 0;
    for (;;) {
      const r = field < nRoles ? (roles[field] as number) : -1;
      if (r >= 3) {
        // Dates and amounts: parse while scanning; anything unusual takes the general path below.
        let q = -1;
        let v = NaN;
        if (r === 5 || r === 6) {
          v = fastCentsAt(bytes, start, to);
          q = scanEndAt[0] as number;
        } else if (start + 10 <= to) {
          v = fastDayAt(bytes, start);
          q = start + 10;
        }
        const c = q < to ? (bytes[q] as number) : 10;
        if (v === v && (c === delim || c === 10)) {
          if (r === 5) amount[n] = v;
          else if (r === 6) rowOpen = v;
          else if (r === 3) invoiceDay[n] = v;
          else if (r === 4) dueDay[n] = v;
          else settledDay[n] = v;
          field++;
          p = q + 1;
          if (c === 10) break;
          start = p;
          continue;
        }
      }
      while (p < to) {
        const c = bytes[p] as number;
        if (stop[c] === 1) {
          if (c !== 13) break;
          if (bytes[p + 1] !== 10)
            throw new FastPathUnsupported(`Row ${row} has a carriage return inside a line.`);
        }
        high |= c;
        p++;
      }
      if (p < to && bytes[p] === 34)
        throw new FastPathUnsupported(
          `Row ${row}: the file has quoted fields; the fast path does not read quotes.`
        );
      const atLineEnd = p === to || bytes[p] === 10;
      let end = p;
      if (atLineEnd && end > start && bytes[end - 1] === 13) end--;
      switch (r) {
        case 0: {
          // invoiceId
          idStart[n] = start;
          idHash[n] = hashBytes(bytes, start, end);
          const doubt = invoiceDoubt(start, end);
          if (doubt !== null) throw new FastPathUnsupported(`Row ${row}${doubt}.`);
          break;
        }
        case 1: // customerId
          customer[n] = interner.intern(bytes, start, end);
          break;
        case 2: // customerName: applied after the row, to the row's customer
          rowNameStart = start;
          rowNameEnd = end;
          if (end > start) {
            const doubt = textDoubt(bytes, start, end);
            if (doubt !== null)
              throw new FastPathUnsupported(`Row ${row}: the customer name ${doubt}.`);
          }
          break;
        case 3: // invoiceDate
          invoiceDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 4: // dueDate
          dueDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 7: // settledDate
          settledDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 5: // amount
          amount[n] = parseCentsAt(bytes, start, end, row);
          break;
        case 6: // openAmount
          if (end > start) rowOpen = parseCentsAt(bytes, start, end, row);
          else if (emptyOpen < 0) emptyOpen = n;
          break;
      }
      field++;
      p++;
      if (atLineEnd) break;
      start = p;
    }
    if (field < needed)
      throw new FastPathUnsupported(
        `Row ${row}: ${field} field${field === 1 ? "" : "s"} where the header has ${nRoles}.`
      );
    if (rowNameEnd > rowNameStart) {
      const k = customer[n] as number;
      if (k >= nameStart.length) {
        nameStart = grow(nameStart, 2 * k + 2);
        nameEnd = grow(nameEnd, 2 * k + 2);
      }
      const s = nameStart[k] as number;
      const e = nameEnd[k] as number;
      if (e === s || !sameBytes(bytes, s, e, rowNameStart, rowNameEnd)) {
        names[k] = decoder.decode(bytes.subarray(rowNameStart, rowNameEnd));
        nameStart[k] = rowNameStart;
        nameEnd[k] = rowNameEnd;
      }
    }
    open[n] =
      hasOpen && rowOpen === rowOpen
        ? rowOpen
        : settledDay[n] !== noDay
          ? 0
          : (amount[n] as number);
    n++;
  }
  if (high >= 0x80) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(from, to));
    } catch {
      throw new FastPathUnsupported("The file is not valid UTF-8.");
    }
  }
  const customerIds = interner.ids;
  return {
    length: n,
    columns: trimColumns(cols, n),
    idStart: idStart.subarray(0, n),
    idHash: idHash.subarray(0, n),
    emptyOpen,
    customerIds,
    customerNames: customerIds.map((_, k) => names[k] ?? null),
    inTarget: target !== undefined && cols === target.columns,
  };
}

/** Rows in bytes[from, to), from the line length of the first 64 KB (+5%; the columns grow). */
export function estimateRows(bytes: Uint8Array, from: number, to: number): number {
  const sample = Math.min(to, from + 65536);
  let lines = 0;
  for (let p = bytes.indexOf(10, from); p >= 0 && p < sample; p = bytes.indexOf(10, p + 1)) lines++;
  if (lines === 0) return 1024;
  return Math.max(1024, Math.ceil(((to - from) / (sample - from)) * lines * 1.05));
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (bytes[a] !== bytes[b]) return false;
  return true;
}
