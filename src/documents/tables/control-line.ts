/**
 * The control line every export carries: how many items, and the sums of principal, interest and
 * costs, so the receiver can reconcile the file with the selection it was made from.
 */
import { cents, type Cents } from "../../core";

/** Counts and sums of an export. */
export interface ControlLine {
  count: number;
  principal: Cents;
  interest: Cents;
  costs: Cents;
  /** principal + interest + costs. */
  total: Cents;
}

/** The control line of items with principal, interest and costs in cents. */
export function controlLine(
  items: readonly { principal: Cents; interest?: Cents; costs?: Cents }[]
): ControlLine {
  let principal = 0;
  let interest = 0;
  let costs = 0;
  for (const item of items) {
    principal += item.principal;
    interest += item.interest ?? 0;
    costs += item.costs ?? 0;
  }
  return {
    count: items.length,
    principal: cents(principal),
    interest: cents(interest),
    costs: cents(costs),
    total: cents(principal + interest + costs),
  };
}
