import fc from "fast-check";
import { bigDivRoundHalfUp, divRoundHalfUp } from "../../src/core";

describe("divRoundHalfUp", () => {
  it.each([
    [5, 2, 3],
    [4, 2, 2],
    [1, 3, 0],
    [2, 3, 1],
    [17_730 * 100, 365, 4_858], // 3,000 × 3 % × 197 days / 365 in cents: 4,857.53… → 4,858
    [0, 7, 0],
    [Number.MAX_SAFE_INTEGER, 3_650_000, 2_467_725_823],
  ])("%i / %i → %i", (n, den, q) => {
    expect(divRoundHalfUp(n, den)).toBe(q);
  });

  it("agrees with BigInt for every safe numerator", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 1e9 }), (n, den) => {
        expect(BigInt(divRoundHalfUp(n, den))).toBe(bigDivRoundHalfUp(BigInt(n), BigInt(den)));
      })
    );
  });

  it("rejects negative or fractional input", () => {
    expect(() => divRoundHalfUp(-1, 2)).toThrow(/-1/);
    expect(() => divRoundHalfUp(1, 0)).toThrow(/0 is not a positive/);
    expect(() => bigDivRoundHalfUp(-1n, 2n)).toThrow();
  });
});
