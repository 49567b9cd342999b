import fc from "fast-check";
import {
  averageDaysDelinquent,
  bestPossibleDso,
  countbackDso,
  standardDso,
  collectionEffectiveness,
  badDebtRate,
} from "../../src/core";

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
const e = (euros: number): number => euros * 100; // cents

describe("countback DSO", () => {
  it("AR 212,000 on 100,000 / 80,000 / 70,000 in 30-day months → 73.71 days", () => {
    const months = [e(100_000), e(80_000), e(70_000)].map((sales) => ({ sales, days: 30 }));
    expect(round2(countbackDso(e(212_000), months))).toBe(73.71);
    // 30 + 30 + 32,000 / 70,000 · 30
    expect(countbackDso(e(212_000), months)).toBeCloseTo(60 + (32 / 70) * 30, 10);
  });

  it("uses the days up to the reporting day in its own month", () => {
    expect(
      countbackDso(e(150), [
        { sales: e(100), days: 15 },
        { sales: e(100), days: 31 },
      ])
    ).toBe(15 + 15.5);
  });

  it("is 0 without receivables and null when the history runs out", () => {
    expect(countbackDso(0, [{ sales: 100, days: 30 }])).toBe(0);
    expect(countbackDso(-500, [])).toBe(0);
    expect(countbackDso(e(500), [{ sales: e(100), days: 30 }])).toBeNull();
  });

  it("passes through a month without sales or with net credit notes", () => {
    expect(
      countbackDso(e(50), [
        { sales: 0, days: 30 },
        { sales: e(100), days: 31 },
      ])
    ).toBe(30 + 15.5);
    expect(
      countbackDso(e(50), [
        { sales: e(-50), days: 30 },
        { sales: e(200), days: 31 },
      ])
    ).toBe(30 + 15.5);
  });

  it("rejects amounts that are not cents", () => {
    expect(() => countbackDso(1.5, [])).toThrow(/1.5 is not a whole number of cents/);
  });
});

describe("standard DSO, BPDSO and ADD", () => {
  it("AR 200,000 on annual sales of 2,000,000 → 36.5 days", () => {
    expect(standardDso(e(200_000), e(2_000_000), 365)).toBe(36.5);
  });
  it("best possible DSO from current AR, ADD as the difference", () => {
    const dso = standardDso(e(200_000), e(2_000_000), 365);
    const bpdso = bestPossibleDso(e(150_000), e(2_000_000), 365);
    expect(bpdso).toBe(27.375);
    expect(averageDaysDelinquent(dso, bpdso)).toBeCloseTo(9.125, 12);
  });
  it("null without sales", () => {
    expect(standardDso(100, 0, 90)).toBeNull();
    expect(averageDaysDelinquent(null, 3)).toBeNull();
  });
});

describe("CEI and bad-debt rate", () => {
  it("CEI (100,000 + 1,000,000 − 120,000) / (100,000 + 1,000,000 − 100,000) = 98%", () => {
    expect(collectionEffectiveness(e(100_000), e(1_000_000), e(120_000), e(100_000))).toBe(98);
  });
  it("CEI is null when nothing was collectable", () => {
    expect(collectionEffectiveness(0, 0, 0, 0)).toBeNull();
  });
  it("bad debt 1,000 written off on 100,000 of sales = 1%", () => {
    expect(badDebtRate(e(1_000), e(100_000))).toBe(1);
    expect(badDebtRate(e(1_000), 0)).toBeNull();
  });
});

describe("scaling every amount by k changes no DSO variant (property)", () => {
  it("countback, standard, BPDSO, ADD, CEI", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(
          fc.record({
            sales: fc.integer({ min: -100_000, max: 5_000_000 }),
            days: fc.integer({ min: 1, max: 31 }),
          }),
          { minLength: 1, maxLength: 24 }
        ),
        fc.integer({ min: 2, max: 1000 }),
        (ar, current, months, k) => {
          const scaled = months.map((m) => ({ sales: m.sales * k, days: m.days }));
          expect(countbackDso(ar * k, scaled)).toBe(countbackDso(ar, months));
          const sales = months.reduce((s, m) => s + m.sales, 0);
          const days = months.reduce((s, m) => s + m.days, 0);
          expect(standardDso(ar * k, sales * k, days)).toBe(standardDso(ar, sales, days));
          expect(bestPossibleDso(current * k, sales * k, days)).toBe(
            bestPossibleDso(current, sales, days)
          );
          expect(collectionEffectiveness(current * k, sales * k, ar * k, current * k)).toBe(
            collectionEffectiveness(current, sales, ar, current)
          );
        }
      )
    );
  });
});
