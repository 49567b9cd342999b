import fc from "fast-check";
import {
  CoreError,
  fromEpochDay,
  isoDay,
  toEpochDay,
  dayToSerial,
  serialToDay,
} from "../../src/core";

const d = isoDay;

describe("serialToDay / dayToSerial, 1900 system", () => {
  it.each<[number, string]>([
    [1, "1900-01-01"],
    [2, "1900-01-02"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [1462, "1904-01-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [44927, "2023-01-01"],
    [45658, "2025-01-01"],
    [46348, "2026-11-22"],
    [2958465, "9999-12-31"],
  ])("serial %p is %p", (serial, day) => {
    expect(serialToDay(serial)).toBe(day);
    expect(serialToDay(serial, 1900)).toBe(day);
    expect(dayToSerial(d(day))).toBe(serial);
  });

  it("rejects serial 60, Excel's fictitious 1900-02-29", () => {
    expect(() => serialToDay(60)).toThrow(CoreError);
    expect(() => serialToDay(60.5)).toThrow("1900-02-29");
    try {
      serialToDay(60);
    } catch (error) {
      expect((error as CoreError).code).toBe("serial.fictitious-day");
    }
  });

  it("drops the time of day", () => {
    expect(serialToDay(46348.999)).toBe("2026-11-22");
    expect(serialToDay(46348.25)).toBe("2026-11-22");
    expect(serialToDay(61.5)).toBe("1900-03-01");
  });

  it.each([[0], [0.5], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], [2958466]])(
    "rejects serial %p",
    (serial) => {
      expect(() => serialToDay(serial)).toThrow(CoreError);
    }
  );

  it("rejects days before 1900-01-01", () => {
    expect(() => dayToSerial(d("1899-12-31"))).toThrow("1899-12-31 is before 1900-01-01");
  });
});

describe("serialToDay / dayToSerial, 1904 system", () => {
  it.each<[number, string]>([
    [0, "1904-01-01"],
    [1, "1904-01-02"],
    [59, "1904-02-29"],
    [43465, "2023-01-01"],
    [44886, "2026-11-22"],
  ])("serial %p is %p", (serial, day) => {
    expect(serialToDay(serial, 1904)).toBe(day);
    expect(dayToSerial(d(day), 1904)).toBe(serial);
  });

  it("rejects negative serials and days before 1904", () => {
    expect(() => serialToDay(-1, 1904)).toThrow(CoreError);
    expect(() => serialToDay(-0.5, 1904)).toThrow(CoreError);
    expect(() => dayToSerial(d("1903-12-31"), 1904)).toThrow(CoreError);
  });

  it("drops the time of day", () => {
    expect(serialToDay(0.75, 1904)).toBe("1904-01-01");
  });

  it("rejects unknown date systems", () => {
    expect(() => serialToDay(100, 2000 as 1900)).toThrow("2000 is not an Excel date system");
    expect(() => dayToSerial(d("2026-01-01"), 1901 as 1904)).toThrow(CoreError);
  });
});

describe("serial properties", () => {
  const from1900 = toEpochDay(d("1900-03-01"));
  const from1904 = toEpochDay(d("1904-01-01"));
  const last = toEpochDay(d("9999-12-31"));

  it("round-trips every day 1900-03-01..9999-12-31 in the 1900 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: from1900, max: last }), (n) => {
        const day = fromEpochDay(n);
        return serialToDay(dayToSerial(day)) === day;
      }),
      { numRuns: 3000 }
    );
  });

  it("round-trips every serial 61..2958465 in the 1900 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => dayToSerial(serialToDay(s)) === s)
    );
  });

  it("round-trips every day 1904-01-01..9999-12-31 in the 1904 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: from1904, max: last }), (n) => {
        const day = fromEpochDay(n);
        return serialToDay(dayToSerial(day, 1904), 1904) === day;
      }),
      { numRuns: 3000 }
    );
  });

  it("keeps the two systems 1462 apart", () => {
    fc.assert(
      fc.property(fc.integer({ min: from1904, max: last }), (n) => {
        const day = fromEpochDay(n);
        return dayToSerial(day, 1900) - dayToSerial(day, 1904) === 1462;
      })
    );
  });

  it("is monotone: a later serial is a later or the same day", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 61, max: 2958465, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (s, gap) => {
          const t = Math.min(s + gap, 2958465.5);
          return serialToDay(s) <= serialToDay(t);
        }
      )
    );
  });

  it("round-trips serials before the fictitious day", () => {
    for (let s = 1; s < 60; s++) expect(dayToSerial(serialToDay(s))).toBe(s);
  });
});
