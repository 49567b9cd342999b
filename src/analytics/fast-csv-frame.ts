/**
 * The fast path from CSV bytes to a {@link ReceivablesFrame}, for plain machine-written exports of a
 * million rows: one header row, a comma / semicolon / tab delimiter, no quoted fields, ISO dates
 * (YYYY-MM-DD) and amounts with a decimal point. The bytes are scanned once, without decoding the
 * text, into typed columns (see {@link parseCsvChunk}); amounts are parsed digit by digit into integer
 * cents, so the sums stay exact. Anything it does not recognise throws {@link FastPathUnsupported}
 * naming the row, and the caller uses the full ledger reader (readLedgerFile) instead, which handles
 * every messy export and reports issues per row. A Node caller may parse parts of one file in worker
 * threads and join them with {@link frameFromCsvChunks}; the result is the same frame.
 */
import { parseCsvChunk, type CsvChunk } from "./fast-csv-chunk";
import { readCsvLayout, type CsvLayout } from "./fast-csv-layout";
import {
  allocateColumns,
  deriveMissingDueDays,
  type CustomerInfo,
  type FrameColumns,
  type FrameOptions,
  type ReceivablesFrame,
} from "./receivables-frame";

export { FastPathUnsupported } from "./fast-path-unsupported";

/** Reads `bytes` (UTF-8) into a frame; throws FastPathUnsupported for anything unusual. */
export function fastCsvFrame(bytes: Uint8Array, options: FrameOptions = {}): ReceivablesFrame {
  const layout = readCsvLayout(bytes);
  const chunk = parseCsvChunk(bytes, layout, layout.dataStart, bytes.length, 2);
  return frameFromCsvChunks(bytes, layout, [chunk], options);
}

function customerInfo(id: string): CustomerInfo {
  return {
    id,
    name: null,
    creditLimit: null,
    kvk: null,
    vatId: null,
    iban: null,
    debtorType: null,
    paymentTermDays: null,
  };
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
): ReceivablesFrame {
  const customers: CustomerInfo[] = [];
  const index = new Map<string, number>();
  let columns: FrameColumns;
  let idStart: Int32Array;
  let idEnd: Int32Array;
  const only = chunks.length === 1 ? chunks[0] : undefined;
  if (only !== undefined) {
    only.customerIds.forEach((id, k) => {
      const info = customerInfo(id);
      info.name = only.customerNames[k] ?? null;
      customers.push(info);
    });
    ({ columns, idStart, idEnd } = only);
  } else {
    const n = chunks.reduce((sum, c) => sum + c.length, 0);
    columns = allocateColumns(n, false); // every row is copied in below
    idStart = new Int32Array(n);
    idEnd = new Int32Array(n);
    let offset = 0;
    for (const chunk of chunks) {
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
      for (const key of Object.keys(columns) as (keyof FrameColumns)[])
        (columns[key] as { set(a: ArrayLike<number>, at: number): void }).set(
          chunk.columns[key],
          offset
        );
      const customer = columns.customer;
      for (let i = 0; i < chunk.length; i++)
        customer[offset + i] = remap[customer[offset + i] as number] as number;
      idStart.set(chunk.idStart, offset);
      idEnd.set(chunk.idEnd, offset);
      offset += chunk.length;
    }
  }
  deriveMissingDueDays(columns, customers, null, options.defaultTermDays ?? 30);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const hasIds = layout.hasInvoiceId;
  return {
    length: columns.customer.length,
    ...columns,
    customers,
    invoiceId: (i) => {
      if (!hasIds) return `row ${i + 2}`;
      const start = idStart[i] as number;
      const end = idEnd[i] as number;
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
