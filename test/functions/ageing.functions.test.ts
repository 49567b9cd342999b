// The custom functions as Excel calls them: serials and nulls in, value or CustomFunctions.Error out.
import fc from "fast-check";
import { errorOf } from "./custom-functions-fake";

const { daysOverdueFunction, ageBucketFunction } = await import("../../functions");
const { today, todayEpochDay } = await import("../../functions");
const { ageBucket } = await import("../../src/core");
const { excelLanguage, resetExcelLanguage } = await import("../../functions");
const { dayToSerial } = await import("../../src/core");
const { addDays, isoDay, toEpochDay } = await import("../../src/core");

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

describe("=DEB.AGEBUCKET in the workbook's language", () => {
  const asOf = serial("2026-11-22");
  const notDue = serial("2026-12-01");
  const late = serial("2026-10-01");

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    resetExcelLanguage();
  });

  it("answers in the language argument: nl gives Niet vervallen, the day ranges are the same", () => {
    expect(ageBucketFunction(notDue, asOf, undefined, "nl")).toBe("Niet vervallen");
    expect(ageBucketFunction(notDue, asOf, undefined, "Nederlands")).toBe("Niet vervallen");
    expect(ageBucketFunction(notDue, asOf, undefined, "en")).toBe("Not due");
    expect(ageBucketFunction(late, asOf, undefined, "nl")).toBe("31-60");
    const e = errorOf(() => ageBucketFunction(late, asOf, undefined, "fr"));
    expect([e.code, e.message]).toEqual([
      "#VALUE!",
      'language: "fr" is not a language ("nl" or "en")',
    ]);
  });

  it("follows Excel's display language when the argument is left out (nl-NL and nl-BE: Dutch)", () => {
    expect(ageBucketFunction(notDue, asOf)).toBe("Not due"); // outside Office: English, as before
    for (const [tag, label] of [
      ["nl-BE", "Niet vervallen"],
      ["nl-NL", "Niet vervallen"],
      ["en-US", "Not due"],
      ["fr-BE", "Not due"],
    ] as const) {
      resetExcelLanguage();
      Object.assign(globalThis, { Office: { context: { displayLanguage: tag } } });
      expect(ageBucketFunction(notDue, asOf, undefined, null)).toBe(label);
      // The argument wins over Excel's language.
      expect(ageBucketFunction(notDue, asOf, undefined, "en")).toBe("Not due");
    }
    // Before Office has a context, the fallback answers and nothing is remembered.
    resetExcelLanguage();
    Object.assign(globalThis, { Office: {} });
    expect(excelLanguage("en")).toBe("en");
    Object.assign(globalThis, { Office: { context: { displayLanguage: "nl-NL" } } });
    expect(excelLanguage("en")).toBe("nl");
  });

  it("keeps the labels right when a sheet mixes ranges of edges (the label cache)", () => {
    const a = [[14], [45]];
    const b = [[30], [60], [90]];
    const days100 = serial("2026-08-14");
    const answers = [a, b, a, undefined, b].map((edges) =>
      ageBucketFunction(days100, asOf, edges, "nl")
    );
    expect(answers).toEqual(["45+", "90+", "45+", "90+", "90+"]);
    expect(ageBucketFunction(serial("2026-11-01"), asOf, a, "nl")).toBe("15-45");
    expect(ageBucketFunction(serial("2026-11-01"), asOf, [[7], [21]], "en")).toBe("8-21");
  });

  it("reads an edges range again when its cells change, in place or in a new array", () => {
    const range: unknown[][] = [[14], [45]];
    const days30 = serial("2026-10-23");
    expect(ageBucketFunction(days30, asOf, range, "en")).toBe("15-45");
    range[1]![0] = 20;
    expect(ageBucketFunction(days30, asOf, range, "en")).toBe("20+");
    range.push([60]);
    expect(ageBucketFunction(days30, asOf, range, "en")).toBe("21-60");
    expect(ageBucketFunction(days30, asOf, [[14], [20], ["60"]], "en")).toBe("21-60");
    expect(ageBucketFunction(days30, asOf, [[14], [20]], "en")).toBe("20+");
    // Equal cells but a bad edge added: validated again, not taken from the cache.
    expect(() => ageBucketFunction(days30, asOf, [[14], [20], [10]], "en")).toThrow(/^edges: /);
    expect(ageBucketFunction(days30, asOf, [[14], [20]], "nl")).toBe("20+");
  });
});

describe("=DEB.AGEBUCKET against the core's ageBucket", () => {
  it("gives the core's label for every edges range and day, however calls interleave", () => {
    const edgesArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 5 })
      .map((xs) => [...xs].sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(edgesArb, fc.integer({ min: -50, max: 800 }), fc.boolean()), {
          minLength: 1,
          maxLength: 20,
        }),
        (calls) => {
          for (const [edges, days, asRange] of calls) {
            const due = serial("2026-11-22") - days;
            const range = asRange ? edges.map((e) => [e]) : [edges];
            expect(ageBucketFunction(due, serial("2026-11-22"), range, "en")).toBe(
              ageBucket(days, edges)
            );
          }
        }
      )
    );
  });
});

describe("today()", () => {
  it("is the local calendar day, not the UTC one", () => {
    // 23:30 local on 22 November is 09:30 UTC on 22 November in Kiritimati (UTC+14), but would be
    // the 23rd in UTC for zones west of Greenwich: the local date is what the user sees.
    expect(today(new Date(2026, 10, 22, 23, 30))).toBe("2026-11-22");
    expect(today(new Date(2026, 10, 22, 0, 5))).toBe("2026-11-22");
  });

  it("todayEpochDay() is the same day as a number, for every fifth hour of a year", () => {
    for (let h = 0; h < 366 * 24; h += 5) {
      const now = new Date(2026, 0, 1, h);
      expect(todayEpochDay(now)).toBe(toEpochDay(today(now)));
    }
  });
});

describe("todayEpochDay() reading the clock", () => {
  it("moves to the next day at local midnight, not a call later", async () => {
    const { jest } = await import("@jest/globals");
    try {
      jest.useFakeTimers({ now: new Date(2026, 10, 22, 23, 59, 59, 999) });
      expect(todayEpochDay()).toBe(toEpochDay(isoDay("2026-11-22")));
      jest.setSystemTime(new Date(2026, 10, 23, 0, 0, 0, 0));
      expect(todayEpochDay()).toBe(toEpochDay(isoDay("2026-11-23")));
      jest.setSystemTime(new Date(2026, 10, 21, 12));
      expect(todayEpochDay()).toBe(toEpochDay(isoDay("2026-11-21")));
    } finally {
      jest.useRealTimers();
    }
  });
});
