/**
 * The fast path from an .xlsx workbook to a {@link ReceivablesFrame}: the sheet's cells stream
 * (see {@link streamSheet}: shared strings once, dates through the workbook's date system) straight
 * into typed columns — no table of cells, no row objects, no ledger. As the CSV fast path, it reads
 * only a plain sheet, exactly as the full reader (readLedgerFile) would, and otherwise throws
 * {@link FastPathUnsupported} saying why; the caller then uses the full reader.
 *
 * Plain means: the header in the first row, read by the full reader itself together with the first
 * {@link SAMPLE_ROWS} data rows (no issue, only the fields the frame holds: invoice number,
 * customer, name, invoice/due/settled date, amount, open amount; an invoice-number, customer,
 * due-date, amount and open-amount column); then every row directly below the one before, with an invoice number (text without
 * spaces around it, not an Excel error, a total label or the header again; or a number), a customer
 * (the same), dates as date-formatted cells in 1950–2199 (a due date in every row), amounts and open
 * amounts as numbers the full reader reads to the cent, the open amount within the amount and of
 * its sign, no invoice number twice, sums that stay exact, no merged cells. Rows of nothing after
 * the last invoice are left out, as the full reader leaves them.
 */
import {
  allocateColumns,
  deriveMissingDueDays,
  frameFromLedger,
  NO_DAY,
  trimColumns,
  type CustomerInfo,
  type FrameColumns,
  type ReceivablesFrame,
} from "../../analytics";
import { parseAmount, toEpochDay, type IsoDay } from "../../core";
import { isExcelError, isTotalLabel, readLedger } from "../../ledger";
import { FAST_FIELDS } from "../fast-csv/fast-csv-layout";
import { FastPathUnsupported } from "../fast-csv/fast-path-unsupported";
import type { PlainCellValue } from "../plain-cell-value";
import { STREAM_LIMITS, type StreamLimits } from "./stream-budget";
import { openSheet, streamSheet, type SheetSink } from "./read-xlsx-stream";

/** The fields the frame holds, in the order of their role codes: the same as the CSV fast path. */
const FIELDS = FAST_FIELDS;
const INVOICE = 0;
const CUSTOMER = 1;
const NAME = 2;
const INVOICE_DAY = 3;
const DUE_DAY = 4;
const AMOUNT = 5;
const OPEN = 6;
const SETTLED_DAY = 7;

/** Data rows read by the full reader itself before the fast path takes over. */
export const SAMPLE_ROWS = 50;
/** The full reader flags years outside these. */
const FIRST_PLAUSIBLE = toEpochDay("1950-01-01" as IsoDay);
const LAST_PLAUSIBLE = toEpochDay("2199-12-31" as IsoDay);
const MS_PER_DAY = 86_400_000;

/** A frame read by {@link streamXlsxFrame}, with the sheet it came from. */
export interface XlsxFrame extends ReceivablesFrame {
  readonly sheet: string;
}

/** Where a column's cells go: role code per sheet column (0-based), -1 for columns not read. */
interface Layout {
  roles: Int8Array;
  /** Lower-case header texts of the invoice-number and customer columns (a repeated header). */
  invoiceHeader: string;
  customerHeader: string;
}

const describe = (value: PlainCellValue): string =>
  value instanceof Date ? value.toISOString() : JSON.stringify(value);

/** Collects the frame's columns, growing them as rows come. */
class FrameBuilder {
  length = 0;
  columns: FrameColumns = allocateColumns(1 << 16);
  readonly ids: string[] = [];
  readonly customers: CustomerInfo[] = [];
  private readonly customerIndex = new Map<string, number>();
  private readonly seen = new Set<string>();
  private amountSum = 0;
  private openSum = 0;
  settled = false;

  constructor(private readonly layout: Layout) {}

  private grow(): void {
    const bigger = allocateColumns(this.columns.customer.length * 2);
    for (const key of Object.keys(bigger) as (keyof FrameColumns)[])
      (bigger[key] as { set(a: ArrayLike<number>): void }).set(this.columns[key]);
    this.columns = bigger;
  }

  /** Adds sheet row `row` (its cells by 0-based column); throws FastPathUnsupported for a doubt. */
  add(cells: readonly PlainCellValue[], row: number): void {
    if (this.length === this.columns.customer.length) this.grow();
    const i = this.length;
    const { roles, invoiceHeader, customerHeader } = this.layout;
    const c = this.columns;
    let id: string | null = null;
    let customer: string | null = null;
    let name: string | null = null;
    let amount = NaN;
    let open = NaN;
    let due = NO_DAY;
    for (let k = 0; k < roles.length; k++) {
      const role = roles[k] as number;
      if (role < 0) continue;
      const value = cells[k] ?? null;
      switch (role) {
        case INVOICE:
          id = idText(value, row, "the invoice number", invoiceHeader, true);
          break;
        case CUSTOMER:
          customer = idText(value, row, "the customer", customerHeader, false);
          break;
        case NAME:
          name = nameText(value, row);
          break;
        case INVOICE_DAY:
          c.invoiceDay[i] = day(value, row, "invoice date", true);
          break;
        case DUE_DAY:
          due = day(value, row, "due date", false);
          break;
        case SETTLED_DAY: {
          const d = day(value, row, "settled date", true);
          c.settledDay[i] = d;
          if (d !== NO_DAY) this.settled = true;
          break;
        }
        case AMOUNT:
          amount = money(value, row, "amount");
          break;
        case OPEN:
          open = money(value, row, "open amount");
          break;
      }
    }
    if (id === null || customer === null)
      throw new FastPathUnsupported(`Row ${row}: no invoice number or customer.`);
    if (
      Math.abs(open) > Math.abs(amount) ||
      (open !== 0 && amount !== 0 && open < 0 !== amount < 0)
    )
      throw new FastPathUnsupported(`Row ${row}: the open amount does not fit the amount.`);
    this.amountSum += Math.abs(amount);
    this.openSum += Math.abs(open);
    if (!Number.isSafeInteger(this.amountSum) || !Number.isSafeInteger(this.openSum))
      throw new FastPathUnsupported(`Row ${row}: the sums would not stay exact to the cent.`);
    if (this.seen.size === this.seen.add(id).size)
      throw new FastPathUnsupported(`Row ${row}: invoice number "${id}" appears twice.`);
    let k = this.customerIndex.get(customer);
    if (k === undefined) {
      k = this.customers.length;
      this.customerIndex.set(customer, k);
      this.customers.push({
        id: customer,
        name: null,
        creditLimit: null,
        kvk: null,
        vatId: null,
        iban: null,
        debtorType: null,
        paymentTermDays: null,
      });
    }
    if (name !== null) (this.customers[k] as CustomerInfo).name = name;
    c.customer[i] = k;
    c.dueDay[i] = due;
    c.amount[i] = amount;
    c.open[i] = open;
    this.ids.push(id);
    this.length++;
  }
}

/** An invoice number or customer id as the full reader reads it without a doubt, else a throw. */
function idText(
  value: PlainCellValue,
  row: number,
  what: string,
  header: string,
  total: boolean
): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value === "" || value.trim() !== value || isExcelError(value))
    throw new FastPathUnsupported(`Row ${row}: ${what} ${describe(value)} needs the full reader.`);
  if ((total && isTotalLabel(value)) || value.toLowerCase() === header)
    throw new FastPathUnsupported(`Row ${row}: ${what} "${value}" is a total or a header.`);
  return value;
}

/** A customer name: text as written or a number's text, null when empty. */
function nameText(value: PlainCellValue, row: number): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() !== value || isExcelError(value))
    throw new FastPathUnsupported(`Row ${row}: the name ${describe(value)} needs the full reader.`);
  return value;
}

/** A date-formatted cell's epoch day (its UTC calendar day), NO_DAY when empty and allowed. */
function day(value: PlainCellValue, row: number, what: string, optional: boolean): number {
  if (value === null && optional) return NO_DAY;
  if (!(value instanceof Date))
    throw new FastPathUnsupported(`Row ${row}: the ${what} ${describe(value)} is not a date cell.`);
  const d = Math.floor(value.getTime() / MS_PER_DAY);
  if (!(d >= FIRST_PLAUSIBLE && d <= LAST_PLAUSIBLE))
    throw new FastPathUnsupported(`Row ${row}: the ${what} is outside 1950–2199.`);
  return d;
}

/** A number cell in cents, as the full reader reads it. */
function money(value: PlainCellValue, row: number, what: string): number {
  if (typeof value === "number") {
    const read = parseAmount(value);
    if (read.ok) return read.cents === 0 ? 0 : read.cents; // never -0
  }
  throw new FastPathUnsupported(
    `Row ${row}: the ${what} ${describe(value)} is not a plain amount.`
  );
}

/**
 * The layout of the sheet from its first rows (`values`, the header and up to SAMPLE_ROWS data rows)
 * read by the full reader itself, and that reader's frame of them; throws FastPathUnsupported when
 * the full reader reads them differently than the fast path would or has any doubt.
 */
function sampleLayout(
  values: PlainCellValue[][],
  dateSystem: 1900 | 1904
): { layout: Layout; slow: ReceivablesFrame } {
  const read = readLedger(values, { dateSystem });
  if (read.headerRow !== 1) throw new FastPathUnsupported("The header is not in the first row.");
  if (read.issues.length > 0)
    throw new FastPathUnsupported(`The full reader has doubts: ${read.issues[0]?.message}`);
  const width = Math.max(0, ...read.columns.map((c) => c.index + 1));
  const roles = new Int8Array(width).fill(-1);
  const headers: string[] = [];
  for (const column of read.columns) {
    const role = FIELDS.indexOf(column.field);
    if (role < 0)
      throw new FastPathUnsupported(
        `Column "${column.header}" (${column.field}) needs the full reader.`
      );
    roles[column.index] = role;
    headers[role] = column.header.toLowerCase();
  }
  for (const needed of [INVOICE, CUSTOMER, DUE_DAY, AMOUNT, OPEN])
    if (!roles.includes(needed))
      throw new FastPathUnsupported(`The sheet has no ${FIELDS[needed]} column.`);
  return {
    layout: {
      roles,
      invoiceHeader: headers[INVOICE] ?? "",
      customerHeader: headers[CUSTOMER] ?? "",
    },
    slow: frameFromLedger(read.ledger),
  };
}

/** The first rows of `fast` equal the full reader's frame of them. */
function sameStart(fast: FrameBuilder, slow: ReceivablesFrame): void {
  const c = fast.columns;
  for (let i = 0; i < slow.length; i++) {
    const same =
      slow.invoiceId(i) === fast.ids[i] &&
      slow.customers[slow.customer[i] as number]?.id ===
        fast.customers[c.customer[i] as number]?.id &&
      (["invoiceDay", "dueDay", "settledDay", "amount", "open"] as const).every(
        (k) => slow[k][i] === c[k][i]
      );
    if (!same) throw new FastPathUnsupported(`Row ${i + 2} is read differently.`);
  }
}

/** The sink that turns the streamed rows into the frame. */
class FrameSink implements SheetSink {
  private sample: PlainCellValue[][] | null = [];
  private builder: FrameBuilder | null = null;
  private slow: ReceivablesFrame | null = null;
  private row: PlainCellValue[] = [];
  private rowNumber = 0;
  private last = 0;
  /** The first row of nothing seen after the data began (rows of nothing may only end the sheet). */
  private blank = 0;

  constructor(private readonly dateSystem: 1900 | 1904) {}

  startRow(r: number): void {
    this.rowNumber = r;
    this.row.length = 0;
  }

  cell(column: number, value: PlainCellValue): void {
    while (this.row.length < column - 1) this.row.push(null);
    this.row[column - 1] = value;
  }

  endRow(): void {
    const r = this.rowNumber;
    if (this.row.length === 0) {
      if (this.blank === 0) this.blank = r;
      return;
    }
    if (this.blank !== 0) throw new FastPathUnsupported(`Row ${this.blank} is empty.`);
    if (r !== this.last + 1) throw new FastPathUnsupported(`Row ${this.last + 1} is empty.`);
    this.last = r;
    if (this.sample !== null) {
      this.sample.push(this.row.slice());
      if (this.sample.length > SAMPLE_ROWS) this.startFrame();
    } else (this.builder as FrameBuilder).add(this.row, r);
  }

  merge(): void {
    throw new FastPathUnsupported("The sheet has merged cells.");
  }

  /** The sample is complete: the full reader decides the layout, the fast path reads the rows. */
  private startFrame(): void {
    const sample = this.sample as PlainCellValue[][];
    this.sample = null;
    const { layout, slow } = sampleLayout(sample, this.dateSystem);
    this.slow = slow;
    this.builder = new FrameBuilder(layout);
    for (let k = 1; k < sample.length; k++) this.builder.add(sample[k] as PlainCellValue[], k + 1);
  }

  finish(): FrameBuilder {
    if (this.sample !== null) {
      if (this.sample.length < 2) throw new FastPathUnsupported("The sheet has no data rows.");
      this.startFrame();
    }
    const builder = this.builder as FrameBuilder;
    sameStart(builder, this.slow as ReceivablesFrame);
    return builder;
  }
}

/**
 * Reads sheet `sheetName` (or the first visible sheet) of the workbook `bytes` into a frame, when
 * it is plain enough to read exactly as the full reader (see the module comment); throws
 * FastPathUnsupported naming why not, LedgerFileError as streamXlsxValues does. Pure apart from
 * the bytes it is given.
 */
export async function streamXlsxFrame(
  bytes: Uint8Array,
  fileName: string,
  sheetName?: string,
  limits: StreamLimits = STREAM_LIMITS
): Promise<XlsxFrame> {
  const opened = await openSheet(bytes, fileName, sheetName, limits);
  const sink = new FrameSink(opened.date1904 ? 1904 : 1900);
  await streamSheet(opened, fileName, sink);
  const built = sink.finish();
  const n = built.length;
  const columns = trimColumns(built.columns, n);
  deriveMissingDueDays(columns, built.customers, null, 30);
  const ids = built.ids;
  return {
    length: n,
    ...columns,
    customers: built.customers,
    invoiceId: (i) => ids[i] ?? "",
    has: {
      kvk: false,
      vatId: false,
      iban: false,
      creditLimit: false,
      settledDate: built.settled,
    },
    sheet: opened.sheet.name,
  };
}
