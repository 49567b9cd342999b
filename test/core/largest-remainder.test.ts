import fc from "fast-check";
import { largestRemainder } from "../../src/core";

describe("largestRemainder", () => {
  it("gives the leftover cents to the largest remainders, ties to the first", () => {
    expect(largestRemainder(100, [1n, 1n, 1n])).toEqual([34, 33, 33]);
    expect(largestRemainder(36_199, [113_750n, 18_375n])).toEqual([31_165, 5_034]);
    expect(largestRemainder(5, [0n, 0n])).toEqual([5, 0]);
    expect(largestRemainder(0, [3n, 4n])).toEqual([0, 0]);
  });

  it("always adds up and stays within one of the exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = largestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0n);
          if (sum > 0n) {
            parts.forEach((part, i) => {
              const exact = (Number(weights[i]!) / Number(sum)) * total;
              expect(Math.abs(part - exact)).toBeLessThan(1.001 + exact * 1e-12);
            });
          }
        }
      )
    );
  });
});
