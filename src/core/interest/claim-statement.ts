import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { fromEpochDay, isIsoDay, toEpochDay, type IsoDay } from "../calendar/day";
import { InterestAccount, type InterestPeriod } from "./interest-account";
import { largestRemainder } from "../money/largest-remainder";
import { cents, type Cents } from "../money/money";
import { compiledRates, rateIndexAt } from "./statutory-rate";
import { STATUTORY_RATES, type InterestKind, type RateTable } from "./statutory-rates";

/** One invoice (claim) of a debtor. */
export interface Claim {
  /** The invoice number or another unique key. */
  readonly id: string;
  readonly principal: Cents;
  /** The due date; statutory interest runs from the day after. */
  readonly dueDate: IsoDay;
  readonly kind: InterestKind;
  /** Costs claimed on this invoice (e.g. collection costs); they bear no interest. */
  readonly costs?: Cents;
}

/** A payment by the debtor; `claimId` when the debtor designated the invoice it pays. */
export interface ClaimPayment {
  readonly day: IsoDay;
  readonly amount: Cents;
  readonly claimId?: string;
}

/** What one payment paid on one claim. */
export interface ClaimAllocation {
  readonly claimId: string;
  readonly toCosts: Cents;
  readonly toInterest: Cents;
  readonly toPrincipal: Cents;
}

/** Amounts still owed. */
export interface Outstanding {
  readonly principal: Cents;
  readonly interest: Cents;
  readonly costs: Cents;
  readonly total: Cents;
}

/** Result of {@link claimStatement}. */
export interface ClaimStatement {
  readonly asOf: IsoDay;
  /** Per claim, in input order: interest accrued to `asOf`, what is still owed, the specification. */
  readonly claims: {
    readonly id: string;
    readonly kind: InterestKind;
    readonly dueDate: IsoDay;
    readonly principal: Cents;
    readonly interest: Cents;
    readonly outstanding: Outstanding;
    readonly periods: InterestPeriod[];
  }[];
  /** Per payment, in time order: how it was applied; `unapplied` is an overpayment. */
  readonly payments: {
    readonly day: IsoDay;
    readonly amount: Cents;
    readonly claimId?: string;
    readonly allocations: ClaimAllocation[];
    readonly unapplied: Cents;
  }[];
  /** All claims together. */
  readonly total: Outstanding & { readonly interestAccrued: Cents };
  /**
   * Set when `asOf` lies beyond the last day the rate table of a claim's kind is known for: after
   * that day the last known rate was used (as {@link statutoryInterest} reports it).
   */
  readonly rateTableEndsAt?: IsoDay;
}

interface Entry {
  readonly claim: Claim;
  readonly account: InterestAccount;
  readonly due: number;
}

/**
 * The statement of account of one debtor with several invoices on `asOf`: statutory interest per
 * invoice (as `statutoryInterest`), payments applied in time order.
 *
 * - A payment designated to an invoice (`claimId`) goes to that invoice; within an invoice always
 *   costs → interest → principal (art. 6:44 BW). What exceeds that invoice is treated as undesignated.
 * - An undesignated payment follows art. 6:43 lid 2 BW: first the invoices that are due (due date on
 *   or before the payment day), among them the most burdensome (the highest statutory rate that day),
 *   then the oldest (earliest due date), and invoices equal in all of that share pro rata to what is
 *   owed on each (largest remainder, so no cent is lost).
 * - An overpayment is reported as `unapplied`.
 */
export function claimStatement(
  claims: readonly Claim[],
  payments: readonly ClaimPayment[],
  asOf: IsoDay,
  options: { rates?: RateTable } = {}
): ClaimStatement {
  const rates = options.rates ?? STATUTORY_RATES;
  assert(isIsoDay(asOf), "statement.bad-day", `${describeValue(asOf)} is not a valid day.`);
  const asOfDay = toEpochDay(asOf);
  const byId = new Map<string, Entry>();
  const entries = claims.map((claim, i) => {
    const where = `Claim ${i + 1} (${describeValue(claim.id)})`;
    assert(typeof claim.id === "string", "statement.bad-claim", `${where} has no id.`);
    assert(!byId.has(claim.id), "statement.duplicate-claim", `${where}: the id is used twice.`);
    assert(
      isIsoDay(claim.dueDate),
      "statement.bad-claim",
      `${where}: ${describeValue(claim.dueDate)} is not a valid due date.`
    );
    for (const [name, value] of [
      ["principal", claim.principal],
      ["costs", claim.costs ?? 0],
    ] as const) {
      assert(
        Number.isSafeInteger(value) && value >= 0,
        "statement.bad-claim",
        `${where}: the ${name} ${describeValue(value)} is not an amount in cents of zero or more.`
      );
    }
    assert(
      claim.kind === "commercial" || claim.kind === "consumer",
      "statement.bad-claim",
      `${where}: ${describeValue(claim.kind)} is not an interest kind ("commercial" or "consumer").`
    );
    const due = toEpochDay(claim.dueDate);
    const table = compiledRates(claim.kind, rates);
    const account = new InterestAccount(
      claim.principal,
      claim.costs ?? cents(0),
      due,
      claim.kind,
      table
    );
    const entry: Entry = { claim, account, due };
    byId.set(claim.id, entry);
    return entry;
  });

  const ordered = payments
    .map((payment, i) => {
      const where = `Payment ${i + 1}`;
      assert(
        isIsoDay(payment.day),
        "statement.bad-payment",
        `${where}: ${describeValue(payment.day)} is not a valid day.`
      );
      assert(
        Number.isSafeInteger(payment.amount) && payment.amount >= 0,
        "statement.bad-payment",
        `${where}: ${describeValue(payment.amount)} is not an amount in cents of zero or more.`
      );
      assert(
        toEpochDay(payment.day) <= asOfDay,
        "statement.payment-after-as-of",
        `${where} on ${payment.day} is after the statement day ${asOf}.`
      );
      assert(
        payment.claimId === undefined || byId.has(payment.claimId),
        "statement.unknown-claim",
        `${where} designates ${describeValue(payment.claimId)}, which is not one of the claims.`
      );
      return { payment, day: toEpochDay(payment.day), order: i };
    })
    .sort((a, b) => a.day - b.day || a.order - b.order);

  const applied = ordered.map(({ payment, day }) => {
    for (const entry of entries) {
      entry.account.advanceTo(day);
      entry.account.settle();
    }
    const allocations: ClaimAllocation[] = [];
    let rest: number = payment.amount;
    if (payment.claimId !== undefined)
      rest = payInto(byId.get(payment.claimId)!, rest, allocations);
    for (const group of article43Groups(entries, day, rates)) {
      if (rest === 0) break;
      const owed = group.map((e) => owedOn(e));
      const sum = owed.reduce((a, b) => a + b, 0);
      const shares = rest >= sum ? owed : largestRemainder(rest, owed.map(BigInt));
      group.forEach((e, i) => (rest -= shares[i]! - payInto(e, shares[i]!, allocations)));
    }
    return {
      day: payment.day,
      amount: payment.amount,
      ...(payment.claimId === undefined ? {} : { claimId: payment.claimId }),
      allocations,
      unapplied: cents(rest),
    };
  });

  let principal = 0,
    interest = 0,
    costs = 0,
    accrued = 0,
    knownThrough = Number.POSITIVE_INFINITY;
  const lines = entries.map(({ claim, account }) => {
    knownThrough = Math.min(knownThrough, compiledRates(claim.kind, rates).completeThrough);
    account.advanceTo(asOfDay);
    account.settle();
    const o = account.outstanding();
    principal += o.principal;
    interest += o.interest;
    costs += o.costs;
    accrued += account.accrued;
    return {
      id: claim.id,
      kind: claim.kind,
      dueDate: claim.dueDate,
      principal: claim.principal,
      interest: cents(account.accrued),
      outstanding: { ...o, total: cents(o.principal + o.interest + o.costs) },
      periods: account.periods,
    };
  });
  return {
    asOf,
    claims: lines,
    payments: applied,
    total: {
      principal: cents(principal),
      interest: cents(interest),
      costs: cents(costs),
      total: cents(principal + interest + costs),
      interestAccrued: cents(accrued),
    },
    ...(asOfDay > knownThrough ? { rateTableEndsAt: fromEpochDay(knownThrough) } : {}),
  };
}

function owedOn(entry: Entry): number {
  const a = entry.account;
  return a.costs + a.interestDue + a.principal;
}

/** Pays at most `amount` into one claim (art. 6:44); returns what is left of `amount`. */
function payInto(entry: Entry, amount: number, allocations: ClaimAllocation[]): number {
  if (amount === 0 || owedOn(entry) === 0) return amount;
  const a = entry.account.pay(cents(amount));
  allocations.push({
    claimId: entry.claim.id,
    toCosts: a.toCosts,
    toInterest: a.toInterest,
    toPrincipal: a.toPrincipal,
  });
  return a.remainder;
}

/** Claims still owing, grouped by the order of art. 6:43 lid 2 BW on epoch day `day`. */
function article43Groups(entries: readonly Entry[], day: number, rates: RateTable): Entry[][] {
  const keyed = entries
    .filter((e) => owedOn(e) > 0)
    .map((e) => {
      const table = compiledRates(e.claim.kind, rates);
      const index = rateIndexAt(table, day);
      return { e, due: e.due <= day ? 0 : 1, bp: index < 0 ? 0 : table.bp[index]! };
    })
    .sort((a, b) => a.due - b.due || b.bp - a.bp || a.e.due - b.e.due);
  const groups: Entry[][] = [];
  let previous: (typeof keyed)[number] | undefined;
  for (const k of keyed) {
    if (previous && previous.due === k.due && previous.bp === k.bp && previous.e.due === k.e.due) {
      groups[groups.length - 1]!.push(k.e);
    } else groups.push([k.e]);
    previous = k;
  }
  return groups;
}
