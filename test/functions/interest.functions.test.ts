// The interest functions as Excel calls them: serials, nulls, ranges and text in; euros, a spilled
// table or CustomFunctions.Error out.
import { errorOf } from "./custom-functions-fake";
import fc from "fast-check";

const { interestFunction, interestSpecFunction, rateFunction, collectionCostsFunction } =
  await import("../../functions");
const { amountArg, epochDayArg } = await import("../../functions");
const { today } = await import("../../functions");
const { dayToSerial, serialToDay } = await import("../../src/core");
const { addDays, isoDay, toEpochDay } = await import("../../src/core");
const { centsFromEuros } = await import("../../src/core");

const serial = (d: string): number => dayToSerial(isoDay(d));
// What Excel passes for an omitted range argument (the signature types ranges as any[][]).
const BLANK_RANGE = null as never;

describe("=DEB.INTEREST", () => {
  it("computes the issue's examples from serials", () => {
    expect(interestFunction(3000, serial("2014-05-29"), serial("2014-12-12"), "wettelijk")).toBe(
      48.58
    );
    // 10,000 commercial (the default kind), rate change on 2024-07-01.
    expect(interestFunction(10000, serial("2024-03-31"), serial("2024-07-15"))).toBe(361.99);
    expect(
      interestFunction(10000, serial("2024-03-31"), serial("2024-07-15"), null, BLANK_RANGE)
    ).toBe(361.99);
    // 25,000,000.00 over ten years, exact to the cent.
    expect(interestFunction(25_000_000, serial("2015-06-30"), serial("2025-06-30"))).toBe(
      33_755_200.28
    );
  });

  it("accepts text dates, a time part, text amounts and every spelling of the kind", () => {
    expect(interestFunction("10.000,00", "2024-03-31", "15-07-2024")).toBe(361.99);
    expect(interestFunction(10000, serial("2024-03-31") + 0.6, serial("2024-07-15") + 0.2)).toBe(
      361.99
    );
    const commercial = ["handels", "Handelsrente", " B2B ", "commercial", ""];
    const consumer = ["wettelijk", "WETTELIJKE", "b2c", "particulier", "consument", "consumer"];
    for (const kind of commercial) {
      expect(interestFunction(10000, serial("2024-03-31"), serial("2024-07-15"), kind)).toBe(
        361.99
      );
    }
    for (const kind of consumer) {
      // 106 days at 7 %: 203.29
      expect(interestFunction(10000, serial("2024-03-31"), serial("2024-07-15"), kind)).toBe(
        203.29
      );
    }
  });

  it("applies payments from a two-column range, skipping blank rows", () => {
    const payments = [
      [null, null],
      [serial("2014-12-12"), 1500],
      ["", ""],
    ];
    expect(
      interestFunction(3000, serial("2014-05-29"), serial("2014-12-12"), "wettelijk", payments)
    ).toBe(48.58);
    // No costs: 48.58 to interest, 1,451.42 to principal; then interest runs on 1,548.58.
    const later = interestFunction(3000, serial("2014-05-29"), serial("2015-05-29"), "wettelijk", [
      [serial("2014-12-12"), 1500],
    ]);
    // 197 days at 3 % on 3,000 (48.58) + 19 days at 3 % and 149 days at 2 % on 1,548.58 (15.06).
    expect(later).toBe(63.64);
  });

  it("defaults as_of to today", () => {
    const due = addDays(today(), -30);
    expect(interestFunction(1000, serial(due))).toBe(
      interestFunction(1000, serial(due), serial(today()))
    );
  });

  it("returns #VALUE! naming the argument and the reason", () => {
    const due = serial("2024-01-31");
    const asOf = serial("2024-04-30");
    const cases: [() => unknown, RegExp][] = [
      [() => interestFunction(-5, due, asOf), /^principal: .*-5.*negative/],
      [() => interestFunction(null, due, asOf), /^principal: the amount is empty/],
      [() => interestFunction("veel", due, asOf), /^principal: .*veel/],
      [() => interestFunction(100, "gisteren", asOf), /^due_date: .*gisteren/],
      [
        () => interestFunction(100, due, serial("2024-01-30")),
        /^as_of: 2024-01-30 is before the due date 2024-01-31/,
      ],
      [() => interestFunction(100, due, asOf, "zakelijk"), /^kind: "zakelijk" is not a kind/],
      [
        () => interestFunction(100, due, asOf, null, [[serial("2024-05-01"), 10]]),
        /^payments: the payment on 2024-05-01 is after as_of 2024-04-30/,
      ],
      [
        () =>
          interestFunction(100, due, asOf, null, [
            [null, null],
            [serial("2024-02-01"), null],
          ]),
        /^payments: row 2 needs both a date and an amount/,
      ],
      [
        () => interestFunction(100, due, asOf, null, [[serial("2024-02-01"), -10]]),
        /^payments row 1: .*negative/,
      ],
      [
        () => interestFunction(100, due, asOf, null, [[serial("2024-02-01"), 10, 3]]),
        /^payments: row 1 has 3 column/,
      ],
      [
        () => interestFunction(100, serial("2001-05-01"), asOf),
        /^due_date: No handelsrente rate is known for 2001-05-02/,
      ],
      [() => interestFunction(100, 60, asOf), /^due_date: .*1900-02-29/],
    ];
    for (const [call, message] of cases) {
      const error = errorOf(call);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(message);
    }
  });
});

describe("=DEB.INTERESTSPEC", () => {
  it("spills the renteberekening with a header, dates as serials and the rate as a fraction", () => {
    expect(interestSpecFunction(10000, serial("2024-03-31"), serial("2024-07-15"))).toEqual([
      ["from", "to", "days", "rate", "base", "interest"],
      [serial("2024-04-01"), serial("2024-06-30"), 91, 0.125, 10000, 311.65],
      [serial("2024-07-01"), serial("2024-07-15"), 15, 0.1225, 10000, 50.34],
    ]);
  });

  it("shows compounding and sums to DEB.INTEREST, with payments", () => {
    const payments = [[serial("2024-09-01"), 2000]];
    const args = [5000, serial("2023-01-15"), serial("2025-06-01"), "handels", payments] as const;
    const table = interestSpecFunction(...args);
    const total = table.slice(1).reduce((sum, row) => sum + Math.round(row[5] * 100), 0);
    expect(total / 100).toBe(interestFunction(...args));
    expect(table.slice(1).map((row) => row[4])).toContain(5000);
  });

  it("adds a note row when as_of is past the rate table", () => {
    const table = interestSpecFunction(3000, serial("2025-12-31"), serial("2027-03-31"));
    expect(table.at(-1)![0]).toMatch(/rate table runs to 2026-12-31/);
  });

  it("returns #VALUE! like DEB.INTEREST", () => {
    expect(errorOf(() => interestSpecFunction(100, "x", 1)).message).toMatch(/^due_date: /);
  });
});

describe("=DEB.RATE", () => {
  it("returns the rate as a fraction", () => {
    expect(rateFunction(serial("2025-11-23"))).toBe(0.1015);
    expect(rateFunction("2026-11-23", "handels")).toBe(0.104);
    expect(rateFunction(serial("2026-11-23"), "wettelijk")).toBe(0.04);
    expect(rateFunction(serial("2011-08-01"))).toBe(0.0825);
  });

  it("returns #VALUE! for a day before the table or a bad kind", () => {
    expect(errorOf(() => rateFunction(serial("2001-01-01"))).message).toMatch(
      /^date: .*2002-08-08/
    );
    expect(errorOf(() => rateFunction(serial("2024-01-01"), 3)).message).toMatch(/^kind: 3/);
  });
});

describe("=DEB.COLLECTIONCOSTS", () => {
  it("follows the staffel, with VAT on request", () => {
    expect(collectionCostsFunction(2500)).toBe(375);
    expect(collectionCostsFunction(2500, true)).toBe(453.75);
    expect(collectionCostsFunction(2500, "ja")).toBe(453.75);
    expect(collectionCostsFunction(2500, 0)).toBe(375);
    expect(collectionCostsFunction(100, null)).toBe(40);
    expect(collectionCostsFunction(1_000_000)).toBe(6775);
    expect(collectionCostsFunction(0)).toBe(0);
    expect(collectionCostsFunction("€ 10.000,00")).toBe(875);
  });

  it("returns #VALUE! naming the argument", () => {
    expect(errorOf(() => collectionCostsFunction(-1)).message).toMatch(/^principal: /);
    expect(errorOf(() => collectionCostsFunction(100, "misschien")).message).toMatch(/^add_vat: /);
  });
});

describe("interest argument fast paths", () => {
  it("converts serials exactly as serialToDay does", () => {
    for (let s = 1; s <= 2_958_465; s += s < 1000 ? 1 : 97) {
      if (s === 60) continue;
      expect(epochDayArg("d", s)).toBe(toEpochDay(serialToDay(s)));
    }
    expect(epochDayArg("d", 2_958_465.5)).toBe(toEpochDay(isoDay("9999-12-31")));
    expect(() => epochDayArg("d", 2_958_466)).toThrow(/^d: /);
  });

  it("reads euro numbers exactly as centsFromEuros does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 2e9, noNaN: true }),
          fc.integer({ min: 0, max: 1e11 }).map((c) => c / 100),
          fc.integer({ min: 0, max: 1e12 }).map((c) => c / 1000)
        ),
        (euros) => {
          expect(amountArg("x", euros)).toBe(centsFromEuros(euros));
        }
      )
    );
    expect(amountArg("x", 1.005)).toBe(101);
    expect(amountArg("x", 0.125)).toBe(13);
  });
});
