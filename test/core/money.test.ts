import fc from "fast-check";
import {
  CoreError,
  ZERO,
  addCents,
  cents,
  centsFromEuros,
  centsToEuros,
  formatCents,
  sumCents,
  type Cents,
} from "../../src/core";

/** Cents whose euro value (c / 100) still has distinct 2-decimal floats: |c| <= 4e15. */
const anyCents = fc.integer({ min: -4e15, max: 4e15 }).map((n) => cents(n));

describe("cents", () => {
  it("brands safe integers", () => {
    expect(cents(12345)).toBe(12345);
    expect(cents(-1)).toBe(-1);
    expect(cents(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("normalises -0 to 0", () => {
    expect(Object.is(cents(-0), 0)).toBe(true);
  });

  it.each([
    [1.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [2 ** 53],
    ["12" as unknown as number],
  ])("rejects %p with a message naming it", (value) => {
    expect(() => cents(value)).toThrow(CoreError);
    expect(() => cents(value)).toThrow(String(value));
  });
});

describe("centsFromEuros", () => {
  it.each<[number, number]>([
    [147703.18, 14770318],
    [1.005, 101],
    [-1.005, -101],
    [1.015, 102],
    [2.675, 268],
    [0.285, 29],
    [0.1 + 0.2, 30],
    [-0.5, -50],
    [0.005, 1],
    [-0.005, -1],
    [0.004, 0],
    [1e-7, 0],
    [12, 1200],
    [-12.5, -1250],
    [1e6, 100000000],
    [1.5e13, 1.5e15],
    [90071992547409.9, Number.MAX_SAFE_INTEGER - 1],
  ])("%p euros -> %p cents", (euros, expected) => {
    expect(centsFromEuros(euros)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(centsFromEuros(-0), 0)).toBe(true);
    expect(Object.is(centsFromEuros(-0.004), 0)).toBe(true);
    expect(Object.is(centsFromEuros(-1e-9), 0)).toBe(true);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])(
    "rejects %p",
    (value) => {
      expect(() => centsFromEuros(value)).toThrow(CoreError);
    }
  );

  it("rejects amounts too large for exact cents, naming the value", () => {
    expect(() => centsFromEuros(1e14)).toThrow(/100000000000000 euros is too large/);
    expect(() => centsFromEuros(-1e21)).toThrow(CoreError);
  });

  it("inverts centsToEuros for every cents value in a wide range", () => {
    fc.assert(
      fc.property(anyCents, (c) => centsFromEuros(centsToEuros(c)) === c),
      { numRuns: 5000 }
    );
  });

  it("is exact for every 2-decimal amount written as a literal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, frac) => {
          const text = `${whole < 0 ? "-" : ""}${Math.abs(whole)}.${String(frac).padStart(2, "0")}`;
          const expected = whole < 0 ? whole * 100 - frac : whole * 100 + frac;
          return centsFromEuros(Number(text)) === (expected === 0 ? 0 : expected);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("rounds half away from zero, symmetric in sign", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const a = centsFromEuros(x);
        const b = centsFromEuros(-x);
        return a === (b === 0 ? 0 : -b) && Math.abs(a / 100 - x) <= 0.005 + 1e-6;
      }),
      { numRuns: 3000 }
    );
  });
});

describe("centsToEuros", () => {
  it.each<[number, number]>([
    [14770318, 147703.18],
    [-1250, -12.5],
    [1, 0.01],
    [0, 0],
  ])("%p cents -> %p euros", (c, euros) => {
    expect(centsToEuros(cents(c))).toBe(euros);
  });

  it("rejects non-integers that bypassed the brand", () => {
    expect(() => centsToEuros(1.5 as Cents)).toThrow(CoreError);
  });
});

describe("addCents and sumCents", () => {
  it("add exactly where floats would drift", () => {
    const dimes = Array.from({ length: 10 }, () => cents(10));
    expect(sumCents(dimes)).toBe(100);
    expect(addCents(cents(10), cents(20))).toBe(30);
    expect(sumCents([])).toBe(ZERO);
    expect(sumCents(new Set([cents(1), cents(-3)]))).toBe(-2);
  });

  it("reject sums beyond the safe-integer range", () => {
    expect(() => addCents(cents(Number.MAX_SAFE_INTEGER), cents(1))).toThrow(CoreError);
    expect(() =>
      sumCents([cents(Number.MAX_SAFE_INTEGER), cents(Number.MAX_SAFE_INTEGER)])
    ).toThrow(CoreError);
  });

  it("is order independent", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (values) => {
        const list = values.map((v) => cents(v));
        return (
          sumCents(list) === sumCents([...list].reverse()) &&
          sumCents(list) === values.reduce((a, b) => a + b, 0)
        );
      })
    );
  });
});

describe("formatCents", () => {
  it.each<[number, string, string]>([
    [123456, "€ 1.234,56", "€1,234.56"],
    [-1250, "-€ 12,50", "-€12.50"],
    [0, "€ 0,00", "€0.00"],
    [5, "€ 0,05", "€0.05"],
    [-5, "-€ 0,05", "-€0.05"],
    [100000000, "€ 1.000.000,00", "€1,000,000.00"],
    [14770318, "€ 147.703,18", "€147,703.18"],
  ])("%p cents -> nl %p, en %p", (c, nl, en) => {
    expect(formatCents(cents(c), "nl")).toBe(nl);
    expect(formatCents(cents(c), "en")).toBe(en);
  });
});
