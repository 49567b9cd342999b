import fc from "fast-check";
import {
  addDays,
  isoDay,
  toEpochDay,
  cents,
  CoreError,
  statutoryInterest,
  statutoryInterestCents,
  STATUTORY_RATES,
  type RateTable,
} from "../../src/core";

const d = isoDay;
const FLAT_6: RateTable = {
  commercial: [{ from: d("2000-01-01"), pct: 6, source: "test" }],
  consumer: [{ from: d("2000-01-01"), pct: 6, source: "test" }],
};
const TABLES = { c: "commercial", w: "consumer", flat: "consumer" } as const;

// Expected values from an independent day-by-day reference (Python, exact fractions): each day adds
// base × rate / 365; rounded half up at anniversaries, payments and the end; 6:44 on payments.
// Columns: name, table, principal, from, to, payments [day, cents], costs, interest,
// outstanding principal / interest / costs, per payment [toCosts, toInterest, toPrincipal, remainder].
type Case = [
  string,
  "c" | "w" | "flat",
  number,
  string,
  string,
  [string, number][],
  number,
  number,
  number,
  number,
  number,
  number[][],
];
const CASES: Case[] = [
  [
    "consumer 3,000, costs 100, 1,500 paid on 2014-12-12 (issue example)",
    "w",
    300000,
    "2014-05-29",
    "2014-12-12",
    [["2014-12-12", 150000]],
    10000,
    4858,
    164858,
    0,
    0,
    [[10000, 4858, 135142, 0]],
  ],
  [
    "5,000 at a flat 6 % over exactly two years: 300.00 + 318.00 (issue example)",
    "flat",
    500000,
    "2017-03-01",
    "2019-03-01",
    [],
    0,
    61800,
    500000,
    61800,
    0,
    [],
  ],
  [
    "rate change inside a period: 12.50 % then 12.25 % from 2024-07-01",
    "c",
    1000000,
    "2024-03-31",
    "2024-07-15",
    [],
    0,
    36199,
    1000000,
    36199,
    0,
    [],
  ],
  [
    "29 February start: the first interest year ends on 2025-02-28",
    "c",
    1000000,
    "2024-02-29",
    "2025-02-28",
    [],
    0,
    121558,
    1000000,
    121558,
    0,
    [],
  ],
  [
    "29 February start over three part years, past the end of the table",
    "c",
    1000000,
    "2024-02-29",
    "2027-01-10",
    [],
    0,
    349680,
    1000000,
    349680,
    0,
    [],
  ],
  [
    "29 February start, anniversaries 2021-02-28 \u2026 2024-02-29",
    "c",
    1000000,
    "2020-02-29",
    "2024-03-15",
    [],
    0,
    418523,
    1000000,
    418523,
    0,
    [],
  ],
  [
    "25,000,000.00 commercial over ten years, no overflow",
    "c",
    2500000000,
    "2015-06-30",
    "2025-06-30",
    [],
    0,
    3375520028,
    2500000000,
    3375520028,
    0,
    [],
  ],
  [
    "25,000,000.00 consumer over ten years",
    "w",
    2500000000,
    "2015-06-30",
    "2025-06-30",
    [],
    0,
    855581990,
    2500000000,
    855581990,
    0,
    [],
  ],
  [
    "handelsrente from the first day of the table (7 % until 2002-11-30)",
    "c",
    1234567,
    "2002-08-07",
    "2003-08-07",
    [],
    0,
    110079,
    1234567,
    110079,
    0,
    [],
  ],
  [
    "across 2002-12-01 (7 % \u2192 10.35 %) and 2003-01-01",
    "c",
    1234567,
    "2002-11-15",
    "2003-02-01",
    [],
    0,
    25065,
    1234567,
    25065,
    0,
    [],
  ],
  [
    "second half of 2011 at 8.25 %",
    "c",
    500000,
    "2011-06-15",
    "2011-12-31",
    [],
    0,
    22438,
    500000,
    22438,
    0,
    [],
  ],
  [
    "2004: 9.02 % then 9.01 %",
    "c",
    500000,
    "2004-01-01",
    "2004-12-31",
    [],
    0,
    45075,
    500000,
    45075,
    0,
    [],
  ],
  [
    "new margin from 2013-03-16 (7.75 % \u2192 8.75 %)",
    "c",
    999999,
    "2013-03-01",
    "2013-04-01",
    [],
    0,
    7048,
    999999,
    7048,
    0,
    [],
  ],
  [
    "consumer 2023-2024: four rates, one anniversary",
    "w",
    100000,
    "2022-12-31",
    "2024-12-31",
    [],
    0,
    12379,
    100000,
    12379,
    0,
    [],
  ],
  [
    "one day at the new rate (6 % from 2023-07-01)",
    "w",
    100000,
    "2023-06-30",
    "2023-07-01",
    [],
    0,
    16,
    100000,
    16,
    0,
    [],
  ],
  [
    "one cent of interest rounds down to zero",
    "c",
    100,
    "2024-01-01",
    "2024-01-02",
    [],
    0,
    0,
    100,
    0,
    0,
    [],
  ],
  [
    "commercial, ten full years from 2008",
    "c",
    10000000,
    "2008-01-01",
    "2018-01-01",
    [],
    0,
    12553044,
    10000000,
    12553044,
    0,
    [],
  ],
  [
    "consumer, ten full years from 2008",
    "w",
    10000000,
    "2008-01-01",
    "2018-01-01",
    [],
    0,
    3827546,
    10000000,
    3827546,
    0,
    [],
  ],
  [
    "costs 875 and two partial payments (art. 6:44)",
    "c",
    500000,
    "2023-01-15",
    "2025-06-01",
    [
      ["2023-09-01", 100000],
      ["2024-03-01", 100000],
    ],
    87500,
    135052,
    452765,
    69787,
    0,
    [
      [87500, 12500, 0, 0],
      [0, 52765, 47235, 0],
    ],
  ],
  [
    "payment of interest only, before the second anniversary",
    "c",
    500000,
    "2022-01-15",
    "2025-06-01",
    [["2023-03-01", 20000]],
    0,
    198673,
    500000,
    178673,
    0,
    [[0, 20000, 0, 0]],
  ],
  [
    "consumer from 2020-12-31 to 2026-11-23",
    "w",
    300000,
    "2020-12-31",
    "2026-11-23",
    [],
    0,
    85126,
    300000,
    85126,
    0,
    [],
  ],
  [
    "past the last known half-year (uses 10.40 %)",
    "c",
    300000,
    "2025-12-31",
    "2027-03-31",
    [],
    0,
    39312,
    300000,
    39312,
    0,
    [],
  ],
  [
    "1,000,000,000.00 (BigInt path) over ten years",
    "c",
    100000000000,
    "2016-01-01",
    "2026-01-01",
    [],
    0,
    137314100407,
    100000000000,
    137314100407,
    0,
    [],
  ],
];

describe("statutoryInterest: worked cases", () => {
  it.each(CASES)(
    "%s",
    (_name, table, principal, from, to, payments, costs, interest, outP, outI, outC, applied) => {
      const input = {
        principal: cents(principal),
        from: d(from),
        to: d(to),
        kind: TABLES[table],
        payments: payments.map(([day, amount]) => ({ day: d(day), amount: cents(amount) })),
        costs: cents(costs),
        ...(table === "flat" ? { rates: FLAT_6 } : {}),
      };
      const result = statutoryInterest(input);
      expect(result.interest).toBe(interest);
      expect(result.outstanding).toEqual({ principal: outP, interest: outI, costs: outC });
      expect(
        result.payments.map((p) => [p.toCosts, p.toInterest, p.toPrincipal, p.remainder])
      ).toEqual(applied);
      expect(result.periods.reduce((sum, p) => sum + p.interest, 0)).toBe(interest);
      if (payments.length === 0) {
        const rates = table === "flat" ? FLAT_6 : STATUTORY_RATES;
        expect(
          statutoryInterestCents(
            principal,
            toEpochDay(d(from)),
            toEpochDay(d(to)),
            TABLES[table],
            rates
          )
        ).toBe(interest);
      }
    }
  );

  it("shows the issue's allocation example in euros: 100.00 / 48.58 / 1,351.42", () => {
    const result = statutoryInterest({
      principal: cents(300_000),
      from: d("2014-05-29"),
      to: d("2014-12-12"),
      kind: "consumer",
      costs: cents(10_000),
      payments: [{ day: d("2014-12-12"), amount: cents(150_000) }],
    });
    expect(result.payments[0]).toMatchObject({
      toCosts: 10_000,
      toInterest: 4_858,
      toPrincipal: 135_142,
    });
    expect(result.periods).toEqual([
      {
        from: "2014-05-30",
        to: "2014-12-12",
        days: 197,
        ratePct: 3,
        base: 300_000,
        interest: 4_858,
      },
    ]);
  });

  it("compounds yearly: the second year runs on 5,300.00", () => {
    const result = statutoryInterest({
      principal: cents(500_000),
      from: d("2017-03-01"),
      to: d("2019-03-01"),
      kind: "commercial",
      rates: FLAT_6,
    });
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.base, p.interest])).toEqual([
      ["2017-03-02", "2018-03-01", 365, 500_000, 30_000],
      ["2018-03-02", "2019-03-01", 365, 530_000, 31_800],
    ]);
  });

  it("splits the specification at a rate change; the lines add up to the rounded total", () => {
    const result = statutoryInterest({
      principal: cents(1_000_000),
      from: d("2024-03-31"),
      to: d("2024-07-15"),
      kind: "commercial",
    });
    // 311.6438… + 50.3425… = 361.9863… → 361.99; the extra cent goes to the larger remainder.
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.ratePct, p.interest])).toEqual([
      ["2024-04-01", "2024-06-30", 91, 12.5, 31_165],
      ["2024-07-01", "2024-07-15", 15, 12.25, 5_034],
    ]);
    expect(result.rateTableEndsAt).toBeUndefined();
  });

  it("says so when the calculation day is past the rate table", () => {
    const result = statutoryInterest({
      principal: cents(300_000),
      from: d("2025-12-31"),
      to: d("2027-03-31"),
      kind: "commercial",
    });
    expect(result.rateTableEndsAt).toBe("2026-12-31");
    expect(result.note).toMatch(/2026-12-31.*10\.4 %/);
  });

  it("does not depend on redundant rows in the rate table", () => {
    const split: RateTable = {
      ...FLAT_6,
      consumer: [FLAT_6.consumer[0]!, { from: d("2017-09-13"), pct: 6, source: "same rate" }],
    };
    const a = statutoryInterest({
      principal: cents(123_457),
      from: d("2017-03-01"),
      to: d("2019-11-01"),
      kind: "consumer",
      rates: FLAT_6,
    });
    const b = statutoryInterest({
      principal: cents(123_457),
      from: d("2017-03-01"),
      to: d("2019-11-01"),
      kind: "consumer",
      rates: split,
    });
    expect(b).toEqual(a);
  });

  it("rejects bad input with a message naming the value", () => {
    const base = {
      principal: cents(100),
      from: d("2024-01-01"),
      to: d("2024-02-01"),
      kind: "commercial" as const,
    };
    expect(() => statutoryInterest({ ...base, to: d("2023-12-31") })).toThrow(
      /2023-12-31 is before the due date 2024-01-01/
    );
    expect(() => statutoryInterest({ ...base, principal: -5 as never })).toThrow(/principal -5/);
    expect(() => statutoryInterest({ ...base, kind: "b2b" as never })).toThrow(
      /"b2b" is not an interest kind/
    );
    expect(() =>
      statutoryInterest({ ...base, payments: [{ day: d("2024-02-02"), amount: cents(1) }] })
    ).toThrow(/Payment 1 on 2024-02-02 is after the calculation day 2024-02-01/);
    expect(() => statutoryInterest({ ...base, from: d("2002-01-01") })).toThrow(CoreError);
    expect(() => statutoryInterest({ ...base, from: d("2002-01-01") })).toThrow(
      /table starts on 2002-08-08/
    );
    expect(() => statutoryInterestCents(100, 10, 9, "commercial")).toThrow(/before the due date/);
  });
});

// Days from 2003 to 2026 and spans up to ten years (some past the table).
const anyFrom = fc.integer({ min: 0, max: 8400 }).map((n) => addDays(d("2003-01-01"), n));
const anySpan = fc.integer({ min: 0, max: 3700 });
const anyPrincipal = fc.integer({ min: 0, max: 5_000_000_00 });
const anyKind = fc.constantFrom("commercial" as const, "consumer" as const);

describe("statutoryInterest: properties", () => {
  it("is 0 when to = from", () => {
    fc.assert(
      fc.property(anyPrincipal, anyFrom, anyKind, (p, from, kind) => {
        expect(statutoryInterest({ principal: cents(p), from, to: from, kind }).interest).toBe(0);
      })
    );
  });

  it("is non-decreasing in to", () => {
    fc.assert(
      fc.property(anyPrincipal, anyFrom, anySpan, anySpan, anyKind, (p, from, a, b, kind) => {
        const at = (n: number) =>
          statutoryInterestCents(p, toEpochDay(from), toEpochDay(from) + n, kind);
        expect(at(Math.min(a, b))).toBeLessThanOrEqual(at(Math.max(a, b)));
      })
    );
  });

  it("is linear in the principal up to rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_00 }),
        fc.integer({ min: 2, max: 50 }),
        anyFrom,
        anySpan,
        anyKind,
        (p, k, from, span, kind) => {
          const f = toEpochDay(from);
          const one = statutoryInterestCents(p, f, f + span, kind);
          const many = statutoryInterestCents(p * k, f, f + span, kind);
          // Each year's rounding is off by at most ½ cent (k × ½ for the k-fold small one);
          // later years carry earlier differences at ≤ 12.5 % a year.
          const years = Math.floor(span / 365) + 1;
          const bound = ((k + 1) / 2) * years * Math.pow(1.125, years) + 1;
          expect(Math.abs(many - k * one)).toBeLessThanOrEqual(bound);
        }
      )
    );
  });

  it("has specification lines that sum to the total, and the fast path agrees", () => {
    fc.assert(
      fc.property(anyPrincipal, anyFrom, anySpan, anyKind, (p, from, span, kind) => {
        const to = addDays(from, span);
        const result = statutoryInterest({ principal: cents(p), from, to, kind });
        expect(result.periods.reduce((s, x) => s + x.interest, 0)).toBe(result.interest);
        if (p > 0) expect(result.periods.reduce((s, x) => s + x.days, 0)).toBe(span);
        expect(statutoryInterestCents(p, toEpochDay(from), toEpochDay(to), kind)).toBe(
          result.interest
        );
      })
    );
  });

  it("never loses a cent over payments: paid + outstanding = principal + costs + interest", () => {
    const anyPayment = fc.record({
      offset: fc.integer({ min: -30, max: 3700 }),
      amount: fc.integer({ min: 0, max: 2_000_000 }),
    });
    fc.assert(
      fc.property(
        anyPrincipal,
        fc.integer({ min: 0, max: 100_000 }),
        anyFrom,
        anySpan,
        anyKind,
        fc.array(anyPayment, { maxLength: 5 }),
        (p, costs, from, span, kind, raw) => {
          const to = addDays(from, span);
          const payments = raw.map((x) => ({
            day: addDays(from, Math.min(x.offset, span)),
            amount: cents(x.amount),
          }));
          const r = statutoryInterest({
            principal: cents(p),
            from,
            to,
            kind,
            costs: cents(costs),
            payments,
          });
          let paid = 0;
          for (const x of r.payments) {
            expect(x.toCosts + x.toInterest + x.toPrincipal + x.remainder).toBe(x.amount);
            paid += x.toCosts + x.toInterest + x.toPrincipal;
          }
          const o = r.outstanding;
          expect(paid + o.principal + o.interest + o.costs).toBe(p + costs + r.interest);
          expect(r.periods.reduce((s, x) => s + x.interest, 0)).toBe(r.interest);
        }
      )
    );
  });
});
