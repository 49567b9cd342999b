/** src/core: pure domain code (money, days, Excel serials, text parsing, ageing). No I/O, no clock. */
export { CoreError, assert } from "./assert";
export {
  addBusinessDays,
  isBusinessDay,
  nextBusinessDay,
  rollToBusinessDay,
} from "./calendar/business-days";
export { epochDayOfCivil, packedCivilOfEpochDay } from "./calendar/civil-day";
export { dayOrderOf, detectDayOrder, parseDayText } from "./calendar/day-text";
export type { DayOrder, DayResult } from "./calendar/day-text";
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
} from "./calendar/day";
export type { IsoDay } from "./calendar/day";
export { easterSunday, holidays } from "./calendar/dutch-holidays";
export type { DutchHoliday, HolidayKey } from "./calendar/dutch-holidays";
export { dayToSerial, serialToDay } from "./calendar/excel-serial";
export type { DateSystem } from "./calendar/excel-serial";
export { longDay } from "./calendar/long-day";
export { MONTH_NAMES, SHORT_MONTH_NAMES } from "./calendar/month-names";
export type { MonthLanguage } from "./calendar/month-names";
export { shortDay } from "./calendar/short-day";
export { cspHash, sha256 } from "./csp-hash";
export { describeValue, describeValueNl, lazyDescription } from "./describe-value";
export { escapeHtml } from "./html-escape";
export { checkIban, failedCheck, mod97 } from "./identifiers/iban-check";
export type { IdentifierCheck } from "./identifiers/iban-check";
export { checkBranchNumber, checkKvk } from "./identifiers/kvk-check";
export { checkVatId, passesRsinTest } from "./identifiers/vat-id-check";
export { claimStatement } from "./interest/claim-statement";
export type {
  Claim,
  ClaimAllocation,
  ClaimPayment,
  ClaimStatement,
  Outstanding,
} from "./interest/claim-statement";
export {
  COLLECTION_COSTS_MAXIMUM,
  COLLECTION_COSTS_MINIMUM,
  collectionCosts,
} from "./interest/collection-costs";
export type { InterestPeriod } from "./interest/interest-account";
export { anniversaryEpochDay } from "./interest/interest-anniversary";
export { INTEREST_DENOMINATOR, statutoryInterestCents } from "./interest/statutory-interest-cents";
export { statutoryInterest } from "./interest/statutory-interest";
export type {
  AppliedPayment,
  InterestPayment,
  StatutoryInterestInput,
  StatutoryInterestResult,
} from "./interest/statutory-interest";
export { compiledRates, rateDaysThrough, statutoryRate } from "./interest/statutory-rate";
export type { CompiledRates } from "./interest/statutory-rate";
export { STATUTORY_RATES } from "./interest/statutory-rates";
export type { InterestKind, RateRow, RateTable } from "./interest/statutory-rates";
export {
  DEFAULT_VAT_RATE_PERCENT,
  finalPaymentDateWithoutTerm,
  vatReliefAmount,
  vatReliefDate,
} from "./interest/vat-relief";
export {
  DEFAULT_AGE_EDGES,
  ageBucket,
  ageBucketIndex,
  ageBucketLabels,
  daysOverdue,
  validateAgeEdges,
} from "./metrics/ageing";
export { badDebtRate } from "./metrics/bad-debt-rate";
export { collectionEffectiveness } from "./metrics/collection-effectiveness";
export { averageDaysDelinquent, bestPossibleDso, countbackDso, standardDso } from "./metrics/dso";
export type { SalesPeriod } from "./metrics/dso";
export { amountNotationOf, detectNotation, parseAmount } from "./money/amount";
export type { AmountResult, Notation } from "./money/amount";
export { largestRemainder } from "./money/largest-remainder";
export {
  ZERO,
  addCents,
  cents,
  centsFromEuros,
  centsToEuros,
  formatCents,
  formatMoney,
  sumCents,
} from "./money/money";
export type { Cents } from "./money/money";
export { allocatePayment } from "./money/payment-allocation";
export type { AmountsDue, PaymentAllocation } from "./money/payment-allocation";
export { bigDivRoundHalfUp, divRoundHalfUp } from "./money/round-half-up";
export {
  betalingskenmerkCheckDigit,
  checkBetalingskenmerk,
  checkCreditorReference,
  customerReference,
  findPaymentReferences,
  formatCreditorReference,
  makeCreditorReference,
} from "./identifiers/creditor-reference";
export type { Lang, Text } from "./text";
export { textIn } from "./text";
