/**
 * The byte scanner of the fast CSV path: parses the data rows in bytes[from, to) of a plain UTF-8
 * CSV straight into typed columns, without decoding the text. Dates and amounts are parsed from the
 * digit bytes (amounts into integer cents, so sums stay exact); customer ids are interned by hashing
 * their bytes into an open-addressing table and comparing with the first occurrence, so a string is
 * decoded once per distinct customer, not once per row; invoice ids stay byte offsets, decoded only
 * when a report lists the invoice. Pure and allocation-light, so it runs the same in the browser and
 * in a Node worker on one part of a file. UTF-8 never uses bytes below 0x80 inside a multi-byte
 * character, so scanning for the ASCII delimiter and newline bytes is safe.
 */
import type { CsvLayout } from "./fast-csv-layout";
import { fastCents, fastDay, parseCents, parseDay, scanEnd } from "./fast-csv-values";
import { allocateColumns, NO_DAY, trimColumns, type FrameColumns } from "./receivables-frame";

/** The rows of one part of a file; typed arrays (transferable) plus the customers it met. */
export interface CsvChunk {
  length: number;
  /** Columns; `customer` indexes {@link customerIds} of this chunk. */
  columns: FrameColumns;
  /** Byte offsets of each row's invoice id in the whole file. */
  idStart: Int32Array;
  idEnd: Int32Array;
  /** Customer ids in order of first appearance in the chunk. */
  customerIds: string[];
  /** The last non-empty name of each customer in the chunk, or null. */
  customerNames: (string | null)[];
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
  bigger.set(array);
  return bigger;
}

/**
 * Parses the rows in bytes[from, to) (`from` at a line start, `to` after a newline or at the end);
 * `firstRow` is the file row number of the line at `from`, for the messages. Throws
 * {@link FastPathUnsupported} naming the row for a date that is not YYYY-MM-DD or an amount that is
 * not plain digits with at most two decimals.
 */
export function parseCsvChunk(
  bytes: Uint8Array,
  layout: CsvLayout,
  from: number,
  to: number,
  firstRow: number
): CsvChunk {
  const { delimiter: delim, roles, hasOpenAmount: hasOpen } = layout;
  const nRoles = roles.length;
  const noDay = NO_DAY; // read once: tsx's CommonJS output turns an imported binding into a getter
  let capacity = estimateRows(bytes, from, to);
  let cols = allocateColumns(capacity);
  let idStart = new Int32Array(capacity);
  let idEnd = new Int32Array(capacity);
  // Customer interning: table slots hold entry + 1; an entry is a distinct byte string.
  let tableMask = (1 << 16) - 1;
  let table: Int32Array = new Int32Array(tableMask + 1);
  let entries = 0;
  let entryHash = new Int32Array(1024);
  let entryStart = new Int32Array(1024);
  let entryEnd = new Int32Array(1024);
  let entryCustomer = new Int32Array(1024);
  // Each distinct id's bytes, copied together: comparing with the first occurrence in the file
  // itself would be a cache miss per row.
  let keyBytes = new Uint8Array(1 << 16);
  let keyLength = 0;
  const byId = new Map<string, number>(); // two byte strings may decode alike (invalid UTF-8)
  const customerIds: string[] = [];
  const customerNames: (string | null)[] = [];
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
      capacity *= 2;
      const bigger = allocateColumns(capacity);
      for (const key of Object.keys(cols) as (keyof FrameColumns)[])
        (bigger[key] as { set(a: ArrayLike<number>): void }).set(cols[key]);
      cols = bigger;
      idStart = grow(idStart, capacity);
      idEnd = grow(idEnd, capacity);
    }
    let field = 0;
    let start = p;
    let open = NaN;
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
          if (r === 3) cols.invoiceDay[n] = v;
          else if (r === 4) cols.dueDay[n] = v;
          else if (r === 7) cols.settledDay[n] = v;
          else if (r === 5) cols.amount[n] = v;
          else open = v;
          field++;
          p = q + 1;
          if (c === 10) break;
          start = p;
          continue;
        }
      }
      while (p < to) {
        const c = bytes[p] as number;
        if (c === delim || c === 10) break;
        p++;
      }
      const atLineEnd = p === to || bytes[p] === 10;
      let end = p;
      if (atLineEnd && end > start && bytes[end - 1] === 13) end--;
      switch (r) {
        case 0: // invoiceId
          idStart[n] = start;
          idEnd[n] = end;
          break;
        case 1: {
          // customerId: FNV-1a over the bytes, linear probing.
          let h = 0x811c9dc5 | 0;
          for (let q = start; q < end; q++) h = Math.imul(h ^ (bytes[q] as number), 0x01000193);
          let slot = h & tableMask;
          let k = -1;
          for (;;) {
            const e = table[slot] as number;
            if (e === 0) break;
            const ei = e - 1;
            if (
              entryHash[ei] === h &&
              sameKey(keyBytes, entryStart[ei] as number, entryEnd[ei] as number, bytes, start, end)
            ) {
              k = entryCustomer[ei] as number;
              break;
            }
            slot = (slot + 1) & tableMask;
          }
          if (k < 0) {
            const id = decoder.decode(bytes.subarray(start, end));
            k = byId.get(id) ?? -1;
            if (k < 0) {
              k = customerIds.length;
              byId.set(id, k);
              customerIds.push(id);
              customerNames.push(null);
              if (k === nameStart.length) {
                nameStart = grow(nameStart, k * 2);
                nameEnd = grow(nameEnd, k * 2);
              }
            }
            if (entries === entryHash.length) {
              entryHash = grow(entryHash, entries * 2);
              entryStart = grow(entryStart, entries * 2);
              entryEnd = grow(entryEnd, entries * 2);
              entryCustomer = grow(entryCustomer, entries * 2);
            }
            if (keyLength + end - start > keyBytes.length)
              keyBytes = grow(keyBytes, 2 * (keyLength + end - start));
            keyBytes.set(bytes.subarray(start, end), keyLength);
            entryHash[entries] = h;
            entryStart[entries] = keyLength;
            keyLength += end - start;
            entryEnd[entries] = keyLength;
            entryCustomer[entries] = k;
            table[slot] = ++entries;
            if (entries * 2 > tableMask) {
              tableMask = tableMask * 2 + 1;
              table = rehash(entryHash, entries, tableMask);
            }
          }
          cols.customer[n] = k;
          break;
        }
        case 2: // customerName: applied after the row, to the row's customer
          rowNameStart = start;
          rowNameEnd = end;
          break;
        case 3: // invoiceDate
          cols.invoiceDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 4: // dueDate
          cols.dueDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 7: // settledDate
          cols.settledDay[n] = end === start ? noDay : parseDayAt(bytes, start, end, row);
          break;
        case 5: // amount
          cols.amount[n] = parseCentsAt(bytes, start, end, row);
          break;
        case 6: // openAmount
          open = end > start ? parseCentsAt(bytes, start, end, row) : NaN;
          break;
      }
      field++;
      p++;
      if (atLineEnd) break;
      start = p;
    }
    const k = cols.customer[n] as number;
    if (rowNameEnd > rowNameStart && k < customerIds.length) {
      const s = nameStart[k] as number;
      const e = nameEnd[k] as number;
      if (e === s || !sameBytes(bytes, s, e, rowNameStart, rowNameEnd)) {
        customerNames[k] = decoder.decode(bytes.subarray(rowNameStart, rowNameEnd));
        nameStart[k] = rowNameStart;
        nameEnd[k] = rowNameEnd;
      }
    }
    const amount = cols.amount[n] as number;
    cols.open[n] =
      hasOpen && !Number.isNaN(open) ? open : cols.settledDay[n] !== noDay ? 0 : amount;
    n++;
  }
  return {
    length: n,
    columns: trimColumns(cols, n),
    idStart: idStart.subarray(0, n),
    idEnd: idEnd.subarray(0, n),
    customerIds,
    customerNames,
  };
}

/** Rows in bytes[from, to), from the line length of the first 64 KB (+5%; the columns grow). */
function estimateRows(bytes: Uint8Array, from: number, to: number): number {
  const sample = Math.min(to, from + 65536);
  let lines = 0;
  for (let p = bytes.indexOf(10, from); p >= 0 && p < sample; p = bytes.indexOf(10, p + 1)) lines++;
  if (lines === 0) return 1024;
  return Math.max(1024, Math.ceil(((to - from) / (sample - from)) * lines * 1.05));
}

function rehash(hashes: Int32Array, count: number, mask: number): Int32Array {
  const table = new Int32Array(mask + 1);
  for (let e = 0; e < count; e++) {
    let slot = (hashes[e] as number) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = e + 1;
  }
  return table;
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (bytes[a] !== bytes[b]) return false;
  return true;
}

function sameKey(
  keys: Uint8Array,
  a: number,
  aEnd: number,
  bytes: Uint8Array,
  b: number,
  bEnd: number
): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (keys[a] !== bytes[b]) return false;
  return true;
}
