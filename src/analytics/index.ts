/** src/analytics: the receivables report model, its JSON and HTML, and vega-lite chart specs. */
export { ageing } from "./ageing";
export type { Ageing, AgeingBasis, AgeingOptions } from "./ageing";
export { cashForecast } from "./cash-forecast";
export type { CashForecast } from "./cash-forecast";
export { DEFAULT_NEW_CUSTOMER_THRESHOLD, creditFlags, isDeteriorating } from "./credit-flags";
export type { CreditFlag, CreditFlagCode, CreditFlagOptions } from "./credit-flags";
export type { CustomerRow } from "./customer-table";
export {
  DEFAULT_CREDIT_YIELD_INPUTS,
  checkCreditYieldInputs,
  creditYield,
  creditYieldBasis,
} from "./credit-yield";
export type {
  BadDebtYield,
  CashYield,
  CreditYield,
  CreditYieldBasis,
  CreditYieldGap,
  CreditYieldInputs,
} from "./credit-yield";
export { daysLateText } from "./days-late-text";
export { receivableMetrics } from "./dso";
export type { ReceivableMetrics } from "./dso";
export { frameFromLedger } from "./frame-from-ledger";
export { isoOf } from "./month-windows";
export { openAt } from "./open-at";
export type { OtherCurrencyTotal } from "./other-currencies";
export { paymentBehaviour } from "./payment-behaviour";
export type { CustomerBehaviour, PaymentBehaviour } from "./payment-behaviour";
export { NO_DAY, allocateColumns, deriveMissingDueDays, trimColumns } from "./receivables-frame";
export type {
  CustomerInfo,
  FrameColumns,
  FrameOptions,
  ReceivablesFrame,
} from "./receivables-frame";
export type { ReportControl } from "./report-control";
export { buildReport, buildReportFromFrame } from "./report-model";
export type { ReportModel, ReportOptions } from "./report-model";
export { vatReliefCandidates } from "./vat-relief-candidates";
export type { VatReliefCandidate } from "./vat-relief-candidates";
export { explainKpi, KPI_KEYS } from "./kpi-explanation";
export type {
  CountbackMonth,
  KpiBasisKind,
  KpiCustomer,
  KpiExplanation,
  KpiInput,
  KpiInputKey,
  KpiInvoice,
  KpiKey,
} from "./kpi-explanation";
