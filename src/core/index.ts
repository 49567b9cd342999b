/** src/core: pure domain code (money, days, Excel serials, text parsing, ageing). No I/O, no clock. */
export { CoreError, assert } from "./assert";
export { describeValue } from "./describe-value";
export {
  ZERO,
  addCents,
  cents,
  centsFromEuros,
  centsToEuros,
  formatCents,
  formatMoney,
  sumCents,
  type Cents,
} from "./money/money";
export {
  amountNotationOf,
  detectNotation,
  parseAmount,
  type AmountResult,
  type Notation,
} from "./money/amount";
export {
  addDays,
  addMonths,
  addYears,
  compareDays,
  dayFromUtcDate,
  dayOfMonth,
  dayOfWeek,
  daysInMonth,
  diffDays,
  endOfMonth,
  fromEpochDay,
  isIsoDay,
  isoDay,
  makeDay,
  monthOf,
  startOfMonth,
  toEpochDay,
  yearOf,
  type IsoDay,
} from "./calendar/day";
export { dayToSerial, serialToDay, type DateSystem } from "./calendar/excel-serial";
export {
  dayOrderOf,
  detectDayOrder,
  parseDayText,
  type DayOrder,
  type DayResult,
} from "./calendar/day-text";
export {
  DEFAULT_AGE_EDGES,
  ageBucket,
  ageBucketIndex,
  ageBucketLabels,
  daysOverdue,
  validateAgeEdges,
} from "./metrics/ageing";
export { easterSunday, holidays, type DutchHoliday, type HolidayKey } from "./calendar/dutch-holidays";
export {
  addBusinessDays,
  isBusinessDay,
  nextBusinessDay,
  rollToBusinessDay,
} from "./calendar/business-days";
export {
  DEFAULT_B2B_POLICY,
  DEFAULT_B2C_POLICY,
  defaultPolicy,
  validatePolicy,
  type DebtorKind,
  type DunningChannel,
  type Policy,
  type PolicyStage,
  type StageKind,
  type StageOffset,
  type StageTerm,
} from "../dunning/dunning-policy";
export {
  nextReminder,
  stageDeadline,
  type NextReminder,
  type NextReminderInput,
} from "../dunning/next-reminder";
export {
  arrangementStatus,
  type ArrangementPayment,
  type ArrangementStatus,
  type Instalment,
  type PaymentArrangement,
} from "../dunning/payment-arrangement";
export { checkIban, failedCheck, mod97, type IdentifierCheck } from "./identifiers/iban-check";
export { checkVatId, passesRsinTest } from "./identifiers/vat-id-check";
export { checkBranchNumber, checkKvk } from "./identifiers/kvk-check";
export {
  DEFAULT_VAT_RATE_PERCENT,
  finalPaymentDateWithoutTerm,
  vatReliefAmount,
  vatReliefDate,
} from "./interest/vat-relief";
export {
  STATUTORY_RATES,
  type InterestKind,
  type RateRow,
  type RateTable,
} from "./interest/statutory-rates";
export { statutoryRate, compiledRates, type CompiledRates } from "./interest/statutory-rate";
export {
  statutoryInterest,
  type AppliedPayment,
  type InterestPayment,
  type StatutoryInterestInput,
  type StatutoryInterestResult,
} from "./interest/statutory-interest";
export { statutoryInterestCents, INTEREST_DENOMINATOR } from "./interest/statutory-interest-cents";
export type { InterestPeriod } from "./interest/interest-account";
export {
  collectionCosts,
  COLLECTION_COSTS_MINIMUM,
  COLLECTION_COSTS_MAXIMUM,
} from "./interest/collection-costs";
export { allocatePayment, type AmountsDue, type PaymentAllocation } from "./money/payment-allocation";
export {
  claimStatement,
  type Claim,
  type ClaimAllocation,
  type ClaimPayment,
  type ClaimStatement,
  type Outstanding,
} from "./interest/claim-statement";
export { divRoundHalfUp, bigDivRoundHalfUp } from "./money/round-half-up";
export { largestRemainder } from "./money/largest-remainder";
export {
  countbackDso,
  standardDso,
  bestPossibleDso,
  averageDaysDelinquent,
  type SalesPeriod,
} from "./metrics/dso";
export { collectionEffectiveness } from "./metrics/collection-effectiveness";
export { badDebtRate } from "./metrics/bad-debt-rate";
export { MONTH_NAMES, SHORT_MONTH_NAMES, type MonthLanguage } from "./calendar/month-names";
export { escapeHtml } from "./html-escape";
