import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { cents, type Cents } from "./money";

/** What a debtor owes on one claim at the moment of a payment. */
export interface AmountsDue {
  readonly costs: Cents;
  readonly interest: Cents;
  readonly principal: Cents;
}

/** How one payment is applied to one claim; `remainder` is what is left after everything is paid. */
export interface PaymentAllocation {
  readonly toCosts: Cents;
  readonly toInterest: Cents;
  readonly toPrincipal: Cents;
  readonly remainder: Cents;
}

/**
 * Applies a payment to one claim as art. 6:44 lid 1 BW prescribes: first to the costs, then to the
 * interest that has fallen due, then to the principal. The creditor may refuse another order, so this
 * order holds whatever the debtor writes on the transfer. Never loses a cent:
 * `toCosts + toInterest + toPrincipal + remainder === amount`.
 *
 * Example: due costs 875, interest 600, principal 5,000; a payment of 2,000 goes 875 / 600 / 525.
 */
export function allocatePayment(due: AmountsDue, amount: Cents): PaymentAllocation {
  for (const [name, value] of [
    ["costs", due.costs],
    ["interest", due.interest],
    ["principal", due.principal],
    ["payment", amount],
  ] as const) {
    assert(
      Number.isSafeInteger(value) && value >= 0,
      "allocation.bad-amount",
      `The ${name} ${describeValue(value)} is not an amount in cents of zero or more.`
    );
  }
  let rest: number = amount;
  const toCosts = Math.min(rest, due.costs);
  rest -= toCosts;
  const toInterest = Math.min(rest, due.interest);
  rest -= toInterest;
  const toPrincipal = Math.min(rest, due.principal);
  rest -= toPrincipal;
  return {
    toCosts: cents(toCosts),
    toInterest: cents(toInterest),
    toPrincipal: cents(toPrincipal),
    remainder: cents(rest),
  };
}
