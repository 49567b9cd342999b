import { easterSunday, holidays, dayOfWeek, isoDay, CoreError } from "../../src/core";

const days = (year: number): string[] => holidays(year).map((h) => h.day);

describe("holidays (art. 3 Algemene termijnenwet)", () => {
  // Every day that moves a deadline, 2024-2030: lid 1 plus Goede Vrijdag (lid 2).
  const expected: Record<number, string[]> = {
    2024: ["01-01", "03-29", "04-01", "04-27", "05-05", "05-09", "05-20", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "04-26", "05-05", "05-29", "06-09", "12-25", "12-26"],
    2026: ["01-01", "04-03", "04-06", "04-27", "05-05", "05-14", "05-25", "12-25", "12-26"],
    2027: ["01-01", "03-26", "03-29", "04-27", "05-05", "05-06", "05-17", "12-25", "12-26"],
    2028: ["01-01", "04-14", "04-17", "04-27", "05-05", "05-25", "06-05", "12-25", "12-26"],
    2029: ["01-01", "03-30", "04-02", "04-27", "05-05", "05-10", "05-21", "12-25", "12-26"],
    2030: ["01-01", "04-19", "04-22", "04-27", "05-05", "05-30", "06-10", "12-25", "12-26"],
  };
  it.each(Object.entries(expected))("lists every holiday of %s in date order", (year, list) => {
    expect(days(Number(year))).toEqual(list.map((md) => `${year}-${md}`));
  });

  it("2026 has the days of the issue: 1 Jan, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25-26 Dec", () => {
    const named = Object.fromEntries(holidays(2026).map((h) => [h.key, h.day]));
    expect(named).toEqual({
      nieuwjaarsdag: "2026-01-01",
      "goede-vrijdag": "2026-04-03",
      "tweede-paasdag": "2026-04-06",
      koningsdag: "2026-04-27",
      bevrijdingsdag: "2026-05-05",
      hemelvaartsdag: "2026-05-14",
      "tweede-pinksterdag": "2026-05-25",
      "eerste-kerstdag": "2026-12-25",
      "tweede-kerstdag": "2026-12-26",
    });
  });

  it("moves Koningsdag to 26 April when 27 April is a Sunday (2025, 2031)", () => {
    expect(dayOfWeek(isoDay("2025-04-27"))).toBe(7);
    expect(holidays(2025).find((h) => h.key === "koningsdag")?.day).toBe("2025-04-26");
    expect(holidays(2031).find((h) => h.key === "koningsdag")?.day).toBe("2031-04-26");
    // Before 2014: Koninginnedag 30 April, 29 April when the 30th was a Sunday (2006).
    expect(holidays(2013).find((h) => h.key === "koningsdag")?.day).toBe("2013-04-30");
    expect(holidays(2006).find((h) => h.key === "koningsdag")?.day).toBe("2006-04-29");
  });

  it("keeps 5 May in every year, not only in lustrum years", () => {
    for (let year = 2024; year <= 2030; year++) expect(days(year)).toContain(`${year}-05-05`);
  });

  it("does not list the Sundays eerste paasdag and eerste pinksterdag", () => {
    expect(days(2026)).not.toContain("2026-04-05");
    expect(days(2026)).not.toContain("2026-05-24");
  });

  it("names each day in Dutch and English", () => {
    const koningsdag = holidays(2026).find((h) => h.key === "koningsdag");
    expect(koningsdag?.name).toEqual({ nl: "Koningsdag", en: "King's Day" });
  });

  it("rejects years outside the Gregorian calendar", () => {
    expect(() => holidays(1500)).toThrow(CoreError);
    expect(() => holidays(2026.5)).toThrow(/2026.5/);
  });
});

describe("easterSunday", () => {
  it.each([
    [1818, "1818-03-22"], // earliest possible date
    [1943, "1943-04-25"], // latest possible date
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %s is %s", (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it("always falls on a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 3000; year++) {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(7);
      const md = easter.slice(5);
      expect(md >= "03-22" && md <= "04-25").toBe(true);
    }
  });
});
