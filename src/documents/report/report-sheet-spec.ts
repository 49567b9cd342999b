/**
 * The monthly management report as a {@link ReportSheetSpec}: ageing per bucket (with a total that
 * reconciles to AR to the cent), the top 20 customers with their buckets, the key figures with a
 * one-line definition each, and — when the ledger has a payment history — 13 months of trends and
 * bad debts, with three native charts. Pure: Excel writes it (src/hosts/excel), the workbench
 * downloads it as xlsx (src/formats/report-xlsx).
 *
 * One sheet name in both languages, "Openstaand – Rapport": switching the language then replaces the
 * same sheet on the next run instead of leaving a stale second report in the workbook.
 */
import { bridgeSteps } from "./bridge-text";
import { creditYieldText } from "./credit-yield-text";
import { twoDecimals } from "./report-json";
import { type ReportModel, isoOf } from "../../analytics";
import { bucketLabel, text } from "./report-texts";
import type { IsoDay, Cents } from "../../core";
import type { ReportCell, ReportChart, ReportSheetSpec, ReportTable } from "./report-spec";
import {
  sheetTexts,
  titleDay,
  withN,
  type SheetLang,
  type SheetMetric,
} from "./report-sheet-texts";

/** The report sheet's name after "Openstaand – ", the same in both languages. */
export const REPORT_SHEET_NAME = "Rapport";

/** Customers listed in the top table. */
export const TOP_CUSTOMERS = 20;

const cents = (c: number): Cents => c as Cents;

/** A share as a fraction rounded to 4 decimals (0.3827 = 38.27 %); null when the total is 0. */
function share(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part / total) * 10000) / 10000 || 0;
}

/** A percentage of the model (38.27 = 38.27 %) as the fraction a % cell holds, 2 decimals kept. */
function fraction(percent: number | null): number | null {
  const p = twoDecimals(percent);
  return p === null ? null : Math.round(p * 100) / 10000 || 0;
}

function ageingTable(model: ReportModel, lang: SheetLang): ReportTable {
  const x = sheetTexts(lang);
  const age = model.ageing;
  const last = age.labels.length - 1;
  const rows: ReportCell[][] = [];
  let total = 0;
  age.labels.forEach((label, b) => {
    const amount = age.buckets[b] as number;
    // "No date" only when something has no date; every other bucket always, so months compare.
    if (b === last && amount === 0) return;
    total += amount;
    rows.push([bucketLabel(lang, label), cents(amount), share(amount, age.total)]);
  });
  rows.push([text(lang, "total"), cents(total), share(total, age.total)]);
  const basis = text(lang, model.basis === "due" ? "ageingBasisDue" : "ageingBasisInvoice");
  return {
    title: x.ageingTitle(titleDay(model.asOf, lang), basis),
    headers: [text(lang, "bucket"), text(lang, "amount"), x.share],
    rows,
    formats: ["text", "cents", "percent"],
  };
}

function topTable(model: ReportModel, lang: SheetLang): ReportTable {
  const x = sheetTexts(lang);
  const age = model.ageing;
  const top = model.customers.filter((row) => row.open !== 0).slice(0, TOP_CUSTOMERS);
  const last = age.labels.length - 1;
  // The "no date" column only when one of these customers has something without a date.
  const shown = age.labels
    .map((label, b) => ({ label, b }))
    .filter(({ b }) => b < last || top.some((row) => row.buckets[b] !== 0));
  return {
    title: x.topTitle(TOP_CUSTOMERS),
    headers: [
      x.customerNo,
      text(lang, "name"),
      text(lang, "open"),
      ...shown.map(({ label }) => bucketLabel(lang, label)),
      x.share,
    ],
    rows: top.map((row) => [
      row.id,
      row.name ?? "",
      cents(row.open),
      ...shown.map(({ b }) => cents(row.buckets[b] as number)),
      share(row.open, model.metrics.ar),
    ]),
    formats: ["text", "text", "cents", ...shown.map(() => "cents" as const), "percent"],
  };
}

/** Why `metric` is null in `model`, in `lang`. */
function reason(model: ReportModel, metric: SheetMetric, lang: SheetLang): string {
  const x = sheetTexts(lang);
  const note = model.history.notes[0]?.[lang];
  if (!model.history.sales && metric !== "overduePct" && metric !== "over90Pct" && note)
    return note;
  // Settled invoices exist, but none in the window: the DSO family is n.b. for that reason.
  const windowNote = model.history.notes[model.history.notes.length - 1]?.[lang];
  const family = metric !== "overduePct" && metric !== "over90Pct" && metric !== "badDebt12m";
  if (family && model.metrics.settledInWindow === 0 && windowNote) return windowNote;
  switch (metric) {
    case "dsoCountback":
      return x.reasons.countback;
    case "cei":
      return !model.history.payments && note ? note : x.reasons.nothingDue;
    case "overduePct":
    case "over90Pct":
      return x.reasons.nothingOpen;
    case "badDebt12m":
      return withN(x.reasons.noSales, 12);
    default:
      return withN(x.reasons.noSales, model.months);
  }
}

function metricsTable(model: ReportModel, lang: SheetLang): ReportTable {
  const x = sheetTexts(lang);
  const m = model.metrics;
  const n = model.months;
  const badDebt = model.history.sales ? model.badDebt.rolling12m.rate : null;
  const list: [SheetMetric, string, "days" | "percent", number | null][] = [
    ["dsoCountback", text(lang, "dsoCountback"), "days", m.dsoCountback],
    ["dsoStandard", text(lang, "dsoStandard", n), "days", m.dsoStandard],
    ["bpdso", text(lang, "bpdso"), "days", m.bpdso],
    ["add", text(lang, "add"), "days", m.add],
    ["cei", text(lang, "cei"), "percent", m.cei],
    ["overduePct", text(lang, "overduePct"), "percent", m.overduePct],
    ["over90Pct", text(lang, "over90Pct"), "percent", m.over90Pct],
    ["badDebt12m", text(lang, "badDebt12m"), "percent", badDebt],
  ];
  return {
    title: x.metricsTitle(titleDay(model.asOf, lang)),
    headers: [x.metric, x.daysCol, x.percentCol, x.definition, x.note],
    rows: list.map(([key, label, unit, value]) => {
      const shown = value === null ? x.notComputable : null;
      const days = unit === "days" ? (shown ?? twoDecimals(value)) : null;
      const pct = unit === "percent" ? (shown ?? fraction(value)) : null;
      const note = value === null ? reason(model, key, lang) : "";
      return [label, days, pct, withN(x.definitions[key], n), note];
    }),
    formats: ["text", "number", "percent", "text", "text"],
  };
}

function trendTables(model: ReportModel, lang: SheetLang): ReportTable[] {
  const x = sheetTexts(lang);
  if (model.trends.length === 0) {
    const why = model.history.notes[0]?.[lang] ?? withN(x.reasons.noSales, model.months);
    return [{ title: x.noTrends, headers: [x.note], rows: [[why]], formats: ["text"] }];
  }
  const monthEnd = (d: number): IsoDay => isoOf(d) as IsoDay;
  return [
    {
      title: x.trendTitle,
      headers: [
        text(lang, "monthEnd"),
        text(lang, "dsoCountback"),
        text(lang, "bpdso"),
        text(lang, "ar"),
        text(lang, "cei"),
        text(lang, "overduePct"),
      ],
      rows: model.trends.map(({ metrics: p }) => [
        monthEnd(p.day),
        twoDecimals(p.dsoCountback),
        twoDecimals(p.bpdso),
        cents(p.ar),
        fraction(p.cei),
        fraction(p.overduePct),
      ]),
      formats: ["date", "number", "number", "cents", "percent", "percent"],
    },
    {
      title: x.badDebtTitle,
      headers: [text(lang, "monthEnd"), x.badDebtMonth, x.badDebt12m, x.writtenOff12m, x.sales12m],
      rows: model.trends.map(({ metrics: p, badDebt }) => [
        monthEnd(p.day),
        fraction(badDebt.month.rate),
        fraction(badDebt.rolling12m.rate),
        cents(badDebt.rolling12m.writtenOff),
        cents(badDebt.rolling12m.sales),
      ]),
      formats: ["date", "percent", "percent", "cents", "cents"],
    },
  ];
}

/**
 * The reconciliation: from the open total the ledger lists (in the report's currency) to AR, every
 * step that is not zero — so the two open totals a reader sees are explained where they stand.
 */
function bridgeTable(model: ReportModel, lang: SheetLang): ReportTable {
  const c = model.control;
  const lead = `${text(lang, "ledgerOpen")}${model.otherCurrencies.length > 0 ? ` (${model.currency})` : ""}`;
  return {
    title: text(lang, "control"),
    headers: ["", text(lang, "amount")],
    rows: [
      [lead, cents(c.ledgerOpen)],
      ...bridgeSteps(c).map((step): ReportCell[] => [text(lang, step.key), cents(step.amount)]),
      [text(lang, "ar"), cents(c.ar)],
    ],
    formats: ["text", "cents"],
  };
}

/** The open items in other currencies, each in its own currency (in none of the euro figures). */
function otherCurrencyTable(model: ReportModel, lang: SheetLang): ReportTable {
  const x = sheetTexts(lang);
  return {
    title: text(lang, "otherCurrencies"),
    headers: [
      text(lang, "currency"),
      x.customerNo,
      text(lang, "invoice"),
      text(lang, "due"),
      text(lang, "open"),
    ],
    rows: model.otherCurrencies.flatMap((o) =>
      o.openItems.map((item): ReportCell[] => [
        item.currency,
        item.customerId,
        item.invoiceId,
        (item.dueDate ?? null) as IsoDay | null,
        item.open / 100,
      ])
    ),
    formats: ["text", "text", "text", "date", "number"],
  };
}

/** What better credit control yields: each figure with its amount and how it was computed. */
function creditYieldTable(model: ReportModel, lang: SheetLang): ReportTable {
  const y = creditYieldText(model.creditYield, lang);
  return {
    title: y.title,
    headers: [
      lang === "nl" ? "Wat" : "What",
      text(lang, "amount"),
      lang === "nl" ? "Zo berekend" : "How",
    ],
    rows: y.lines.map((line): ReportCell[] => [
      line.label,
      line.amount === null ? null : cents(line.amount),
      line.how,
    ]),
    formats: ["text", "cents", "text"],
  };
}

/**
 * The report sheet of `model` in `lang`. Tables in order: ageing (0), top customers (1), key
 * figures (2), then trends (3) and bad debts (4) — or, without a payment history, one table (3)
 * saying why there are no trends; then the reconciliation when the ledger's open total differs from
 * AR, and the open items in other currencies when there are any; last, what better credit control
 * yields. Charts: ageing columns (without the total row), the DSO trend and
 * the bad-debt rate trend as lines (the last two only with trends).
 */
export function reportSheetSpec(model: ReportModel, lang: SheetLang): ReportSheetSpec {
  const x = sheetTexts(lang);
  const ageing = ageingTable(model, lang);
  const tables = [
    ageing,
    topTable(model, lang),
    metricsTable(model, lang),
    ...trendTables(model, lang),
  ];
  if (bridgeSteps(model.control).length > 0 || model.otherCurrencies.length > 0)
    tables.push(bridgeTable(model, lang));
  if (model.otherCurrencies.some((o) => o.openItems.length > 0))
    tables.push(otherCurrencyTable(model, lang));
  tables.push(creditYieldTable(model, lang));
  const charts: ReportChart[] = [
    {
      title: x.ageingChart,
      type: "columnClustered",
      tableIndex: 0,
      columns: [0, 1],
      rows: ageing.rows.length - 1,
    },
  ];
  if (model.trends.length > 0) {
    charts.push(
      { title: x.dsoChart, type: "line", tableIndex: 3, columns: [0, 1, 2] },
      { title: x.badDebtChart, type: "line", tableIndex: 4, columns: [0, 1, 2] }
    );
  }
  return { name: REPORT_SHEET_NAME, tables, charts };
}
