/**
 * Ageing per customer and in total on a day: every open item in exactly one bucket, so the buckets
 * add up to the open total to the cent, credit notes included (they age like invoices and show as
 * negative amounts). Items without a due date are aged on invoice date + payment term (marked in the
 * frame); items without any date go to a separate "no date" bucket rather than being hidden.
 */
import { validateAgeEdges, DEFAULT_AGE_EDGES, ageBucketLabels } from "../core";
import { openAt, type ArTotals } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** What days are counted from: the due date (days overdue, the default) or the invoice date. */
export type AgeingBasis = "due" | "invoice";

/** Options of {@link ageing}. */
export interface AgeingOptions {
  /** Bucket edges in days (default 30, 60, 90). */
  edges?: readonly number[];
  basis?: AgeingBasis;
  /**
   * Also sum, per customer, what is more than this many days past due (the credit flag's "over 60"),
   * in the same pass; see {@link Ageing.customerOverdueBeyond}.
   */
  overdueBeyond?: number;
}

/** An ageing: bucket labels, totals and one row of buckets per customer (cents). */
export interface Ageing {
  /** "Not due", "1-30", …, "90+" (on the invoice date "0-30", …, "90+"), and "No date" last. */
  labels: string[];
  /** Σ per bucket. */
  buckets: Float64Array;
  total: number;
  /** Open items counted (non-zero open amount). */
  items: number;
  /** Open per customer. */
  customerTotal: Float64Array;
  /** customer k, bucket b at [k * labels.length + b]. */
  customerBuckets: Float64Array;
  /** Open items aged on invoice date + term because they had no due date. */
  derivedDue: { items: number; amount: number };
  /** AR, current, overdue and over 90 days on the due date, as {@link arAt} gives them. */
  totals: ArTotals;
  /** Per customer, open more than `options.overdueBeyond` days past due (null without it). */
  customerOverdueBeyond: Float64Array | null;
}

/**
 * The labels of the dated buckets. On the due date (days overdue): "Not due", "1-30", "31-60",
 * "61-90", "90+". On the invoice date (age since invoicing) nothing is "not due" and an open item is
 * at least 0 days old (an invoice dated after D is not open at D), so the first bucket runs from day 0:
 * "0-30", "31-60", "61-90", "90+" — the usual ageing on invoice date, one bucket fewer.
 */
function ageingLabels(edges: readonly number[], byInvoice: boolean): string[] {
  const labels = ageBucketLabels(edges);
  if (!byInvoice) return labels;
  return [`0-${edges[0] as number}`, ...labels.slice(2)];
}

/**
 * Ages `frame` on epoch day `d`. One pass; the bucket of a day count is looked up in a table, so
 * the per-row cost is a few array reads.
 */
export function ageing(frame: ReceivablesFrame, d: number, options: AgeingOptions = {}): Ageing {
  const edges = validateAgeEdges(options.edges ?? DEFAULT_AGE_EDGES);
  const byInvoice = options.basis === "invoice";
  const labels = [...ageingLabels(edges, byInvoice), "No date"];
  const width = labels.length;
  const undatedBucket = width - 1;
  const lastEdge = edges[edges.length - 1] as number;
  // On the due date bucket 0 is "not due" (0 or fewer days) and bucket 1 starts at day 1; on the
  // invoice date an open item is 0 days old or more, and day 0 belongs to the first edge's bucket.
  const first = byInvoice ? 0 : 1;
  // lookup[days] for 0..lastEdge+1; beyond it the last dated bucket.
  const lookup = new Uint8Array(lastEdge + 2);
  for (let days = 1, b = 1; days <= lastEdge + 1; days++) {
    if (days > (edges[b - 1] ?? Infinity)) b++;
    lookup[days] = b - 1 + first;
  }
  const overBucket = edges.length + first;
  const nCustomers = frame.customers.length;
  const buckets = new Float64Array(width);
  const customerTotal = new Float64Array(nCustomers);
  const customerBuckets = new Float64Array(nCustomers * width);
  let items = 0;
  let derivedItems = 0;
  let derivedAmount = 0;
  let current = 0;
  let over90 = 0;
  const beyond = options.overdueBeyond ?? Infinity;
  const customerOverdueBeyond =
    options.overdueBeyond === undefined ? null : new Float64Array(nCustomers);
  const { customer, dueDay, invoiceDay, dueDerived, length } = frame;
  for (let i = 0; i < length; i++) {
    const open = openAtRow(frame, i, d);
    if (open === 0) continue;
    items++;
    const from = byInvoice ? (invoiceDay[i] as number) : (dueDay[i] as number);
    let b: number;
    if (from === noDay) b = undatedBucket;
    else {
      const days = d - from;
      b = days <= 0 ? 0 : days > lastEdge ? overBucket : (lookup[days] as number);
    }
    if (dueDerived[i] === 1 && !byInvoice) {
      derivedItems++;
      derivedAmount += open;
    }
    const k = customer[i] as number;
    // The totals on the due date whatever the basis (arAt: no due date counts as current).
    const due = dueDay[i] as number;
    if (due === noDay || due >= d) current += open;
    else {
      if (d - due > 90) over90 += open;
      if (d - due > beyond && customerOverdueBeyond !== null)
        customerOverdueBeyond[k] = (customerOverdueBeyond[k] as number) + open;
    }
    buckets[b] = (buckets[b] as number) + open;
    customerTotal[k] = (customerTotal[k] as number) + open;
    const cell = k * width + b;
    customerBuckets[cell] = (customerBuckets[cell] as number) + open;
  }
  let total = 0;
  for (const amount of buckets) total += amount;
  return {
    labels,
    buckets,
    total,
    items,
    customerTotal,
    customerBuckets,
    derivedDue: { items: derivedItems, amount: derivedAmount },
    totals: { ar: total, current, overdue: total - current, over90 },
    customerOverdueBeyond,
  };
}
