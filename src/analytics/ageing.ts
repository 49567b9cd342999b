/**
 * Ageing per customer and in total on a day: every open item in exactly one bucket, so the buckets
 * add up to the open total to the cent, credit notes included (they age like invoices and show as
 * negative amounts). Items without a due date are aged on invoice date + payment term (marked in the
 * frame); items without any date go to a separate "no date" bucket rather than being hidden.
 */
import { validateAgeEdges, DEFAULT_AGE_EDGES, ageBucketLabels } from "../core/ageing";
import { openAt } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

/** What days are counted from: the due date (days overdue, the default) or the invoice date. */
export type AgeingBasis = "due" | "invoice";

/** Options of {@link ageing}. */
export interface AgeingOptions {
  /** Bucket edges in days (default 30, 60, 90). */
  edges?: readonly number[];
  basis?: AgeingBasis;
}

/** An ageing: bucket labels, totals and one row of buckets per customer (cents). */
export interface Ageing {
  /** "Not due", "1-30", …, "90+", and "No date" last. */
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
}

/**
 * Ages `frame` on epoch day `d`. One pass; the bucket of a day count is looked up in a table, so
 * the per-row cost is a few array reads.
 */
export function ageing(frame: ReceivablesFrame, d: number, options: AgeingOptions = {}): Ageing {
  const edges = validateAgeEdges(options.edges ?? DEFAULT_AGE_EDGES);
  const labels = [...ageBucketLabels(edges), "No date"];
  const width = labels.length;
  const undatedBucket = width - 1;
  const lastEdge = edges[edges.length - 1] as number;
  // lookup[days] for 0..lastEdge+1; beyond it the last dated bucket.
  const lookup = new Uint8Array(lastEdge + 2);
  for (let days = 1, b = 1; days <= lastEdge + 1; days++) {
    if (days > (edges[b - 1] ?? Infinity)) b++;
    lookup[days] = b;
  }
  const overBucket = edges.length + 1;
  const byInvoice = options.basis === "invoice";
  const nCustomers = frame.customers.length;
  const buckets = new Float64Array(width);
  const customerTotal = new Float64Array(nCustomers);
  const customerBuckets = new Float64Array(nCustomers * width);
  let items = 0;
  let derivedItems = 0;
  let derivedAmount = 0;
  const { customer, dueDay, invoiceDay, dueDerived, length } = frame;
  for (let i = 0; i < length; i++) {
    const open = openAt(frame, i, d);
    if (open === 0) continue;
    items++;
    const from = byInvoice ? (invoiceDay[i] as number) : (dueDay[i] as number);
    let b: number;
    if (from === NO_DAY) b = undatedBucket;
    else {
      const days = d - from;
      b = days <= 0 ? 0 : days > lastEdge ? overBucket : (lookup[days] as number);
    }
    if (dueDerived[i] === 1 && !byInvoice) {
      derivedItems++;
      derivedAmount += open;
    }
    const k = customer[i] as number;
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
  };
}
