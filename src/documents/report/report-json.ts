/**
 * The JSON form of the report model (`openstaand report --json`): amounts in euros with 2 decimals,
 * days and percentages with 2 decimals, days as ISO text, flag reasons in the chosen language.
 * Every amount is in `currency` (euro), except those under `otherCurrencies`, which are in the
 * currency each names (units of it with 2 decimals) and in none of the other figures.
 */
import { isoOf, type ReportModel } from "../../analytics";
import { creditYieldText } from "./credit-yield-text";

/** Euros from cents: cents are whole numbers, so /100 prints with at most 2 decimals. */
export const euros = (c: number): number => (c === 0 ? 0 : c / 100);

/** A day count or percentage with 2 decimals; null stays null. */
export const twoDecimals = (x: number | null): number | null =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100 || 0;

/** The JSON object of `model`. */
export function reportJson(model: ReportModel, lang: "nl" | "en" = "nl") {
  const { ageing: age, metrics, control } = model;
  const labels = age.labels;
  return {
    asOf: model.asOf,
    basis: model.basis,
    edges: [...model.edges],
    months: model.months,
    history: {
      sales: model.history.sales,
      payments: model.history.payments,
      firstInvoice: model.history.firstInvoice,
      lastInvoice: model.history.lastInvoice,
      notes: model.history.notes.map((note) => note[lang]),
    },
    currency: model.currency,
    otherCurrencies: model.otherCurrencies.map((o) => ({
      currency: o.currency,
      rows: o.rows,
      amount: euros(o.amount),
      open: euros(o.open),
      inFigures: false,
      openItems: o.openItems.map((item) => ({
        invoice: item.invoiceId,
        customer: item.customerId,
        name: item.customerName,
        due: item.dueDate,
        open: euros(item.open),
      })),
    })),
    control: {
      rows: control.rows,
      ledgerOpen: euros(control.ledgerOpen),
      invoicedAfterAsOf: euros(control.invoicedAfter),
      writtenOff: euros(control.writtenOff),
      settledAfterAsOf: euros(control.settledAfter),
      settledButListedOpen: euros(control.settledButListedOpen),
      ar: euros(control.ar),
      agedTotal: euros(control.agedTotal),
      reconciles: control.reconciles,
    },
    ageing: {
      total: euros(age.total),
      items: age.items,
      buckets: labels.map((label, b) => ({ label, amount: euros(age.buckets[b] as number) })),
      derivedDueDates: { items: age.derivedDue.items, amount: euros(age.derivedDue.amount) },
    },
    metrics: {
      ar: euros(metrics.ar),
      currentAr: euros(metrics.current),
      overdue: euros(metrics.overdue),
      sales: euros(metrics.sales),
      salesDays: metrics.days,
      dsoCountback: twoDecimals(metrics.dsoCountback),
      dsoStandard: twoDecimals(metrics.dsoStandard),
      bpdso: twoDecimals(metrics.bpdso),
      add: twoDecimals(metrics.add),
      cei: twoDecimals(metrics.cei),
      overduePct: twoDecimals(metrics.overduePct),
      over90Pct: twoDecimals(metrics.over90Pct),
      badDebtRate12m: model.history.sales ? twoDecimals(model.badDebt.rolling12m.rate) : null,
      writtenOff12m: euros(model.badDebt.rolling12m.writtenOff),
    },
    trends: model.trends.map(({ metrics: m, badDebt }) => ({
      monthEnd: isoOf(m.day),
      ar: euros(m.ar),
      dsoCountback: twoDecimals(m.dsoCountback),
      dsoStandard: twoDecimals(m.dsoStandard),
      bpdso: twoDecimals(m.bpdso),
      add: twoDecimals(m.add),
      cei: twoDecimals(m.cei),
      overduePct: twoDecimals(m.overduePct),
      over90Pct: twoDecimals(m.over90Pct),
      badDebtRate: twoDecimals(badDebt.month.rate),
      badDebtRate12m: twoDecimals(badDebt.rolling12m.rate),
    })),
    customerCount: model.customerCount,
    customers: model.customers.map((row) => ({
      id: row.id,
      name: row.name,
      open: euros(row.open),
      buckets: row.buckets.map(euros),
      creditLimit: row.creditLimit === null ? null : euros(row.creditLimit),
      settled12m: row.settled,
      avgDaysLate: twoDecimals(row.avgDaysLate),
      medianDaysLate: twoDecimals(row.medianDaysLate),
      paidLatePct: twoDecimals(row.paidLatePct),
      trendDays: twoDecimals(row.trend),
      disputes: row.disputes,
      flags: row.flags.map((flag) => ({ code: flag.code, reason: flag.reason[lang] })),
    })),
    forecast: model.forecast.amounts.map((amount, k) => ({
      weekStart: isoOf(model.forecast.weekStart[k] as number),
      amount: euros(amount),
    })),
    forecastLater: euros(model.forecast.later),
    vatRelief: model.vatRelief.map((c) => ({
      invoice: c.invoiceId,
      customer: model.frame.customers[c.customer]?.id ?? null,
      due: isoOf(c.dueDay),
      reliefDate: isoOf(c.reliefDay),
      open: euros(c.open),
      vat: euros(c.vat),
    })),
    creditYield: creditYieldJson(model, lang),
  };
}

/** What better credit control yields: the inputs, the figures (euros; null = not computable) and how. */
function creditYieldJson(model: ReportModel, lang: "nl" | "en") {
  const y = model.creditYield;
  const amount = (c: number | null): number | null => (c === null ? null : euros(c));
  return {
    dsoReductionDays: y.inputs.dsoReductionDays,
    financingRatePct: y.inputs.financingRateBp / 100,
    badDebtTargetPct: y.inputs.badDebtTargetBp / 100,
    cashReleased: amount(y.cash?.released ?? null),
    financingSaved: amount(y.cash?.financingSaved ?? null),
    badDebtSaved: amount(y.badDebt?.saved ?? null),
    yearly: y.cash === null && y.badDebt === null ? null : euros(y.yearly),
    lines: creditYieldText(y, lang).lines.map((line) => ({
      key: line.key,
      label: line.label,
      amount: amount(line.amount),
      how: line.how,
    })),
  };
}

/** The type of {@link reportJson}'s result. */
export type ReportJson = ReturnType<typeof reportJson>;
