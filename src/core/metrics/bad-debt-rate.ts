/** The bad-debt rate: what was written off as uncollectable, as a share of credit sales. */
import { assert } from "../assert";
import { describeValue } from "../describe-value";

/**
 * Bad-debt rate in percent = written-off amount ÷ credit sales × 100 over the same period (both in
 * cents). Example: 1,000 written off on 100,000 of sales = 1%. Null when there were no sales.
 */
export function badDebtRate(writtenOff: number, sales: number): number | null {
  for (const [what, value] of [
    ["Written-off amount", writtenOff],
    ["Sales", sales],
  ] as const) {
    assert(
      Number.isSafeInteger(value),
      "bad-debt.not-cents",
      () => `${what} ${describeValue(value)} is not a whole number of cents.`
    );
  }
  return sales > 0 ? (writtenOff / sales) * 100 : null;
}
