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
} from "./money";
export {
  amountNotationOf,
  detectNotation,
  parseAmount,
  type AmountResult,
  type Notation,
} from "./amount";
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
} from "./day";
export { dayToSerial, serialToDay, type DateSystem } from "./excel-serial";
export {
  dayOrderOf,
  detectDayOrder,
  parseDayText,
  type DayOrder,
  type DayResult,
} from "./day-text";
export {
  DEFAULT_AGE_EDGES,
  ageBucket,
  ageBucketIndex,
  ageBucketLabels,
  daysOverdue,
  validateAgeEdges,
} from "./ageing";
export { easterSunday, holidays, type DutchHoliday, type HolidayKey } from "./dutch-holidays";
export {
  addBusinessDays,
  isBusinessDay,
  nextBusinessDay,
  rollToBusinessDay,
} from "./business-days";
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
} from "./dunning-policy";
export {
  nextReminder,
  stageDeadline,
  type NextReminder,
  type NextReminderInput,
} from "./next-reminder";
export {
  arrangementStatus,
  type ArrangementPayment,
  type ArrangementStatus,
  type Instalment,
  type PaymentArrangement,
} from "./payment-arrangement";
export { checkIban, failedCheck, mod97, type IdentifierCheck } from "./iban-check";
export { checkVatId, passesRsinTest } from "./vat-id-check";
export { checkBranchNumber, checkKvk } from "./kvk-check";
export {
  DEFAULT_VAT_RATE_PERCENT,
  finalPaymentDateWithoutTerm,
  vatReliefAmount,
  vatReliefDate,
} from "./vat-relief";
export {
  STATUTORY_RATES,
  type InterestKind,
  type RateRow,
  type RateTable,
} from "./statutory-rates";
export { statutoryRate, compiledRates, type CompiledRates } from "./statutory-rate";
export {
  statutoryInterest,
  type AppliedPayment,
  type InterestPayment,
  type StatutoryInterestInput,
  type StatutoryInterestResult,
} from "./statutory-interest";
export { statutoryInterestCents, INTEREST_DENOMINATOR } from "./statutory-interest-cents";
export type { InterestPeriod } from "./interest-account";
export {
  collectionCosts,
  COLLECTION_COSTS_MINIMUM,
  COLLECTION_COSTS_MAXIMUM,
} from "./collection-costs";
export { allocatePayment, type AmountsDue, type PaymentAllocation } from "./payment-allocation";
export {
  claimStatement,
  type Claim,
  type ClaimAllocation,
  type ClaimPayment,
  type ClaimStatement,
  type Outstanding,
} from "./claim-statement";
export { divRoundHalfUp, bigDivRoundHalfUp } from "./round-half-up";
export { largestRemainder } from "./largest-remainder";
export {
  countbackDso,
  standardDso,
  bestPossibleDso,
  averageDaysDelinquent,
  type SalesPeriod,
} from "./dso";
export { collectionEffectiveness } from "./collection-effectiveness";
export { badDebtRate } from "./bad-debt-rate";
export { MONTH_NAMES, SHORT_MONTH_NAMES, type MonthLanguage } from "./month-names";
export { escapeHtml } from "./html-escape";
