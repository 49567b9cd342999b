import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { fromEpochDay, isIsoDay, toEpochDay, type IsoDay } from "../calendar/day";
import { InterestAccount, type InterestPeriod } from "./interest-account";
import { cents, type Cents } from "../money/money";
import { compiledRates } from "./statutory-rate";
import { STATUTORY_RATES, type InterestKind, type RateTable } from "./statutory-rates";

/** A payment on a claim: the day it was received and the amount. */
export interface InterestPayment {
  readonly day: IsoDay;
  readonly amount: Cents;
}

/** A payment as applied per art. 6:44 BW; `remainder` is an overpayment left unapplied. */
export interface AppliedPayment {
  readonly day: IsoDay;
  readonly amount: Cents;
  readonly toCosts: Cents;
  readonly toInterest: Cents;
  readonly toPrincipal: Cents;
  readonly remainder: Cents;
}

/** Input of {@link statutoryInterest}. */
export interface StatutoryInterestInput {
  /** The principal in cents (zero or more). */
  readonly principal: Cents;
  /** The due date: the last day to pay. Interest starts the day after. */
  readonly from: IsoDay;
  /** The payment or calculation day, inclusive; not before `from`. */
  readonly to: IsoDay;
  readonly kind: InterestKind;
  /** Payments received, on or before `to` (in any order; same-day payments keep their order). */
  readonly payments?: readonly InterestPayment[];
  /** Costs owed at the start (e.g. collection costs); they bear no interest and are paid first. */
  readonly costs?: Cents;
  /** Another rate table (tests, contractual schedules); the statutory table by default. */
  readonly rates?: RateTable;
}

/** Result of {@link statutoryInterest}. */
export interface StatutoryInterestResult {
  /** All interest accrued from `from` to `to` (paid or not). */
  readonly interest: Cents;
  /** Still owed on `to`. */
  readonly outstanding: { principal: Cents; interest: Cents; costs: Cents };
  readonly payments: AppliedPayment[];
  /** The specification (renteberekening), in time order; lines on a zero base are left out. */
  readonly periods: InterestPeriod[];
  /**
   * Set when `to` is after the last day the rate table is known to be complete: the last known rate
   * was used beyond this day.
   */
  readonly rateTableEndsAt?: IsoDay;
  /** A sentence for the reader when `rateTableEndsAt` is set. */
  readonly note?: string;
}

/**
 * Dutch statutory interest (art. 6:119 / 6:119a BW), exact to the cent, with its specification.
 *
 * Convention: `from` is the due date, `to` the payment or calculation day, inclusive; interest days
 * are `to − from`, each earning `base × rate / 365` (365 also in leap years). A new rate applies from
 * its effective date (art. 6:120 BW). The interest year runs from `from` (anniversaries `from + k
 * years`, 29 Feb → 28 Feb); at each anniversary the year's unpaid interest is added to the base
 * (art. 6:119 lid 2, 6:119a lid 3); a final part year is not capitalised. Interest is computed exactly
 * and rounded half up to the cent once per year — at the anniversary, or at `to` or a payment for the
 * running year — so redundant rate rows never change a result. A payment first rounds the interest so
 * far, then goes to costs, then interest (oldest first), then principal (art. 6:44 BW); paid interest
 * is not capitalised later. Payments on or before `from` reduce the claim before any interest runs.
 *
 * Example: € 3,000 consumer, due 2014-05-29, costs € 100, € 1,500 paid on 2014-12-12 → the payment
 * goes € 100.00 to costs, € 48.58 to interest (197 days at 3 %), € 1,351.42 to principal.
 */
export function statutoryInterest(input: StatutoryInterestInput): StatutoryInterestResult {
  const { principal, from, to, kind } = input;
  const costs = input.costs ?? cents(0);
  const rates = input.rates ?? STATUTORY_RATES;
  assertAmount("principal", principal);
  assertAmount("costs", costs);
  assertDay("from", from);
  assertDay("to", to);
  assert(
    kind === "commercial" || kind === "consumer",
    "interest.bad-kind",
    `${describeValue(kind)} is not an interest kind ("commercial" or "consumer").`
  );
  const fromDay = toEpochDay(from);
  const toDay = toEpochDay(to);
  assert(
    toDay >= fromDay,
    "interest.to-before-from",
    `The day ${to} is before the due date ${from}.`
  );
  const payments = (input.payments ?? []).map((p, i) => {
    assertDay(`day of payment ${i + 1}`, p.day);
    assertAmount(`amount of payment ${i + 1}`, p.amount);
    assert(
      toEpochDay(p.day) <= toDay,
      "interest.payment-after-to",
      `Payment ${i + 1} on ${p.day} is after the calculation day ${to}.`
    );
    return { epochDay: toEpochDay(p.day), order: i, payment: p };
  });
  payments.sort((a, b) => a.epochDay - b.epochDay || a.order - b.order);

  const table = compiledRates(kind, rates);
  const account = new InterestAccount(principal, costs, fromDay, kind, table);
  const applied: AppliedPayment[] = [];
  for (const { epochDay, payment } of payments) {
    account.advanceTo(epochDay);
    applied.push({ day: payment.day, amount: payment.amount, ...account.pay(payment.amount) });
  }
  account.advanceTo(toDay);
  account.settle();
  const result: StatutoryInterestResult = {
    interest: cents(account.accrued),
    outstanding: account.outstanding(),
    payments: applied,
    periods: account.periods,
  };
  if (toDay > table.completeThrough) {
    const endsAt = fromEpochDay(table.completeThrough);
    const lastPct = table.bp[table.bp.length - 1]! / 100;
    return {
      ...result,
      rateTableEndsAt: endsAt,
      note: `The rate table runs to ${endsAt}; after that day the last known rate (${lastPct} %) was used.`,
    };
  }
  return result;
}

function assertAmount(name: string, value: unknown): void {
  assert(
    typeof value === "number" && Number.isSafeInteger(value) && value >= 0,
    "interest.bad-amount",
    `The ${name} ${describeValue(value)} is not an amount in cents of zero or more.`
  );
}

function assertDay(name: string, value: unknown): void {
  assert(
    isIsoDay(value),
    "interest.bad-day",
    `The ${name} ${describeValue(value)} is not a valid day.`
  );
}
