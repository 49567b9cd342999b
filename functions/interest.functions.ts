// Statutory interest and collection costs as worksheet functions. Thin wrappers: Excel values in, a
// core call, euros or a spilled table out. Dutch names in functions/locale/nl/interest.json.
import {
  collectionCosts,
  dayToSerial,
  fromEpochDay,
  toEpochDay,
  type Cents,
  statutoryInterest,
  type StatutoryInterestResult,
  statutoryInterestCents,
  statutoryRate,
} from "../src/core";
import { ArgumentError, epochDayArg, isBlankArg } from "./args";
import { asExcelError, guarded } from "./guarded";
import {
  amountArg,
  argumentErrorOf,
  flagArg,
  isoDayArg,
  kindArg,
  paymentsArg,
  withArgument,
} from "./interest-args";
import { todayEpochDay } from "./today";

// The hot helpers of =DEB.INTEREST bound once. Under CommonJS (tsx, jest, a bundle without module
// concatenation) every call through an import is a getter on the other module's exports object;
// for the core's barrel that is a chain of them. Profiled in bench/functions.bench.ts.
const centsOf = amountArg;
const dayOf = epochDayArg;
const blank = isBlankArg;
const todayDay = todayEpochDay;
const kindOf = kindArg;
const interestCents = statutoryInterestCents;

/**
 * Statutory interest (wettelijke handelsrente or wettelijke rente) on a principal, compounded yearly,
 * following every rate change, exact to the cent. Counts to today when as_of is left out (recalculated daily); give as_of to pin the day.
 * @customfunction INTEREST
 * @volatile
 * @helpurl https://localhost:3000/support.html#en-interest
 * @param principal The principal in euros (zero or more).
 * @param due_date The due date: interest runs from the day after. A date cell, or text such as 2026-11-22.
 * @param [as_of] The payment or calculation day, inclusive; today when omitted.
 * @param [kind] "handels" (commercial, b2b; the default) or "wettelijk" (consumer, b2c, particulier).
 * @param [payments] A range of two columns: payment date and amount. Payments go to costs, then interest, then principal.
 * @returns All interest accrued from the due date to as_of, in euros.
 */
export function interestFunction(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  principal: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  due_date: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  as_of?: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind?: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payments?: any[][]
): number {
  // As guarded and withArgument, without a closure per call (a volatile column recalculates often).
  try {
    const base = centsOf("principal", principal);
    const from = dayOf("due_date", due_date);
    const to = blank(as_of) ? todayDay() : dayOf("as_of", as_of);
    const interestKind = kindOf("kind", kind);
    if (to < from) throw asOfBeforeDue(from, to);
    if (payments === undefined || payments === null || blank(payments)) {
      let cents: number;
      try {
        cents = interestCents(base, from, to, interestKind);
      } catch (error) {
        throw argumentErrorOf("due_date", error);
      }
      return cents / 100;
    }
    return evaluate(base, from, to, interestKind, payments).interest / 100;
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * The interest specification as a table with a header row: one line per stretch at one rate and base. Counts to today when as_of is left out (recalculated daily); give as_of to pin the day. Format the columns from and to as dates.
 * @customfunction INTERESTSPEC
 * @volatile
 * @helpurl https://localhost:3000/support.html#en-interestspec
 * @param principal The principal in euros (zero or more).
 * @param due_date The due date: interest runs from the day after. A date cell, or text such as 2026-11-22.
 * @param [as_of] The payment or calculation day, inclusive; today when omitted.
 * @param [kind] "handels" (commercial, b2b; the default) or "wettelijk" (consumer, b2c, particulier).
 * @param [payments] A range of two columns: payment date and amount.
 * @returns Columns from, to (first and last interest day, as dates), days, rate, base and interest (euros).
 */
export function interestSpecFunction(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  principal: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  due_date: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  as_of?: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind?: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payments?: any[][]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any[][] {
  return guarded(() => {
    const base = amountArg("principal", principal);
    const from = epochDayArg("due_date", due_date);
    const to = isBlankArg(as_of) ? todayEpochDay() : epochDayArg("as_of", as_of);
    const interestKind = kindArg("kind", kind);
    if (to < from) throw asOfBeforeDue(from, to);
    const result = evaluate(base, from, to, interestKind, payments);
    const table: (string | number)[][] = [["from", "to", "days", "rate", "base", "interest"]];
    for (const p of result.periods) {
      table.push([
        dayToSerial(p.from),
        dayToSerial(p.to),
        p.days,
        Math.round(p.ratePct * 100) / 10000,
        p.base / 100,
        p.interest / 100,
      ]);
    }
    if (result.note !== undefined) table.push([result.note, "", "", "", "", ""]);
    return table;
  });
}

/**
 * The statutory interest rate on a date, as a fraction (0.1015 for 10.15 %), to format as a percentage.
 * @customfunction RATE
 * @helpurl https://localhost:3000/support.html#en-rate
 * @param date The day: a date cell, or text such as 2026-11-22.
 * @param [kind] "handels" (commercial, b2b; the default) or "wettelijk" (consumer, b2c, particulier).
 * @returns The yearly rate as a fraction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rateFunction(date: any, kind?: any): number {
  return guarded(() => {
    const day = isoDayArg("date", date);
    const interestKind = kindArg("kind", kind);
    const pct = withArgument("date", () => statutoryRate(day, interestKind));
    return Math.round(pct * 100) / 10000;
  });
}

/**
 * Statutory extrajudicial collection costs (buitengerechtelijke incassokosten, WIK staffel): at least
 * 40 and at most 6,775 euros, plus 21 % VAT when asked.
 * @customfunction COLLECTIONCOSTS
 * @helpurl https://localhost:3000/support.html#en-collectioncosts
 * @param principal The principal in euros; for several invoices in one demand, their sum.
 * @param [add_vat] TRUE to add 21 % VAT (only when you cannot deduct the VAT); FALSE when omitted.
 * @returns The collection costs in euros.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function collectionCostsFunction(principal: any, add_vat?: any): number {
  return guarded(() => {
    const base = amountArg("principal", principal);
    return collectionCosts(base, { vat: flagArg("add_vat", add_vat) }) / 100;
  });
}

function evaluate(
  principal: Cents,
  from: number,
  to: number,
  kind: "commercial" | "consumer",
  payments: unknown
): StatutoryInterestResult {
  const list = paymentsArg("payments", payments);
  const toDay = fromEpochDay(to);
  for (const p of list) {
    if (toEpochDay(p.day) > to) {
      throw new ArgumentError(
        "payments",
        `the payment on ${p.day} is after as_of ${toDay}; leave it out or move as_of`
      );
    }
  }
  return withArgument("due_date", () =>
    statutoryInterest({
      principal,
      from: fromEpochDay(from),
      to: toDay,
      kind,
      payments: list,
    })
  );
}

function asOfBeforeDue(from: number, to: number): ArgumentError {
  return new ArgumentError(
    "as_of",
    `${fromEpochDay(to)} is before the due date ${fromEpochDay(from)}; interest runs only after the due date`
  );
}
