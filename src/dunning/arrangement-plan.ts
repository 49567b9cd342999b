/**
 * The plan of a payment arrangement (betalingsregeling): the agreed amount in equal instalments,
 * the last one taking the cents that do not divide, on dates that fall on Dutch business days (a
 * weekend or a holiday moves to the next business day, art. 1 Algemene termijnenwet), the first no
 * later than the latest day the controller allows.
 */
import {
  addDays,
  addMonths,
  assert,
  compareDays,
  describeValue,
  isIsoDay,
  rollToBusinessDay,
  type IsoDay,
  cents,
  type Cents,
} from "../core";
import type { Instalment } from "./payment-arrangement";

/** How often an instalment falls due. */
export type InstalmentFrequency = "month" | "2weeks" | "week";

/** What a plan is made of. */
export interface PlanRequest {
  /** The agreed total (principal, and interest and costs when the controller includes them). */
  total: Cents;
  /** Number of instalments, 1..60. */
  count: number;
  /** Day of the first instalment (moved to a business day). */
  first: IsoDay;
  every: InstalmentFrequency;
  /** The first instalment may fall no later than this day (the arrangement's forced first date). */
  latestFirst?: IsoDay;
}

/** The `n`-th (0-based) nominal day of a plan, before it is moved to a business day. */
function nominalDay(first: IsoDay, every: InstalmentFrequency, n: number): IsoDay {
  if (every === "month") return addMonths(first, n);
  return addDays(first, n * (every === "week" ? 7 : 14));
}

/**
 * The instalments of a plan. Amounts: `total / count` rounded down to the cent, the last instalment
 * the rest, so they add up to `total` exactly. Dates: the first, then every month (same day of the
 * month, the month's last day when it has no such day) or every one or two weeks from the first
 * nominal day, each moved forward to a business day. Throws (naming the value) on a bad request.
 */
export function planInstalments(request: PlanRequest): Instalment[] {
  const { total, count, first, every } = request;
  assert(
    Number.isSafeInteger(total) && total > 0,
    "arrangement.invalid-amount",
    `The arrangement's amount ${describeValue(total)} is not a positive amount in cents.`
  );
  assert(
    Number.isInteger(count) && count >= 1 && count <= 60,
    "arrangement.invalid-count",
    `The number of instalments ${describeValue(count)} is not a whole number from 1 to 60.`
  );
  assert(
    isIsoDay(first),
    "arrangement.invalid-day",
    `The first instalment's day ${describeValue(first)} is not a day (YYYY-MM-DD).`
  );
  assert(
    every === "month" || every === "2weeks" || every === "week",
    "arrangement.invalid-frequency",
    `${describeValue(every)} is not a frequency (month, 2weeks, week).`
  );
  assert(
    total >= count,
    "arrangement.too-small",
    `${describeValue(total)} cents cannot be split into ${count} instalments of at least one cent.`
  );
  const firstDue = rollToBusinessDay(first);
  if (request.latestFirst !== undefined)
    assert(
      compareDays(firstDue, request.latestFirst) <= 0,
      "arrangement.first-too-late",
      `The first instalment falls on ${firstDue}, later than ${request.latestFirst}, the latest day allowed for it.`
    );
  const part = Math.floor(total / count);
  return Array.from({ length: count }, (_, n) => ({
    due: rollToBusinessDay(nominalDay(first, every, n)),
    amount: cents(n === count - 1 ? total - part * (count - 1) : part),
  }));
}
