import fc from "fast-check";
import { collectionCosts, cents } from "../../src/core";

// Principal and costs in cents; the Besluit's staffel points and its edges.
const CASES: [string, number, number, number][] = [
  ["nothing owed, no costs", 0, 0, 0],
  ["1 cent: the minimum", 1, 4_000, 4_840],
  ["100: the minimum", 10_000, 4_000, 4_840],
  ["266.66: 15 % is 39.999, minimum", 26_666, 4_000, 4_840],
  ["266.67: 15 % is 40.0005", 26_667, 4_000, 4_840],
  ["266.70: 15 % is 40.005, half up", 26_670, 4_001, 4_841],
  ["1,000: 15 %", 100_000, 15_000, 18_150],
  ["2,500: 15 % of the first tranche", 250_000, 37_500, 45_375],
  ["3,000: + 10 % of 500", 300_000, 42_500, 51_425],
  ["5,000", 500_000, 62_500, 75_625],
  ["7,500: + 5 % of 2,500", 750_000, 75_000, 90_750],
  ["10,000", 1_000_000, 87_500, 105_875],
  ["200,000", 20_000_000, 277_500, 335_775],
  ["999,000: + 0.5 % of 799,000", 99_900_000, 677_000, 819_170],
  ["999,999.99: 6,774.99995 rounds to the maximum", 99_999_999, 677_500, 819_775],
  ["1,000,000: the maximum", 100_000_000, 677_500, 819_775],
  ["25,000,000: the maximum", 2_500_000_000, 677_500, 819_775],
];

describe("collectionCosts (Besluit BIK, Stb. 2012, 141)", () => {
  it.each(CASES)("%s", (_name, principal, costs, withVat) => {
    expect(collectionCosts(cents(principal))).toBe(costs);
    expect(collectionCosts(cents(principal), { vat: false })).toBe(costs);
    expect(collectionCosts(cents(principal), { vat: true })).toBe(withVat);
  });

  it("rejects a negative principal", () => {
    expect(() => collectionCosts(cents(-1))).toThrow(/-1 is not a principal/);
  });

  it("is non-decreasing and between € 40 and € 6,775", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2e9 }), fc.integer({ min: 0, max: 1e7 }), (p, more) => {
        const a = collectionCosts(cents(p));
        expect(a).toBeGreaterThanOrEqual(4_000);
        expect(a).toBeLessThanOrEqual(677_500);
        expect(collectionCosts(cents(p + more))).toBeGreaterThanOrEqual(a);
      })
    );
  });
});
