// The text-based fast CSV reader as it was before the byte scanner (kept verbatim as the oracle for
// test/analytics/fast-csv-frame.test.ts: the byte scanner must give the same frames).
/**
 * The fast path from CSV bytes to a {@link ReceivablesFrame}, for plain machine-written exports of a
 * million rows: one header row, a comma / semicolon / tab delimiter, no quoted fields, ISO dates
 * (YYYY-MM-DD) and amounts with a decimal point. It scans the decoded text once and writes typed
 * columns directly (no row objects, no per-cell strings except customer and invoice ids), with
 * amounts parsed digit by digit into integer cents, so the sums stay exact. Anything it does not
 * recognise throws {@link FastPathUnsupported} naming the row, and the caller uses the full ledger
 * reader (readLedgerFile) instead, which handles every messy export and reports issues per row.
 */
import { detectHeader, type LedgerField } from "../../src/ledger";
import {
  allocateColumns,
  deriveMissingDueDays,
  NO_DAY,
  trimColumns,
  type CustomerInfo,
  type FrameOptions,
  type ReceivablesFrame,
} from "../../src/analytics";

/** The file is not plain enough for the fast path; use the full reader. */
export class FastPathUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FastPathUnsupported";
  }
}

const FIELDS: readonly LedgerField[] = [
  "invoiceId",
  "customerId",
  "customerName",
  "invoiceDate",
  "dueDate",
  "amount",
  "openAmount",
  "settledDate",
];

/** Days from civil (Hinnant), inline for speed; month 1..12. */
function epochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads `bytes` (UTF-8) into a frame; throws FastPathUnsupported for anything unusual. */
export function referenceCsvFrame(bytes: Uint8Array, options: FrameOptions = {}): ReceivablesFrame {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes('"')) throw new FastPathUnsupported("The file has quoted fields.");
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const headerEnd = text.indexOf("\n", pos);
  if (headerEnd < 0) throw new FastPathUnsupported("The file has no data rows.");
  const headerLine = text.slice(pos, headerEnd).replace(/\r$/, "");
  const delimiter = [",", ";", "\t"].reduce((best, d) =>
    headerLine.split(d).length > headerLine.split(best).length ? d : best
  );
  const headers = headerLine.split(delimiter);
  const detected = detectHeader([headers], { firstRow: 1 });
  const index = new Map(detected.columns.map((c) => [c.field, c.index]));
  for (const column of detected.columns) {
    if (!FIELDS.includes(column.field))
      throw new FastPathUnsupported(
        `Column "${column.header}" (${column.field}) needs the full reader.`
      );
  }
  const role = new Int8Array(headers.length).fill(-1);
  FIELDS.forEach((field, k) => {
    const i = index.get(field);
    if (i !== undefined) role[i] = k;
  });
  if (!index.has("customerId") || !index.has("amount"))
    throw new FastPathUnsupported("The fast path needs a customer and an amount column.");
  const delim = delimiter.charCodeAt(0);
  pos = headerEnd + 1;

  let capacity = Math.max(1024, Math.ceil(text.length / 40));
  let cols = allocateColumns(capacity);
  // Where each row's invoice id is in the text: cut out only when a report lists the invoice.
  let idStart = new Int32Array(capacity);
  let idEnd = new Int32Array(capacity);
  const customerIndex = new Map<string, number>();
  const customers: CustomerInfo[] = [];
  let n = 0;
  let row = 1;
  const hasOpen = index.has("openAmount");
  const len = text.length;
  while (pos < len) {
    row++;
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = len;
    let end = lineEnd;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (end === pos) {
      pos = lineEnd + 1;
      continue;
    }
    if (n === capacity) {
      capacity *= 2;
      const bigger = allocateColumns(capacity);
      for (const key of Object.keys(cols) as (keyof typeof cols)[])
        (bigger[key] as { set(a: ArrayLike<number>): void }).set(cols[key]);
      cols = bigger;
      const s = new Int32Array(capacity);
      s.set(idStart);
      idStart = s;
      const e = new Int32Array(capacity);
      e.set(idEnd);
      idEnd = e;
    }
    let field = 0;
    let start = pos;
    let open = NaN;
    for (let p = pos; p <= end; p++) {
      if (p < end && text.charCodeAt(p) !== delim) continue;
      const r = field < role.length ? (role[field] as number) : -1;
      if (r >= 0) {
        switch (r) {
          case 0: // invoiceId
            idStart[n] = start;
            idEnd[n] = p;
            break;
          case 1: {
            // customerId
            const id = text.slice(start, p);
            let k = customerIndex.get(id);
            if (k === undefined) {
              k = customers.length;
              customerIndex.set(id, k);
              customers.push({
                id,
                name: null,
                creditLimit: null,
                kvk: null,
                vatId: null,
                iban: null,
                debtorType: null,
                paymentTermDays: null,
              });
            }
            cols.customer[n] = k;
            break;
          }
          case 2: // customerName
            if (p > start)
              (customers[cols.customer[n] as number] as CustomerInfo).name = text.slice(start, p);
            break;
          case 3: // invoiceDate
            cols.invoiceDay[n] = parseDay(text, start, p, row);
            break;
          case 4: // dueDate
            cols.dueDay[n] = parseDay(text, start, p, row);
            break;
          case 7: // settledDate
            cols.settledDay[n] = parseDay(text, start, p, row);
            break;
          case 5: // amount
            cols.amount[n] = parseCents(text, start, p, row);
            break;
          case 6: // openAmount
            open = p > start ? parseCents(text, start, p, row) : NaN;
            break;
        }
      }
      field++;
      start = p + 1;
    }
    const amount = cols.amount[n] as number;
    cols.open[n] =
      hasOpen && !Number.isNaN(open) ? open : cols.settledDay[n] !== NO_DAY ? 0 : amount;
    n++;
    pos = lineEnd + 1;
  }
  const hasIds = index.has("invoiceId");
  const trimmed = trimColumns(cols, n);
  deriveMissingDueDays(trimmed, customers, null, options.defaultTermDays ?? 30);
  return {
    length: n,
    ...trimmed,
    customers,
    invoiceId: (i) => (hasIds ? text.slice(idStart[i], idEnd[i]) : `row ${i + 2}`),
    has: {
      kvk: false,
      vatId: false,
      iban: false,
      creditLimit: false,
      settledDate: index.has("settledDate"),
    },
  };
}

function digit(text: string, p: number): number {
  const c = text.charCodeAt(p) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function parseDay(text: string, start: number, end: number, row: number): number {
  if (end === start) return NO_DAY;
  if (
    end - start === 10 &&
    text.charCodeAt(start + 4) === 45 &&
    text.charCodeAt(start + 7) === 45
  ) {
    const y =
      digit(text, start) * 1000 +
      digit(text, start + 1) * 100 +
      digit(text, start + 2) * 10 +
      digit(text, start + 3);
    const m = digit(text, start + 5) * 10 + digit(text, start + 6);
    const d = digit(text, start + 8) * 10 + digit(text, start + 9);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    if (
      y >= 1000 &&
      m >= 1 &&
      m <= 12 &&
      d >= 1 &&
      d <= (m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m] as number))
    )
      return epochDay(y, m, d);
  }
  throw new FastPathUnsupported(`Row ${row}: "${text.slice(start, end)}" is not an ISO day.`);
}

/** "-1234.5" -> -123450; digits and at most 2 decimals after a point, nothing else. */
function parseCents(text: string, start: number, end: number, row: number): number {
  let p = start;
  let negative = false;
  if (text.charCodeAt(p) === 45) {
    negative = true;
    p++;
  }
  let whole = 0;
  let digits = 0;
  for (; p < end; p++) {
    const c = digit(text, p);
    if (c < 0) break;
    whole = whole * 10 + c;
    digits++;
  }
  let fraction = 0;
  if (p < end && text.charCodeAt(p) === 46) {
    p++;
    const a = p < end ? digit(text, p++) : 0;
    const b = p < end ? digit(text, p++) : 0;
    fraction = a * 10 + b;
    if (a < 0 || b < 0) p = -1;
  }
  if (digits === 0 || p !== end || digits > 13)
    throw new FastPathUnsupported(`Row ${row}: "${text.slice(start, end)}" is not a plain amount.`);
  const value = whole * 100 + fraction;
  return negative ? -value : value;
}
