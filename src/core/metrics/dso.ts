/**
 * Days sales outstanding, the family of formulas credit controllers use to say how many days of
 * sales are tied up in receivables. Pure arithmetic on integer cents and day counts; the ledger-level
 * computation (which invoices are open, which sales fall in which month) is in src/analytics.
 *
 * Every variant is a ratio of cents to cents, computed as (a / b) · days, so multiplying every amount
 * by the same factor gives the very same float (a property test checks this).
 */
import { assert } from "../assert";
import { describeValue } from "../describe-value";

/** Credit sales of one period (cents; credit notes negative) and the number of days it covers. */
export interface SalesPeriod {
  sales: number;
  days: number;
}

function checkCents(what: string, value: number): void {
  assert(
    Number.isSafeInteger(value),
    "dso.not-cents",
    () => `${what} ${describeValue(value)} is not a whole number of cents.`
  );
}

function checkDays(value: number): void {
  assert(
    Number.isInteger(value) && value >= 0,
    "dso.invalid-days",
    () => `${describeValue(value)} is not a number of days (a whole number, 0 or more).`
  );
}

/**
 * DSO by the countback method: the receivables are "counted back" against the credit sales of the
 * most recent months. `periods[0]` is the month of the reporting day (with the days up to and
 * including that day), `periods[1]` the month before, and so on. While the remaining receivables are
 * at least a month's sales, that month is used up whole (its sales subtracted, its days added); the
 * rest is the fraction remaining ÷ sales of the month in which it runs out, times that month's days.
 *
 * Example: AR 212,000 against 100,000 / 80,000 / 70,000 in three 30-day months:
 * 30 + 30 + 32,000 / 70,000 · 30 = 73.71 days.
 *
 * Returns 0 when there is nothing (or less than nothing) receivable and null when the periods run
 * out before the receivables do (the ledger's history is too short to count back).
 */
export function countbackDso(ar: number, periods: readonly SalesPeriod[]): number | null {
  checkCents("Receivables", ar);
  if (ar <= 0) return 0;
  let remaining = ar;
  let days = 0;
  for (const { sales, days: periodDays } of periods) {
    checkCents("Sales", sales);
    checkDays(periodDays);
    if (remaining === 0) return days;
    if (remaining < sales) return days + (remaining / sales) * periodDays;
    // A month without sales (or with net credit notes) is used up whole: it cannot explain any of
    // the receivables, but the days still pass.
    remaining -= sales;
    days += periodDays;
  }
  return remaining === 0 ? days : null;
}

/**
 * DSO, standard (average) method: receivables ÷ credit sales of the period × days in the period.
 * Example: AR 200,000 on annual sales of 2,000,000 over 365 days = 36.5 days. Null without sales.
 */
export function standardDso(ar: number, sales: number, days: number): number | null {
  checkCents("Receivables", ar);
  checkCents("Sales", sales);
  checkDays(days);
  return sales > 0 ? (ar / sales) * days : null;
}

/**
 * Best possible DSO: what DSO would be if every customer paid on time, i.e. the current (not yet
 * due) receivables ÷ credit sales × days. Null without sales.
 */
export function bestPossibleDso(currentAr: number, sales: number, days: number): number | null {
  return standardDso(currentAr, sales, days);
}

/**
 * Average days delinquent: standard DSO − best possible DSO, the days customers add by paying late.
 * Null when either is null.
 */
export function averageDaysDelinquent(dso: number | null, bpdso: number | null): number | null {
  return dso === null || bpdso === null ? null : dso - bpdso;
}
