/**
 * Vega-lite specifications of the report's charts, as plain JSON objects (no functions, no data
 * URLs): the HTML report embeds them, and the workbench can render them with vega-embed. Amounts are
 * passed in euros, days with 2 decimals.
 */
import { type IsoDay, MONTH_NAMES, SHORT_MONTH_NAMES, shortDay } from "../../core";
import { bucketLabel, text, type ReportLang } from "./report-texts";
import { euros, twoDecimals } from "./report-json";
import { isoOf, type ReportModel } from "../../analytics";

/** A vega-lite spec as JSON. */
export type VegaLiteSpec = Record<string, unknown>;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
/**
 * Number and month formats of the axes (vega's `config.locale`, d3-format / d3-time-format
 * definitions): "100.000" and "nov 2026" in Dutch, "100,000" and "Nov 2026" in English.
 */
const LOCALES = {
  nl: {
    number: { decimal: ",", thousands: ".", grouping: [3], currency: ["€ ", ""] },
    time: {
      dateTime: "%a %e %B %Y %X",
      date: "%d-%m-%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
      shortDays: ["zo", "ma", "di", "wo", "do", "vr", "za"],
      months: MONTH_NAMES.nl,
      shortMonths: SHORT_MONTH_NAMES.nl,
    },
  },
  en: {
    number: { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""] },
  },
} as const;

/** What every chart shares: schema, size, font and the language's number and date formats. */
function base(lang: ReportLang): VegaLiteSpec {
  return {
    $schema: SCHEMA,
    width: "container",
    height: 220,
    config: { font: "system-ui, sans-serif", locale: LOCALES[lang] },
  };
}

const euroFormat = ",.0f";

/**
 * A legend under the chart, one entry per line and never cut off: at 450 px "DSO (standaard, 3 mnd)"
 * does not fit beside two others in one row.
 */
const LEGEND = { orient: "bottom", direction: "vertical", labelLimit: 0 } as const;

/**
 * Time formats (d3-time-format, with the locale's month names): month axes "nov 2026" / "Nov 2026",
 * a day in a tooltip "30-11-2026" in Dutch and "2026-11-30" in English — never ISO in a Dutch chart.
 */
const MONTH_AXIS = "%b %Y";
const DAY_FORMAT: Record<ReportLang, string> = { nl: "%d-%m-%Y", en: "%Y-%m-%d" };

/** Bars of the total ageing, one per bucket, in bucket order. */
export function ageingChart(model: ReportModel, lang: ReportLang): VegaLiteSpec {
  const values = model.ageing.labels
    .map((label, b) => ({
      bucket: bucketLabel(lang, label),
      order: b,
      amount: euros(model.ageing.buckets[b] as number),
    }))
    .filter((v, b) => b < model.ageing.labels.length - 1 || v.amount !== 0);
  return {
    ...base(lang),
    title: text(lang, "ageing"),
    data: { values },
    mark: { type: "bar", color: "#1f6f8b" },
    encoding: {
      x: {
        field: "bucket",
        type: "ordinal",
        sort: { field: "order" },
        title: text(lang, "bucket"),
        // "Niet vervallen" and "1–30 dgn" on two lines each: they fit a band of a 450 px pane.
        axis: { labelAngle: 0, labelExpr: "split(datum.label, ' ')", labelLimit: 0 },
      },
      y: {
        field: "amount",
        type: "quantitative",
        title: `${text(lang, "amount")} (€)`,
        axis: { format: euroFormat },
      },
      tooltip: [
        { field: "bucket", title: text(lang, "bucket") },
        { field: "amount", title: "€", format: ",.2f" },
      ],
    },
  };
}

/** Lines of DSO (countback and standard) and best possible DSO per month-end. */
export function dsoTrendChart(model: ReportModel, lang: ReportLang): VegaLiteSpec {
  const values = model.trends
    .flatMap(({ metrics: m }) => [
      {
        monthEnd: isoOf(m.day),
        metric: text(lang, "dsoCountback"),
        days: twoDecimals(m.dsoCountback),
      },
      {
        monthEnd: isoOf(m.day),
        metric: text(lang, "dsoStandard", model.months),
        days: twoDecimals(m.dsoStandard),
      },
      { monthEnd: isoOf(m.day), metric: text(lang, "bpdso"), days: twoDecimals(m.bpdso) },
    ])
    .filter((v) => v.days !== null);
  return {
    ...base(lang),
    title: "DSO / BPDSO",
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: {
        field: "monthEnd",
        type: "temporal",
        timeUnit: "yearmonth",
        title: text(lang, "monthEnd"),
        axis: { format: MONTH_AXIS },
      },
      y: { field: "days", type: "quantitative", title: text(lang, "days") },
      color: { field: "metric", type: "nominal", title: null, legend: LEGEND },
      tooltip: [
        {
          field: "monthEnd",
          type: "temporal",
          title: text(lang, "monthEnd"),
          format: DAY_FORMAT[lang],
        },
        { field: "metric", title: "" },
        { field: "days", title: text(lang, "days"), format: ".2f" },
      ],
    },
  };
}

/** The bad-debt rate per month (bars) and rolling 12 months (line), in percent of sales. */
export function badDebtChart(model: ReportModel, lang: ReportLang): VegaLiteSpec {
  const values = model.trends.map(({ metrics: m, badDebt }) => ({
    monthEnd: isoOf(m.day),
    month: twoDecimals(badDebt.month.rate),
    rolling: twoDecimals(badDebt.rolling12m.rate),
  }));
  // One legend for the bars and the line: each layer names its series with a datum colour.
  const names = [text(lang, "badDebtMonth"), text(lang, "badDebtRolling")];
  const series = (name: string) => ({
    datum: name,
    type: "nominal",
    scale: { domain: names, range: ["#c8553d", "#333333"] },
    title: null,
    legend: LEGEND,
  });
  const x = {
    field: "monthEnd",
    type: "temporal",
    timeUnit: "yearmonth",
    title: text(lang, "monthEnd"),
    axis: { format: MONTH_AXIS },
  };
  return {
    ...base(lang),
    title: text(lang, "badDebtRate"),
    data: { values },
    layer: [
      {
        mark: { type: "bar", opacity: 0.7 },
        encoding: {
          x,
          y: { field: "month", type: "quantitative", title: "%" },
          color: series(text(lang, "badDebtMonth")),
        },
      },
      {
        mark: { type: "line", point: true },
        encoding: {
          x,
          y: { field: "rolling", type: "quantitative", title: "%" },
          color: series(text(lang, "badDebtRolling")),
        },
      },
    ],
  };
}

/** Expected receipts per week (bars). */
export function forecastChart(model: ReportModel, lang: ReportLang): VegaLiteSpec {
  // The week is a label ("23-11-2026" in Dutch) kept in week order by `order`.
  const values = model.forecast.amounts.map((amount, k) => ({
    weekStart: shortDay(isoOf(model.forecast.weekStart[k] as number) as IsoDay, lang),
    order: k,
    amount: euros(amount),
  }));
  return {
    ...base(lang),
    title: text(lang, "forecast"),
    data: { values },
    mark: { type: "bar", color: "#3a7d44" },
    encoding: {
      x: {
        field: "weekStart",
        type: "ordinal",
        sort: { field: "order" },
        title: text(lang, "weekStart"),
      },
      y: {
        field: "amount",
        type: "quantitative",
        title: `${text(lang, "amount")} (€)`,
        axis: { format: euroFormat },
      },
      tooltip: [
        { field: "weekStart", title: text(lang, "weekStart") },
        { field: "amount", title: "€", format: ",.2f" },
      ],
    },
  };
}

/** All charts of the report, by name; the trend charts only when there is a trend. */
export function reportCharts(model: ReportModel, lang: ReportLang): Record<string, VegaLiteSpec> {
  const charts: Record<string, VegaLiteSpec> = { ageing: ageingChart(model, lang) };
  if (model.trends.length > 0) {
    charts.dso = dsoTrendChart(model, lang);
    charts.badDebt = badDebtChart(model, lang);
  }
  charts.forecast = forecastChart(model, lang);
  return charts;
}
