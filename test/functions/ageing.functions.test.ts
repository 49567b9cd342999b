// The custom functions as Excel calls them: serials and nulls in, value or CustomFunctions.Error out.
import { errorOf } from "./custom-functions-fake";

const { daysOverdueFunction, ageBucketFunction } = await import("../../functions/ageing.functions");
const { today } = await import("../../functions/today");
const { dayToSerial } = await import("../../src/core/excel-serial");
const { addDays, isoDay } = await import("../../src/core/day");

const serial = (d: string): number => dayToSerial(isoDay(d));

describe("=DEB.DAYSOVERDUE", () => {
  it("counts calendar days from the due date to the as-of date", () => {
    expect(daysOverdueFunction(serial("2026-10-22"), serial("2026-11-22"))).toBe(31);
    expect(daysOverdueFunction(serial("2026-11-22"), serial("2026-11-22"))).toBe(0);
    expect(daysOverdueFunction(serial("2026-12-01"), serial("2026-11-22"))).toBe(-9);
    // across a leap day
    expect(daysOverdueFunction(serial("2028-02-28"), serial("2028-03-01"))).toBe(2);
  });

  it("accepts text dates and ignores a time part in the serial", () => {
    expect(daysOverdueFunction("2026-11-01", "22-11-2026")).toBe(21);
    expect(daysOverdueFunction(serial("2026-11-01") + 0.75, serial("2026-11-02"))).toBe(1);
  });

  it("defaults as_of to today's local date when omitted (Excel passes null)", () => {
    const due = addDays(today(), -5);
    expect(daysOverdueFunction(serial(due), null)).toBe(5);
    expect(daysOverdueFunction(serial(due))).toBe(5);
  });

  it("returns #VALUE! naming the argument for blank, bad or fictitious dates", () => {
    const blank = errorOf(() => daysOverdueFunction(null, serial("2026-11-22")));
    expect(blank.code).toBe("#VALUE!");
    expect(blank.message).toMatch(/^due_date: /);
    expect(errorOf(() => daysOverdueFunction(60, 61)).message).toMatch(/^due_date: .*60/);
    expect(errorOf(() => daysOverdueFunction(serial("2026-11-01"), "morgen")).message).toMatch(
      /^as_of: .*morgen/
    );
    expect(errorOf(() => daysOverdueFunction(true, 1)).message).toMatch(
      /^due_date: true is not a date/
    );
    expect(errorOf(() => daysOverdueFunction("01/02/2026", 1)).message).toMatch(/^due_date: /);
  });
});

describe("=DEB.AGEBUCKET", () => {
  const asOf = serial("2026-11-22");
  it("uses 30/60/90 by default, with the edges inclusive", () => {
    const bucket = (daysLate: number) =>
      ageBucketFunction(serial(addDays(isoDay("2026-11-22"), -daysLate)), asOf);
    expect([-3, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(bucket)).toEqual([
      "Not due",
      "Not due",
      "1-30",
      "1-30",
      "31-60",
      "31-60",
      "61-90",
      "61-90",
      "90+",
      "90+",
    ]);
  });

  it("takes custom edges from a range, skipping blanks", () => {
    const edges = [[14], [""], [45], [null], [120]];
    expect(ageBucketFunction(serial("2026-10-01"), asOf, edges)).toBe("46-120");
    expect(ageBucketFunction(serial("2026-11-10"), asOf, edges)).toBe("1-14");
    expect(ageBucketFunction(serial("2026-01-01"), asOf, edges)).toBe("120+");
    expect(ageBucketFunction(serial("2026-10-01"), asOf, [[null]])).toBe("31-60");
  });

  it("returns #VALUE! naming edges when they are not increasing positive whole numbers", () => {
    for (const bad of [[[60], [30]], [[0], [30]], [["dertig"]], [[30], [30]], [[12.5]]]) {
      const e = errorOf(() => ageBucketFunction(serial("2026-10-01"), asOf, bad));
      expect(e.message).toMatch(/^edges: /);
    }
  });
});

describe("today()", () => {
  it("is the local calendar day, not the UTC one", () => {
    // 23:30 local on 22 November is 09:30 UTC on 22 November in Kiritimati (UTC+14), but would be
    // the 23rd in UTC for zones west of Greenwich: the local date is what the user sees.
    expect(today(new Date(2026, 10, 22, 23, 30))).toBe("2026-11-22");
    expect(today(new Date(2026, 10, 22, 0, 5))).toBe("2026-11-22");
  });
});
