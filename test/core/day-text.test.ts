import fc from "fast-check";
import {
  dayOfMonth,
  fromEpochDay,
  isoDay,
  monthOf,
  toEpochDay,
  yearOf,
  dayOrderOf,
  detectDayOrder,
  parseDayText,
  type DayOrder,
  type DayResult,
} from "../../src/core";

function dayOf(result: DayResult): string {
  if (!result.ok) throw new Error(`expected a day, got: ${result.reason.en}`);
  return result.day;
}

function reasonOf(result: DayResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.day}`);
  return result.reason.en;
}

describe("parseDayText: forms", () => {
  it.each<[string, string]>([
    ["2026-11-22", "2026-11-22"],
    ["2026-11-22T00:00:00", "2026-11-22"],
    ["2026-11-22T23:59:59.999Z", "2026-11-22"],
    ["2026-11-22 14:30", "2026-11-22"],
    ["2026-11-22T10:00:00+02:00", "2026-11-22"],
    ["2026/11/22", "2026-11-22"],
    ["2026-1-5", "2026-01-05"],
    ["20261122", "2026-11-22"],
    ["22-11-2026", "2026-11-22"],
    ["22-11-26", "2026-11-22"],
    ["22.11.2026", "2026-11-22"],
    ["22/11/2026", "2026-11-22"],
    ["11/22/2026", "2026-11-22"],
    ["11/22/2026 0:00", "2026-11-22"],
    ["11/22/2026 12:00:00 AM", "2026-11-22"],
    ["22-11-2026 14:30:00", "2026-11-22"],
    ["22 nov 2026", "2026-11-22"],
    ["22 november 2026", "2026-11-22"],
    ["22 November 2026", "2026-11-22"],
    ["22-nov-2026", "2026-11-22"],
    ["22-Nov-26", "2026-11-22"],
    ["22 nov. 2026", "2026-11-22"],
    ["22nd November 2026", "2026-11-22"],
    ["nov 22, 2026", "2026-11-22"],
    ["November 22, 2026", "2026-11-22"],
    ["Nov. 22nd 2026", "2026-11-22"],
    ["1 mrt 2026", "2026-03-01"],
    ["1 maart 2026", "2026-03-01"],
    ["3 mei 2026", "2026-05-03"],
    ["3 okt 2026", "2026-10-03"],
    ["3 sept 2026", "2026-09-03"],
    ["  22   nov   2026  ", "2026-11-22"],
    ["29-02-2024", "2024-02-29"],
  ])("%p -> %p", (text, expected) => {
    expect(dayOf(parseDayText(text))).toBe(expected);
  });

  const dutch = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ];
  const dutchShort = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
  ];
  const english = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const englishShort = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];

  it.each(
    [dutch, dutchShort, english, englishShort].flatMap((names) =>
      names.map((name, i) => [name, i + 1] as const)
    )
  )("knows the month name %p (%p)", (name, month) => {
    const expected = `2026-${String(month).padStart(2, "0")}-07`;
    expect(dayOf(parseDayText(`7 ${name} 2026`))).toBe(expected);
    expect(dayOf(parseDayText(`${name} 7, 2026`))).toBe(expected);
    expect(dayOf(parseDayText(`07-${name.toUpperCase()}-26`))).toBe(expected);
  });
});

describe("parseDayText: two-digit years", () => {
  it.each<[string, string]>([
    ["01-03-00", "2000-03-01"],
    ["01-03-26", "2026-03-01"],
    ["01-03-69", "2069-03-01"],
    ["01-03-70", "1970-03-01"],
    ["01-03-99", "1999-03-01"],
  ])("%p -> %p (dmy)", (text, expected) => {
    expect(dayOf(parseDayText(text, "dmy"))).toBe(expected);
  });
});

describe("parseDayText: day/month order", () => {
  it("asks for the order when day and month could be swapped, naming both readings", () => {
    const reason = reasonOf(parseDayText("01/02/2026"));
    expect(reason).toContain('"01/02/2026" is ambiguous');
    expect(reason).toContain("1 February");
    expect(reason).toContain("January 2");
  });

  it("uses the given order for ambiguous values", () => {
    expect(dayOf(parseDayText("01/02/2026", "dmy"))).toBe("2026-02-01");
    expect(dayOf(parseDayText("01/02/2026", "mdy"))).toBe("2026-01-02");
    expect(dayOf(parseDayText("1/2/2013", "mdy"))).toBe("2013-01-02");
    expect(dayOf(parseDayText("5-3-2026", "dmy"))).toBe("2026-03-05");
  });

  it("lets a part above 12 decide whatever order is given", () => {
    expect(dayOf(parseDayText("22/11/2026", "mdy"))).toBe("2026-11-22");
    expect(dayOf(parseDayText("11/22/2026", "dmy"))).toBe("2026-11-22");
  });

  it("needs no order when day and month are equal", () => {
    expect(dayOf(parseDayText("05-05-2026"))).toBe("2026-05-05");
  });

  it("does not apply the order to year-first or month-name dates", () => {
    expect(dayOf(parseDayText("2026-01-02", "dmy"))).toBe("2026-01-02");
    expect(dayOf(parseDayText("2 jan 2026", "mdy"))).toBe("2026-01-02");
  });
});

describe("parseDayText: errors", () => {
  it.each<[string, string]>([
    ["31-02-2026", "February 2026 has no day 31"],
    ["29-02-2025", "February 2025 has no day 29"],
    ["2026-02-30", "February 2026 has no day 30"],
    ["2026-13-01", "13 is not a month"],
    ["13/13/2026", "neither 13 nor 13 can be a month"],
    ["00/10/2026", "has no day 0"],
    ["22 foo 2026", '"foo" is not a month name'],
    ["22 constructor 2026", '"constructor" is not a month name'],
    ["", "empty"],
    ["   ", "empty"],
    ["hello", "not a date"],
    ["22-11", "not a date"],
    ["2026-11-22X", "not a date"],
    ["46348", "not a date"],
    ["0999-01-01", "1000-9999"],
  ])("rejects %p (%s)", (text, fragment) => {
    const reason = reasonOf(parseDayText(text, "dmy"));
    expect(reason).toContain(fragment);
    if (text.trim() !== "") expect(reason).toContain(JSON.stringify(text));
  });

  it("rejects non-strings", () => {
    expect(reasonOf(parseDayText(46348 as unknown as string))).toContain("46348");
  });
});

describe("parseDayText: properties", () => {
  const anyDay = fc
    .integer({ min: toEpochDay(isoDay("1000-01-01")), max: toEpochDay(isoDay("9999-12-31")) })
    .map(fromEpochDay);
  const names = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
  ];
  const pad = (n: number) => String(n).padStart(2, "0");

  it("reads back numeric dates in either order and with any separator", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom<DayOrder>("dmy", "mdy"),
        fc.constantFrom("-", "/", "."),
        (day, order, sep) => {
          const [y, m, dd] = [yearOf(day), monthOf(day), dayOfMonth(day)];
          const text =
            order === "dmy" ? `${pad(dd)}${sep}${pad(m)}${sep}${y}` : `${m}${sep}${dd}${sep}${y}`;
          const result = parseDayText(text, order);
          return result.ok && result.day === day;
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("reads back ISO and Dutch month-name dates without an order", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const text = `${dayOfMonth(day)} ${names[monthOf(day) - 1]} ${yearOf(day)}`;
        const named = parseDayText(text);
        const iso = parseDayText(day);
        return named.ok && named.day === day && iso.ok && iso.day === day;
      })
    );
  });
});

describe("dayOrderOf", () => {
  it.each<[string, string]>([
    ["22/11/2026", "dmy"],
    ["13-01-26", "dmy"],
    ["11/22/2026", "mdy"],
    ["1/15/2013 0:00", "mdy"],
    ["01/02/2026", "ambiguous"],
    ["05/05/2026", "none"],
    ["2026-11-22", "none"],
    ["22 nov 2026", "none"],
    ["13/13/2026", "none"],
    ["45/01/2026", "none"],
    ["hello", "none"],
  ])("%p -> %p", (text, expected) => {
    expect(dayOrderOf(text)).toBe(expected);
  });
});

describe("detectDayOrder", () => {
  it("finds US order in a column like the IBM sample's", () => {
    expect(detectDayOrder(["1/2/2013", "1/26/2013", "7/3/2013", "2/10/2013"])).toEqual({
      order: "mdy",
      conflicting: false,
      ambiguousCount: 3,
    });
  });

  it("finds Dutch order", () => {
    expect(detectDayOrder(["01-02-2026", "22-11-2026"])).toEqual({
      order: "dmy",
      conflicting: false,
      ambiguousCount: 1,
    });
  });

  it("reports no order when every value is ambiguous", () => {
    expect(detectDayOrder(["01-02-2026", "03-04-2026"])).toEqual({
      order: null,
      conflicting: false,
      ambiguousCount: 2,
    });
  });

  it("ignores Dates, serials and blanks", () => {
    expect(detectDayOrder([new Date(0), 46348, null, "", "2026-11-22"])).toEqual({
      order: null,
      conflicting: false,
      ambiguousCount: 0,
    });
  });

  it("takes the majority on conflicting evidence and says so", () => {
    expect(detectDayOrder(["22/11/2026", "23/11/2026", "11/24/2026"])).toEqual({
      order: "dmy",
      conflicting: true,
      ambiguousCount: 0,
    });
    expect(detectDayOrder(["22/11/2026", "11/24/2026"])).toEqual({
      order: null,
      conflicting: true,
      ambiguousCount: 0,
    });
  });
});
