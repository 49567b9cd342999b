/**
 * The fast path from CSV bytes to a {@link ReceivablesFrame}, for plain machine-written exports of a
 * million rows: one header row, a comma / semicolon / tab delimiter, no quoted fields, ISO dates
 * (YYYY-MM-DD) and amounts with a decimal point. The bytes are scanned once, without decoding the
 * text, into typed columns (see {@link parseCsvChunk}); amounts are parsed digit by digit into integer
 * cents, so the sums stay exact. Anything it does not recognise throws {@link FastPathUnsupported}
 * naming the row, and the caller uses the full ledger reader (readLedgerFile) instead, which handles
 * every messy export and reports issues per row. A Node caller may parse parts of one file in worker
 * threads and join them with {@link frameFromCsvChunks} (chunks with their own arrays) or
 * {@link frameFromPlacedChunks} (chunks written into one set of shared arrays); the result is the
 * same frame.
 */
import { parseCsvChunk, type ChunkTarget, type CsvChunk } from "./fast-csv-chunk";
import { readCsvLayout, type CsvLayout } from "./fast-csv-layout";
import {
  allocateColumns,
  deriveMissingDueDays,
  trimColumns,
  type CustomerInfo,
  type FrameColumns,
  type FrameOptions,
  type ReceivablesFrame,
} from "../../analytics";

export { FastPathUnsupported } from "./fast-path-unsupported";

/**
 * The fast reader's frame, with where each row's invoice number starts in the file and a hash of
 * its bytes (to find a repeated invoice number without decoding them).
 */
export interface FastCsvFrame extends ReceivablesFrame {
  readonly idStart: Int32Array;
  readonly idHash: Int32Array;
  /** The first row with an empty open-amount cell (read as the amount, or 0 when settled), or -1. */
  readonly emptyOpen: number;
}

/** Reads `bytes` (UTF-8) into a frame; throws FastPathUnsupported for anything unusual. */
export function fastCsvFrame(bytes: Uint8Array, options: FrameOptions = {}): FastCsvFrame {
  const layout = readCsvLayout(bytes);
  const chunk = parseCsvChunk(bytes, layout, layout.dataStart, bytes.length, 2);
  return frameFromCsvChunks(bytes, layout, [chunk], options);
}

function customerInfo(id: string, name: string | null = null): CustomerInfo {
  return {
    id,
    name,
    creditLimit: null,
    kvk: null,
    vatId: null,
    iban: null,
    debtorType: null,
    paymentTermDays: null,
  };
}

/**
 * The customers of consecutive chunks, numbered in order of first appearance in the file with the
 * last non-empty name, and per chunk the map from its own numbers to those.
 */
function mergeCustomers(chunks: readonly CsvChunk[]): {
  customers: CustomerInfo[];
  remaps: Int32Array[];
} {
  const customers: CustomerInfo[] = [];
  const index = new Map<string, number>();
  const remaps = chunks.map((chunk) => {
    const remap = new Int32Array(chunk.customerIds.length);
    chunk.customerIds.forEach((id, local) => {
      let k = index.get(id);
      if (k === undefined) {
        k = customers.length;
        index.set(id, k);
        customers.push(customerInfo(id));
      }
      remap[local] = k;
      const name = chunk.customerNames[local] ?? null;
      if (name !== null) (customers[k] as CustomerInfo).name = name;
    });
    return remap;
  });
  return { customers, remaps };
}

/** Renumbers customer[from, to) through `remap` (identity maps are skipped). */
function renumber(customer: Int32Array, from: number, to: number, remap: Int32Array): void {
  let identity = true;
  for (let k = 0; k < remap.length && identity; k++) identity = remap[k] === k;
  if (identity) return;
  for (let i = from; i < to; i++) customer[i] = remap[customer[i] as number] as number;
}

/**
 * Joins the chunks of consecutive parts of `bytes` (in file order) into one frame: customers are
 * numbered in order of first appearance in the file and keep the last non-empty name, exactly as
 * one pass over the whole file would give.
 */
export function frameFromCsvChunks(
  bytes: Uint8Array,
  layout: CsvLayout,
  chunks: readonly CsvChunk[],
  options: FrameOptions = {}
): FastCsvFrame {
  if (chunks.length === 1) {
    const only = chunks[0] as CsvChunk;
    const customers = only.customerIds.map((id, k) => customerInfo(id, only.customerNames[k]));
    const { columns, idStart, idHash, emptyOpen } = only;
    return frameOf(bytes, layout, columns, idStart, idHash, emptyOpen, customers, options);
  }
  const { customers, remaps } = mergeCustomers(chunks);
  const n = chunks.reduce((sum, c) => sum + c.length, 0);
  const columns = allocateColumns(n, false); // every row is copied in below
  const idStart = new Int32Array(n);
  const idHash = new Int32Array(n);
  let offset = 0;
  chunks.forEach((chunk, c) => {
    for (const key of Object.keys(columns) as (keyof FrameColumns)[])
      (columns[key] as { set(a: ArrayLike<number>, at: number): void }).set(
        chunk.columns[key],
        offset
      );
    renumber(columns.customer, offset, offset + chunk.length, remaps[c] as Int32Array);
    idStart.set(chunk.idStart, offset);
    idHash.set(chunk.idHash, offset);
    offset += chunk.length;
  });
  return frameOf(bytes, layout, columns, idStart, idHash, emptyOpenOf(chunks), customers, options);
}

/**
 * Joins chunks that were parsed in place into one set of arrays, each at its row offset (see
 * {@link ChunkTarget}; offsets ascending, each chunk within its own range): the rows of each chunk
 * move down behind those before it (a move within the arrays, no new ones) and customers are
 * renumbered. The same frame as {@link frameFromCsvChunks}.
 */
export function frameFromPlacedChunks(
  bytes: Uint8Array,
  layout: CsvLayout,
  target: ChunkTarget,
  placed: readonly { offset: number; chunk: CsvChunk }[],
  options: FrameOptions = {}
): FastCsvFrame {
  const { customers, remaps } = mergeCustomers(placed.map((p) => p.chunk));
  const columns = target.columns;
  let n = 0;
  placed.forEach(({ offset, chunk }, c) => {
    if (offset !== n) {
      for (const key of Object.keys(columns) as (keyof FrameColumns)[])
        columns[key].copyWithin(n, offset, offset + chunk.length);
      target.idStart.copyWithin(n, offset, offset + chunk.length);
      target.idHash.copyWithin(n, offset, offset + chunk.length);
    }
    renumber(columns.customer, n, n + chunk.length, remaps[c] as Int32Array);
    n += chunk.length;
  });
  return frameOf(
    bytes,
    layout,
    trimColumns(columns, n),
    target.idStart.subarray(0, n),
    target.idHash.subarray(0, n),
    emptyOpenOf(placed.map((p) => p.chunk)),
    customers,
    options
  );
}

/** The first row with an empty open amount over consecutive chunks, or -1. */
function emptyOpenOf(chunks: readonly CsvChunk[]): number {
  let offset = 0;
  for (const chunk of chunks) {
    if (chunk.emptyOpen >= 0) return offset + chunk.emptyOpen;
    offset += chunk.length;
  }
  return -1;
}

function frameOf(
  bytes: Uint8Array,
  layout: CsvLayout,
  columns: FrameColumns,
  idStart: Int32Array,
  idHash: Int32Array,
  emptyOpen: number,
  customers: CustomerInfo[],
  options: FrameOptions
): FastCsvFrame {
  deriveMissingDueDays(columns, customers, null, options.defaultTermDays ?? 30);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const { hasInvoiceId: hasIds, delimiter } = layout;
  return {
    length: columns.customer.length,
    ...columns,
    idStart,
    idHash,
    emptyOpen,
    customers,
    invoiceId: (i) => {
      if (!hasIds) return `row ${i + 2}`;
      const start = idStart[i] as number;
      let end = start;
      while (end < bytes.length && bytes[end] !== delimiter && bytes[end] !== 10) end++;
      if (end > start && bytes[end] === 10 && bytes[end - 1] === 13) end--;
      // Invoice numbers are short and nearly always ASCII: build the string without a decoder
      // call (a report may list tens of thousands of them).
      let id = "";
      for (let p = start; p < end; p++) {
        const c = bytes[p] as number;
        if (c >= 0x80 || end - start > 64) return decoder.decode(bytes.subarray(start, end));
        id += String.fromCharCode(c);
      }
      return id;
    },
    has: {
      kvk: false,
      vatId: false,
      iban: false,
      creditLimit: false,
      settledDate: layout.hasSettledDate,
    },
  };
}
