/**
 * The collection effectiveness index (CEI): how much of what could be collected in a period was
 * collected, in percent.
 */
import { assert } from "../assert";
import { describeValue } from "../describe-value";

/**
 * CEI = (AR at the start + sales − AR at the end) ÷ (AR at the start + sales − current AR at the
 * end) × 100, all in cents. This is the total-sales variant: the ledger's invoices are all credit
 * sales, so "credit sales" and "sales" coincide. 100 means everything that fell due was collected.
 *
 * Example: (100,000 + 1,000,000 − 120,000) ÷ (100,000 + 1,000,000 − 100,000) = 98%.
 * Null when the denominator is 0 (nothing was collectable).
 */
export function collectionEffectiveness(
  arStart: number,
  sales: number,
  arEnd: number,
  currentArEnd: number
): number | null {
  for (const [what, value] of [
    ["AR at the start", arStart],
    ["Sales", sales],
    ["AR at the end", arEnd],
    ["Current AR at the end", currentArEnd],
  ] as const) {
    assert(
      Number.isSafeInteger(value),
      "cei.not-cents",
      () => `${what} ${describeValue(value)} is not a whole number of cents.`
    );
  }
  const collectable = arStart + sales - currentArEnd;
  return collectable === 0 ? null : ((arStart + sales - arEnd) / collectable) * 100;
}
