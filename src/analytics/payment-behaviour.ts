/**
 * Payment behaviour per customer (betaalmoraal) from the invoices settled in the last 12 months: how
 * many days after the due date they were paid (negative = early), the share paid late, and the trend
 * (the last 3 months against the 9 before). Plus the portfolio's days-late distribution, which the
 * cash-in forecast uses.
 */
import { windowStart } from "./month-windows";
import { openAt } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** One customer's behaviour; days-late figures are null without settled invoices. */
export interface CustomerBehaviour {
  settled: number;
  avgDaysLate: number | null;
  medianDaysLate: number | null;
  /** Percentage of settled invoices paid after the due date. */
  paidLatePct: number | null;
  /** Average days late in the last 3 months minus that of the 9 months before (positive = worse). */
  trend: number | null;
  recentAvgDaysLate: number | null;
  earlierAvgDaysLate: number | null;
  /** Open disputed items on the day, and their amount (cents). */
  disputes: number;
  disputedAmount: number;
  /** First invoice date (epoch day) and amount of the customer's first invoice. */
  firstInvoiceDay: number;
  firstInvoiceAmount: number;
}

/** Behaviour of every customer plus the portfolio's days late (sorted). */
export interface PaymentBehaviour {
  customers: CustomerBehaviour[];
  /** Days late of every invoice settled in the 12 months, sorted ascending. */
  portfolioDaysLate: Int32Array;
  portfolioMedian: number | null;
}

const NONE: number[] = [];

/** The median of sorted values. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Payment behaviour on epoch day `d`. */
export function paymentBehaviour(frame: ReceivablesFrame, d: number): PaymentBehaviour {
  const yearStart = windowStart(d, 12);
  const recentStart = windowStart(d, 3);
  const n = frame.customers.length;
  // Days late per customer, created on a customer's first settled invoice (an open-items list has
  // none, and 20,000 empty arrays are not free).
  const lists: (number[] | undefined)[] = new Array<number[] | undefined>(n).fill(undefined);
  const recentSum = new Float64Array(n);
  const recentCount = new Int32Array(n);
  const disputes = new Int32Array(n);
  const disputedAmount = new Float64Array(n);
  const firstDay = new Int32Array(n).fill(2147483647);
  const firstAmount = new Float64Array(n);
  const all: number[] = [];
  const { settledDay, dueDay, customer, invoiceDay, length } = frame;
  for (let i = 0; i < length; i++) {
    const k = customer[i] as number;
    const inv = invoiceDay[i] as number;
    if (inv !== noDay && inv <= d && inv < (firstDay[k] as number)) {
      firstDay[k] = inv;
      firstAmount[k] = frame.amount[i] as number;
    }
    if (frame.disputed[i] === 1) {
      const open = openAtRow(frame, i, d);
      if (open !== 0) {
        disputes[k] = (disputes[k] as number) + 1;
        disputedAmount[k] = (disputedAmount[k] as number) + open;
      }
    }
    const s = settledDay[i] as number;
    const due = dueDay[i] as number;
    if (s === noDay || due === noDay || s <= yearStart || s > d || frame.amount[i]! <= 0) continue;
    const late = s - due;
    const list = lists[k];
    if (list === undefined) lists[k] = [late];
    else list.push(late);
    all.push(late);
    if (s > recentStart) {
      recentSum[k] = (recentSum[k] as number) + late;
      recentCount[k] = (recentCount[k] as number) + 1;
    }
  }
  const customers = lists.map((list = NONE, k): CustomerBehaviour => {
    const count = list.length;
    let sum = 0;
    let late = 0;
    for (const x of list) {
      sum += x;
      if (x > 0) late++;
    }
    const rc = recentCount[k] as number;
    const recent = rc > 0 ? (recentSum[k] as number) / rc : null;
    const earlier = count - rc > 0 ? (sum - (recentSum[k] as number)) / (count - rc) : null;
    const first = firstDay[k] as number;
    return {
      settled: count,
      avgDaysLate: count > 0 ? sum / count : null,
      medianDaysLate: medianOfSorted(list.sort((a, b) => a - b)),
      paidLatePct: count > 0 ? (late / count) * 100 : null,
      trend: recent !== null && earlier !== null ? recent - earlier : null,
      recentAvgDaysLate: recent,
      earlierAvgDaysLate: earlier,
      disputes: disputes[k] as number,
      disputedAmount: disputedAmount[k] as number,
      firstInvoiceDay: first === 2147483647 ? noDay : first,
      firstInvoiceAmount: firstAmount[k] as number,
    };
  });
  const portfolioDaysLate = Int32Array.from(all).sort();
  return { customers, portfolioDaysLate, portfolioMedian: medianOfSorted(portfolioDaysLate) };
}
