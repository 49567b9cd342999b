import fc from "fast-check";
import {
  CoreError,
  addDays,
  addMonths,
  addYears,
  compareDays,
  dayFromUtcDate,
  dayOfMonth,
  dayOfWeek,
  daysInMonth,
  diffDays,
  endOfMonth,
  fromEpochDay,
  isIsoDay,
  isoDay,
  makeDay,
  monthOf,
  startOfMonth,
  toEpochDay,
  yearOf,
  type IsoDay,
} from "../../src/core";

const FIRST = toEpochDay(isoDay("1000-01-01"));
const LAST = toEpochDay(isoDay("9999-12-31"));
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);
/** Days away from the ends of the range, so arithmetic on them cannot leave it. */
const middleDay = fc.integer({ min: FIRST + 40_000, max: LAST - 40_000 }).map(fromEpochDay);
const d = isoDay;

describe("isIsoDay / isoDay / makeDay", () => {
  it.each(["2026-11-22", "2024-02-29", "2000-02-29", "1000-01-01", "9999-12-31", "1900-02-28"])(
    "accepts %p",
    (text) => {
      expect(isIsoDay(text)).toBe(true);
      expect(isoDay(text)).toBe(text);
    }
  );

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-01-00",
    "0999-12-31",
    "2026-1-5",
    "2026-11-22T00:00:00",
    " 2026-11-22",
    "22-11-2026",
    "",
  ])("rejects %p", (text) => {
    expect(isIsoDay(text)).toBe(false);
    expect(() => isoDay(text)).toThrow(CoreError);
  });

  it("rejects non-strings without throwing", () => {
    expect(isIsoDay(20261122)).toBe(false);
    expect(isIsoDay(null)).toBe(false);
    expect(isIsoDay(new Date(0))).toBe(false);
  });

  it("names the bad text in the error", () => {
    expect(() => isoDay("2023-02-29")).toThrow('"2023-02-29" is not a valid day');
  });

  it("makes days from parts and rejects impossible ones", () => {
    expect(makeDay(2026, 2, 3)).toBe("2026-02-03");
    expect(makeDay(2024, 2, 29)).toBe("2024-02-29");
    expect(() => makeDay(2025, 2, 29)).toThrow(CoreError);
    expect(() => makeDay(2026, 0, 1)).toThrow(CoreError);
    expect(() => makeDay(2026, 1, 1.5)).toThrow(CoreError);
    expect(() => makeDay(10000, 1, 1)).toThrow(CoreError);
  });

  it("splits days into parts", () => {
    const day = d("2026-11-22");
    expect([yearOf(day), monthOf(day), dayOfMonth(day)]).toEqual([2026, 11, 22]);
  });
});

describe("daysInMonth", () => {
  it.each<[number, number, number]>([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("%p-%p has %p days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it("rejects months outside 1..12", () => {
    expect(() => daysInMonth(2026, 13)).toThrow(CoreError);
    expect(() => daysInMonth(2026, 0)).toThrow("0 is not a month number");
  });
});

describe("epoch days", () => {
  it.each<[string, number]>([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["1900-01-01", -25567],
    ["2026-11-22", 20779],
  ])("%p is epoch day %p", (text, n) => {
    expect(toEpochDay(d(text))).toBe(n);
    expect(fromEpochDay(n)).toBe(text);
  });

  it("agrees with Date.UTC over the whole range", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const utc = Date.UTC(yearOf(day), monthOf(day) - 1, dayOfMonth(day));
        return toEpochDay(day) * 86_400_000 === utc;
      }),
      { numRuns: 3000 }
    );
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => toEpochDay(fromEpochDay(n)) === n)
    );
  });

  it("rejects days outside 1000..9999 and non-integers", () => {
    expect(() => fromEpochDay(FIRST - 1)).toThrow(CoreError);
    expect(() => fromEpochDay(LAST + 1)).toThrow(CoreError);
    expect(() => fromEpochDay(1.5)).toThrow(CoreError);
  });
});

describe("addDays / diffDays / compareDays", () => {
  it("works across month, year and leap-day boundaries", () => {
    expect(addDays(d("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(d("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(d("2024-03-01"), -1)).toBe("2024-02-29");
    expect(addDays(d("2026-11-22"), 0)).toBe("2026-11-22");
    expect(diffDays(d("2027-01-01"), d("2026-01-01"))).toBe(365);
    expect(diffDays(d("2025-01-01"), d("2024-01-01"))).toBe(366);
    expect(diffDays(d("2026-01-01"), d("2026-03-01"))).toBe(-59);
  });

  it("rejects fractional day counts", () => {
    expect(() => addDays(d("2026-01-01"), 0.5)).toThrow("0.5 is not a whole number of days");
  });

  it("are inverse to each other", () => {
    fc.assert(
      fc.property(middleDay, fc.integer({ min: -40_000, max: 40_000 }), (day, n) => {
        const later = addDays(day, n);
        return diffDays(later, day) === n && addDays(later, -n) === day;
      })
    );
  });

  it("compareDays orders like the ISO strings", () => {
    fc.assert(
      fc.property(
        anyDay,
        anyDay,
        (a, b) => Math.sign(compareDays(a, b)) === Math.sign(a.localeCompare(b))
      )
    );
    const sorted = [d("2026-03-01"), d("2025-12-31"), d("2026-01-15")].sort(compareDays);
    expect(sorted).toEqual(["2025-12-31", "2026-01-15", "2026-03-01"]);
  });
});

describe("month helpers", () => {
  it("start and end of month", () => {
    expect(startOfMonth(d("2026-11-22"))).toBe("2026-11-01");
    expect(endOfMonth(d("2026-11-22"))).toBe("2026-11-30");
    expect(endOfMonth(d("2024-02-01"))).toBe("2024-02-29");
    expect(endOfMonth(d("2026-12-05"))).toBe("2026-12-31");
  });

  it.each<[string, number, string]>([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-31", 1, "2026-06-30"],
    ["2026-11-22", 2, "2027-01-22"],
    ["2026-01-15", -13, "2024-12-15"],
    ["2026-08-31", 0, "2026-08-31"],
  ])("addMonths(%p, %p) = %p", (day, n, expected) => {
    expect(addMonths(d(day), n)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", -1, "2023-02-28"],
    ["2026-11-22", 10, "2036-11-22"],
  ])("addYears(%p, %p) = %p", (day, n, expected) => {
    expect(addYears(d(day), n)).toBe(expected);
  });

  it("rejects results outside the supported years", () => {
    expect(() => addYears(d("9999-06-01"), 1)).toThrow(CoreError);
    expect(() => addMonths(d("1000-01-01"), -1)).toThrow(CoreError);
  });

  it("addMonths lands in the right month and clamps to its end", () => {
    fc.assert(
      fc.property(middleDay, fc.integer({ min: -1200, max: 1200 }), (day, n) => {
        const result = addMonths(day, n);
        const months = yearOf(result) * 12 + monthOf(result) - (yearOf(day) * 12 + monthOf(day));
        const expectedDay = Math.min(dayOfMonth(day), daysInMonth(yearOf(result), monthOf(result)));
        return months === n && dayOfMonth(result) === expectedDay;
      })
    );
  });

  it("addYears keeps month and day except Feb 29 in non-leap years", () => {
    fc.assert(
      fc.property(middleDay, fc.integer({ min: -100, max: 100 }), (day, n) => {
        const result = addYears(day, n);
        const feb29Clamped =
          monthOf(day) === 2 && dayOfMonth(day) === 29 && daysInMonth(yearOf(result), 2) === 28;
        return (
          yearOf(result) === yearOf(day) + n &&
          monthOf(result) === monthOf(day) &&
          dayOfMonth(result) === (feb29Clamped ? 28 : dayOfMonth(day))
        );
      })
    );
  });
});

describe("dayOfWeek", () => {
  it.each<[string, number]>([
    ["2026-11-22", 7],
    ["2026-11-23", 1],
    ["1970-01-01", 4],
    ["2000-01-01", 6],
    ["1969-12-29", 1],
  ])("%p is ISO weekday %p", (day, weekday) => {
    expect(dayOfWeek(d(day))).toBe(weekday);
  });

  it("agrees with getUTCDay", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const utcDay = new Date(toEpochDay(day) * 86_400_000).getUTCDay();
        return dayOfWeek(day) === (utcDay === 0 ? 7 : utcDay);
      })
    );
  });
});

describe("dayFromUtcDate", () => {
  it("takes the UTC calendar day regardless of the process time zone", () => {
    expect(dayFromUtcDate(new Date(Date.UTC(2026, 10, 22, 23, 59, 59)))).toBe("2026-11-22");
    expect(dayFromUtcDate(new Date(Date.UTC(2026, 10, 22, 0, 0, 0)))).toBe("2026-11-22");
    expect(dayFromUtcDate(new Date("1969-12-31T12:00:00Z"))).toBe("1969-12-31");
  });

  it("rejects invalid Dates and non-Dates", () => {
    expect(() => dayFromUtcDate(new Date(Number.NaN))).toThrow(
      "an invalid Date is not a valid Date"
    );
    expect(() => dayFromUtcDate("2026-11-22" as unknown as Date)).toThrow(CoreError);
    expect(() => dayFromUtcDate(new Date(Date.UTC(999, 0, 1)))).toThrow(CoreError);
  });

  it("inverts a UTC midnight Date", () => {
    fc.assert(
      fc.property(
        anyDay,
        (day: IsoDay) => dayFromUtcDate(new Date(toEpochDay(day) * 86_400_000)) === day
      )
    );
  });
});
