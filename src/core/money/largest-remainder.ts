import { assert } from "../assert";

/**
 * Splits the integer `total` over parts in proportion to non-negative integer `weights`, so that the
 * parts add up to `total` exactly (Hamilton's largest-remainder method): every part gets the floor of
 * its exact share, and the cents left over go one each to the largest remainders, ties to the earlier
 * part. Used for interest specification lines (they must add up to the year's rounded interest) and
 * for pro-rata payment allocation (art. 6:43 BW). Exact in BigInt, whatever the sizes.
 *
 * `total` may exceed the sum of the floors by at most the number of parts (it does for a rounded
 * total); it must be a non-negative safe integer. All weights zero: everything to the first part.
 */
export function largestRemainder(total: number, weights: readonly bigint[]): number[] {
  assert(
    Number.isSafeInteger(total) && total >= 0,
    "apportion.bad-total",
    `${total} is not a non-negative whole number to split.`
  );
  assert(weights.length > 0, "apportion.no-parts", "There are no parts to split an amount over.");
  let sum = 0n;
  for (const w of weights) {
    assert(w >= 0n, "apportion.negative-weight", `The weight ${w} is negative.`);
    sum += w;
  }
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const big = BigInt(total);
  const parts: number[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (const w of weights) {
    const exact = big * w;
    const floor = exact / sum;
    parts.push(Number(floor));
    remainders.push(exact - floor * sum);
    given += Number(floor);
  }
  const order = remainders
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
  for (let k = 0; given < total; k = (k + 1) % order.length) {
    const index = order[k]![1];
    parts[index] = parts[index]! + 1;
    given += 1;
  }
  return parts;
}
