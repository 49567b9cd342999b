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
