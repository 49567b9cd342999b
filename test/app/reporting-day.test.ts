import fc from "fast-check";
import { lastMonthEnd, localDay, reportingDay } from "../../src/app/reporting-day";
import { addDays, endOfMonth, isoDay, toEpochDay } from "../../src/core/day";

describe("localDay: the calendar day of the machine's clock", () => {
  it("is the local calendar day, not the UTC one (tests run in Pacific/Kiritimati, UTC+14)", () => {
    // 2026-12-06 12:00 UTC is already 7 December on Kiritimati.
    const instant = new Date(Date.UTC(2026, 11, 6, 12, 0));
    const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, "0")}-${String(instant.getDate()).padStart(2, "0")}`;
    expect(localDay(instant)).toBe(local);
    if (process.env.TZ === "Pacific/Kiritimati") expect(localDay(instant)).toBe("2026-12-07");
  });

  it("rejects an invalid Date", () => {
    expect(() => localDay(new Date(Number.NaN))).toThrow(/no calendar day/);
  });
});

describe("lastMonthEnd ('laatste maandeinde')", () => {
  it.each([
    ["2026-12-07", "2026-11-30"],
    ["2026-12-01", "2026-11-30"],
    ["2026-11-30", "2026-11-30"],
    ["2027-03-01", "2027-02-28"],
    ["2028-03-15", "2028-02-29"],
    ["2027-01-05", "2026-12-31"],
    ["2026-12-31", "2026-12-31"],
  ])("%s → %s", (day, expected) => {
    expect(lastMonthEnd(isoDay(day))).toBe(expected);
  });

  it("is a month-end, on or before the day, with no month-end strictly between them", () => {
    const days = fc
      .integer({ min: toEpochDay(isoDay("1990-01-01")), max: toEpochDay(isoDay("2090-12-31")) })
      .map((n) => addDays(isoDay("1970-01-01"), n));
    fc.assert(
      fc.property(days, (day) => {
        const end = lastMonthEnd(day);
        expect(endOfMonth(end)).toBe(end);
        expect(toEpochDay(end)).toBeLessThanOrEqual(toEpochDay(day));
        // The day after the month-end is in a month that has not ended by `day`.
        expect(toEpochDay(endOfMonth(addDays(end, 1)))).toBeGreaterThan(toEpochDay(day));
      })
    );
  });
});

describe("reportingDay: which day an analysis is as of", () => {
  const today = isoDay("2026-12-07");
  it("is today for a real source (a file, an Excel sheet)", () => {
    expect(reportingDay(today)).toEqual({ day: today, basis: "today" });
    expect(reportingDay(today, null, null)).toEqual({ day: today, basis: "today" });
  });
  it("is the demo's story day for the demo", () => {
    expect(reportingDay(today, isoDay("2026-11-20"))).toEqual({
      day: "2026-11-20",
      basis: "source",
    });
  });
  it("is the user's choice over both", () => {
    expect(reportingDay(today, isoDay("2026-11-20"), isoDay("2026-10-31"))).toEqual({
      day: "2026-10-31",
      basis: "chosen",
    });
  });
});
