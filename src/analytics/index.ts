/** src/analytics: the receivables report model, its JSON and HTML, and vega-lite chart specs. */
export {
  buildReport,
  buildReportFromFrame,
  type ReportModel,
  type ReportOptions,
} from "./report-model";
export { reportJson, type ReportJson } from "../documents/report/report-json";
export { reportHtml, type ChartBundles, type ReportHtmlOptions } from "../documents/report/report-html";
export {
  reportCharts,
  ageingChart,
  dsoTrendChart,
  badDebtChart,
  forecastChart,
  type VegaLiteSpec,
} from "../documents/report/chart-specs";
export { frameFromLedger } from "./frame-from-ledger";
export { fastCsvFrame, FastPathUnsupported } from "../formats/fast-csv/fast-csv-frame";
export { ageing, type Ageing, type AgeingBasis, type AgeingOptions } from "./ageing";
export { receivableMetrics, type ReceivableMetrics } from "./dso";
export { type CreditFlag, type CreditFlagCode, type CreditFlagOptions } from "./credit-flags";
export { type CashForecast } from "./cash-forecast";
export { type VatReliefCandidate } from "./vat-relief-candidates";
export { text as reportText, bucketLabel, type ReportLang } from "../documents/report/report-texts";
export { NO_DAY, type ReceivablesFrame, type CustomerInfo } from "./receivables-frame";
