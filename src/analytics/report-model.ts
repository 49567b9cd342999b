/**
 * The receivables report model: everything the JSON, HTML and workbook reports show, computed from a
 * ledger on one day. Amounts are integer cents, days and percentages unrounded floats; the writers
 * round for display.
 */
import { arrangementStatus, type ArrangementPayment, type PaymentArrangement } from "../dunning";
import { toEpochDay, type IsoDay, DEFAULT_AGE_EDGES } from "../core";
import type { Ledger } from "../ledger";
import { ageing, type Ageing, type AgeingBasis } from "./ageing";
import { badDebtAt, type BadDebt } from "./bad-debt";
import { cashForecast, type CashForecast } from "./cash-forecast";
import { creditFlags, type CreditFlagOptions } from "./credit-flags";
import {
  DEFAULT_CREDIT_YIELD_INPUTS,
  creditYield,
  creditYieldBasis,
  type CreditYield,
  type CreditYieldInputs,
} from "./credit-yield";
import { customerTable, type CustomerRow } from "./customer-table";
import { dailySums, writtenOffAmount } from "./daily-sums";
import { receivableMetrics, type ReceivableMetrics } from "./dso";
import { frameFromLedger } from "./frame-from-ledger";
import { otherCurrencyTotals, type OtherCurrencyTotal } from "./other-currencies";
import { paymentBehaviour } from "./payment-behaviour";
import { reportControl, type ReportControl } from "./report-control";
import { historyOf, type LedgerHistory } from "./ledger-history";
import { NO_DAY, type FrameOptions, type ReceivablesFrame } from "./receivables-frame";
import { trends, type TrendPoint } from "./trends";
import { vatReliefCandidates, type VatReliefCandidate } from "./vat-relief-candidates";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;

/** Options of {@link buildReport}. */
export interface ReportOptions extends FrameOptions, CreditFlagOptions {
  /** The reporting day. */
  asOf: IsoDay;
  /** Ageing edges (default 30, 60, 90). */
  edges?: readonly number[];
  /** Age on days past due (default) or on invoice date. */
  basis?: AgeingBasis;
  /** Months for standard DSO, BPDSO and CEI (default 3). */
  months?: number;
  /** Months in the trends (default 13). */
  trendMonths?: number;
  /** Weeks in the cash-in forecast (default 13). */
  forecastWeeks?: number;
  /** VAT rate for the relief candidates (default 21). */
  vatRatePercent?: number;
  /** What better credit control yields: N, the interest rate and the bad-debt target (defaults: DEFAULT_CREDIT_YIELD_INPUTS). */
  creditYield?: CreditYieldInputs;
  /** Payment arrangements and what was paid under them, for the broken-arrangement flag. */
  arrangements?: readonly {
    arrangement: PaymentArrangement;
    payments: readonly ArrangementPayment[];
  }[];
}

/** The report model. */
export interface ReportModel {
  asOf: IsoDay;
  edges: readonly number[];
  basis: AgeingBasis;
  months: number;
  history: LedgerHistory;
  /** The currency of every amount in the report (ISO 4217, "EUR" unless the frame says otherwise). */
  currency: string;
  /** Rows in other currencies: their own totals and open items, in none of the figures. */
  otherCurrencies: OtherCurrencyTotal[];
  control: ReportControl;
  ageing: Ageing;
  metrics: ReceivableMetrics;
  badDebt: BadDebt;
  trends: TrendPoint[];
  customers: CustomerRow[];
  /** Customers in the ledger (the table keeps only those open or flagged). */
  customerCount: number;
  forecast: CashForecast;
  vatRelief: VatReliefCandidate[];
  /** What better credit control yields on these figures (cash released, financing, bad debt). */
  creditYield: CreditYield;
  frame: ReceivablesFrame;
}

/** The note for a window of `months` months without a settled invoice (nl and en). */
function noPaidInWindow(months: number): { nl: string; en: string } {
  const span = {
    nl: months === 1 ? "de maand" : `de ${months} maanden`,
    en: months === 1 ? "the month" : `the ${months} months`,
  };
  return {
    nl: `In ${span.nl} tot de peildatum staan geen betaalde facturen: zonder betaalhistorie in die maanden zijn DSO, BPDSO, ADD en CEI niet te berekenen.`,
    en: `No paid invoices in ${span.en} up to the as-of day: without a payment history in those months, DSO, BPDSO, ADD and CEI cannot be computed.`,
  };
}

/** Builds the report model of a typed ledger (see {@link buildReportFromFrame}). */
export function buildReport(ledger: Ledger, options: ReportOptions): ReportModel {
  return buildReportFromFrame(frameFromLedger(ledger, options), options);
}

function brokenArrangements(frame: ReceivablesFrame, options: ReportOptions): Int32Array {
  const counts = new Int32Array(frame.customers.length);
  if (options.arrangements === undefined || options.arrangements.length === 0) return counts;
  const index = new Map(frame.customers.map((c, k) => [c.id, k]));
  for (const { arrangement, payments } of options.arrangements ?? []) {
    const k = index.get(arrangement.customerId);
    if (k === undefined) continue;
    if (arrangementStatus(arrangement, payments, options.asOf).status === "late")
      counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}

/** Builds the report model of a frame on `options.asOf`. */
export function buildReportFromFrame(frame: ReceivablesFrame, options: ReportOptions): ReportModel {
  const d = toEpochDay(options.asOf);
  const edges = options.edges ?? DEFAULT_AGE_EDGES;
  const basis = options.basis ?? "due";
  const months = options.months ?? 3;
  const history = historyOf(frame);
  const sums = dailySums(frame);
  // One pass gives the ageing, the AR totals (arAt) and the over-60 per customer for the flags.
  const age = ageing(frame, d, { edges, basis, overdueBeyond: 60 });
  const totals = age.totals;
  const metricOptions = { months, payments: history.payments };
  const metrics = receivableMetrics(frame, sums, d, metricOptions, totals);
  // Without settled invoices in the window the DSO family is null (receivableMetrics): an open-items
  // list has no sales history. When the ledger has settled invoices, but none of these months, say so.
  if (history.sales && metrics.settledInWindow === 0) history.notes.push(noPaidInWindow(months));
  const behaviour = paymentBehaviour(frame, d);
  const over60 = age.customerOverdueBeyond as Float64Array;
  const broken = brokenArrangements(frame, options);
  const writtenOff = new Float64Array(frame.customers.length);
  const { writeOffDay, writtenOff: isWrittenOff, customer, length } = frame;
  for (let i = 0; i < length; i++) {
    if (isWrittenOff[i] !== 1) continue;
    const w = writeOffDay[i] as number;
    if (w === noDay || w <= d) {
      const k = customer[i] as number;
      writtenOff[k] = (writtenOff[k] as number) + writtenOffAmount(frame, i);
    }
  }
  const width = age.labels.length;
  const cells = age.customerBuckets;
  const rows: CustomerRow[] = frame.customers.map((info, k) => {
    const b = behaviour.customers[k] as (typeof behaviour.customers)[number];
    const exposure = age.customerTotal[k] as number;
    const buckets = new Array<number>(width);
    for (let j = 0; j < width; j++) buckets[j] = cells[k * width + j] as number;
    return {
      index: k,
      id: info.id,
      name: info.name,
      open: exposure,
      buckets,
      creditLimit: info.creditLimit,
      settled: b.settled,
      avgDaysLate: b.avgDaysLate,
      medianDaysLate: b.medianDaysLate,
      paidLatePct: b.paidLatePct,
      trend: b.trend,
      disputes: b.disputes,
      flags: creditFlags(
        {
          info,
          exposure,
          over60: over60[k] as number,
          behaviour: b,
          brokenArrangements: broken[k] as number,
          writtenOff: writtenOff[k] as number,
        },
        d,
        frame.has,
        options
      ),
    };
  });
  const model: Omit<ReportModel, "creditYield"> = {
    asOf: options.asOf,
    edges,
    basis,
    months,
    history,
    currency: frame.currency ?? "EUR",
    otherCurrencies: otherCurrencyTotals(frame),
    control: reportControl(frame, d, age, totals),
    ageing: age,
    metrics,
    badDebt: badDebtAt(sums, d),
    trends: history.sales
      ? trends(frame, sums, d, { ...metricOptions, count: options.trendMonths ?? 13 })
      : [],
    customers: customerTable(rows),
    customerCount: frame.customers.length,
    forecast: cashForecast(frame, behaviour, d, options.forecastWeeks ?? 13),
    vatRelief: vatReliefCandidates(frame, d, options.vatRatePercent ?? 21),
    frame,
  };
  const inputs = options.creditYield ?? DEFAULT_CREDIT_YIELD_INPUTS;
  return { ...model, creditYield: creditYield(creditYieldBasis(model), inputs) };
}
