/**
 * What a KPI of the report was computed from: the figures that went into it (AR, current, sales of
 * the window, the months counted back…) and the invoices behind it, per invoice and per customer,
 * from the same frame and the same day as the report model. The listed invoices add up to the
 * figure they stand for to the cent (AR, overdue, current or written off), so a controller can
 * check every KPI against the invoices. Pure: the texts are the documents' and the app's.
 */
import { fromEpochDay, toEpochDay, type IsoDay } from "../core";
import { arAt, openAt } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";
import { dailySums, salesBetween, writtenOffAmount } from "./daily-sums";
import { monthsBack, windowStart } from "./month-windows";
import type { ReportModel } from "./report-model";

const noDay = NO_DAY;

/** The KPIs on Overzicht that can be explained. */
export const KPI_KEYS = [
  "ar",
  "overduePct",
  "dsoCountback",
  "bpdso",
  "add",
  "cei",
  "badDebtRate12m",
] as const;

/** One KPI of Overzicht. */
export type KpiKey = (typeof KPI_KEYS)[number];

/** The figures a KPI can be computed from. */
export type KpiInputKey =
  | "ledgerOpen"
  | "ar"
  | "current"
  | "overdue"
  | "sales"
  | "days"
  | "settledInWindow"
  | "arAtStart"
  | "dsoStandard"
  | "bpdso"
  | "writtenOff12m"
  | "sales12m";

/** One figure that went into a KPI: cents, days or a count. */
export interface KpiInput {
  key: KpiInputKey;
  value: number;
  unit: "cents" | "days" | "count";
}

/** One month the countback DSO used: its last day, its sales, its days and how many were counted. */
export interface CountbackMonth {
  to: IsoDay;
  sales: number;
  days: number;
  /** Days counted for this month (all of them, or the fraction where the receivables ran out). */
  counted: number;
}

/** Which invoices stand behind a KPI. */
export type KpiBasisKind = "open" | "overdue" | "current" | "writtenOff12m";

/** One invoice behind a KPI, with the amount it contributes (open on the day, or written off). */
export interface KpiInvoice {
  customerId: string;
  customerName: string | null;
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  /** Cents this invoice contributes to the basis total. */
  amount: number;
  /** Days past due on the reporting day (negative: not yet due); null without a due date. */
  daysOverdue: number | null;
}

/** One customer behind a KPI: the sum of its invoices in the basis. */
export interface KpiCustomer {
  customerId: string;
  customerName: string | null;
  amount: number;
  invoices: number;
}

/** The explanation of one KPI on the report's day. */
export interface KpiExplanation {
  key: KpiKey;
  asOf: IsoDay;
  /** The KPI's value as the report has it (percent, days or cents); null: not computable. */
  value: number | null;
  inputs: KpiInput[];
  /** For the countback DSO: the months counted back, newest first. */
  countback: CountbackMonth[];
  basis: KpiBasisKind;
  /** Σ amount of {@link invoices}: equals the input of the same name (AR, overdue, current…). */
  basisTotal: number;
  /** Largest first, then by customer and invoice. */
  invoices: KpiInvoice[];
  /** Largest first. */
  customers: KpiCustomer[];
}

const BASIS: Record<KpiKey, KpiBasisKind> = {
  ar: "open",
  overduePct: "overdue",
  dsoCountback: "open",
  bpdso: "current",
  add: "overdue",
  cei: "overdue",
  badDebtRate12m: "writtenOff12m",
};

/** Does row `i` belong to `basis` on epoch day `d`; its amount then, else 0. */
function contribution(
  frame: ReceivablesFrame,
  i: number,
  d: number,
  basis: KpiBasisKind,
  after12m: number
): number {
  if (basis === "writtenOff12m") {
    const w = frame.writeOffDay[i] as number;
    if (frame.writtenOff[i] !== 1 || w === noDay || w <= after12m || w > d) return 0;
    return writtenOffAmount(frame, i);
  }
  const open = openAt(frame, i, d);
  if (open === 0 || basis === "open") return open;
  const due = frame.dueDay[i] as number;
  const current = due === noDay || due >= d;
  return (basis === "current") === current ? open : 0;
}

/** The invoices and customers of `basis` on epoch day `d`. */
function basisOf(frame: ReceivablesFrame, d: number, basis: KpiBasisKind) {
  const after12m = windowStart(d, 12);
  const invoices: KpiInvoice[] = [];
  const perCustomer = new Map<number, KpiCustomer>();
  let total = 0;
  for (let i = 0; i < frame.length; i++) {
    const amount = contribution(frame, i, d, basis, after12m);
    if (amount === 0) continue;
    const k = frame.customer[i] as number;
    const info = frame.customers[k]!;
    const invoiceDay = frame.invoiceDay[i] as number;
    const dueDay = frame.dueDay[i] as number;
    invoices.push({
      customerId: info.id,
      customerName: info.name,
      invoiceId: frame.invoiceId(i),
      invoiceDate: invoiceDay === noDay ? null : fromEpochDay(invoiceDay),
      dueDate: dueDay === noDay ? null : fromEpochDay(dueDay),
      amount,
      daysOverdue: dueDay === noDay ? null : d - dueDay,
    });
    total += amount;
    const c = perCustomer.get(k);
    if (c) {
      c.amount += amount;
      c.invoices += 1;
    } else
      perCustomer.set(k, { customerId: info.id, customerName: info.name, amount, invoices: 1 });
  }
  const byAmount = <T extends { amount: number; customerId: string }>(a: T, b: T) =>
    b.amount - a.amount || a.customerId.localeCompare(b.customerId);
  invoices.sort(
    (a, b) =>
      b.amount - a.amount ||
      a.customerId.localeCompare(b.customerId) ||
      a.invoiceId.localeCompare(b.invoiceId)
  );
  return { total, invoices, customers: [...perCustomer.values()].sort(byAmount) };
}

/** The months the countback DSO used on epoch day `d` for `ar` (as src/core's countbackDso). */
function countbackMonths(frame: ReceivablesFrame, d: number, ar: number): CountbackMonth[] {
  const sums = dailySums(frame);
  const months: CountbackMonth[] = [];
  let remaining = ar;
  for (const p of monthsBack(d, 24)) {
    if (remaining <= 0) break;
    const sales = salesBetween(sums, p.after, p.to);
    const whole = remaining >= sales;
    months.push({
      to: fromEpochDay(p.to),
      sales,
      days: p.days,
      counted: whole ? p.days : sales > 0 ? (remaining / sales) * p.days : 0,
    });
    remaining -= sales;
  }
  return months;
}

/**
 * Explains the KPI `key` of `report`: its value, the figures it was computed from and the invoices
 * (and customers) behind it, on the report's day and from the report's own frame.
 */
export function explainKpi(report: ReportModel, key: KpiKey): KpiExplanation {
  const frame = report.frame;
  const d = toEpochDay(report.asOf);
  const m = report.metrics;
  const cents = (k: KpiInputKey, value: number): KpiInput => ({ key: k, value, unit: "cents" });
  const window = [
    cents("sales", m.sales),
    { key: "days", value: m.days, unit: "days" } as KpiInput,
    { key: "settledInWindow", value: m.settledInWindow, unit: "count" } as KpiInput,
  ];
  const bad = report.badDebt.rolling12m;
  const inputs: Record<KpiKey, KpiInput[]> = {
    ar: [cents("ledgerOpen", report.control.ledgerOpen), cents("ar", m.ar)],
    overduePct: [cents("overdue", m.overdue), cents("ar", m.ar)],
    dsoCountback: [cents("ar", m.ar), ...window],
    bpdso: [cents("current", m.current), ...window],
    add: [
      { key: "dsoStandard", value: m.dsoStandard ?? Number.NaN, unit: "days" },
      { key: "bpdso", value: m.bpdso ?? Number.NaN, unit: "days" },
      cents("overdue", m.overdue),
      ...window,
    ].filter((x) => !Number.isNaN(x.value)) as KpiInput[],
    cei: [
      cents("arAtStart", arAt(frame, windowStart(d, report.months)).ar),
      cents("sales", m.sales),
      cents("ar", m.ar),
      cents("current", m.current),
    ],
    badDebtRate12m: [cents("writtenOff12m", bad.writtenOff), cents("sales12m", bad.sales)],
  };
  const values: Record<KpiKey, number | null> = {
    ar: m.ar,
    overduePct: m.overduePct,
    dsoCountback: m.dsoCountback,
    bpdso: m.bpdso,
    add: m.add,
    cei: m.cei,
    badDebtRate12m: report.history.sales ? bad.rate : null,
  };
  const basis = BASIS[key];
  const found = basisOf(frame, d, basis);
  return {
    key,
    asOf: report.asOf,
    value: values[key],
    inputs: inputs[key],
    countback:
      key === "dsoCountback" && m.dsoCountback !== null ? countbackMonths(frame, d, m.ar) : [],
    basis,
    basisTotal: found.total,
    invoices: found.invoices,
    customers: found.customers,
  };
}
