import fc from "fast-check";
import {
  addBusinessDays,
  isBusinessDay,
  nextBusinessDay,
  rollToBusinessDay,
  addDays,
  diffDays,
  fromEpochDay,
  isoDay,
  toEpochDay,
  CoreError,
} from "../../src/core";

const d = isoDay;

describe("isBusinessDay", () => {
  it("is false on weekends and holidays, true on other weekdays", () => {
    expect(isBusinessDay(d("2026-11-20"))).toBe(true); // Friday
    expect(isBusinessDay(d("2026-11-21"))).toBe(false); // Saturday
    expect(isBusinessDay(d("2026-11-22"))).toBe(false); // Sunday
    expect(isBusinessDay(d("2026-04-27"))).toBe(false); // Koningsdag, Monday
    expect(isBusinessDay(d("2026-04-03"))).toBe(false); // Goede Vrijdag (art. 3 lid 2)
    expect(isBusinessDay(d("2026-05-15"))).toBe(true); // Friday after Hemelvaart: no decree assumed
    expect(isBusinessDay(d("2026-12-24"))).toBe(true); // Christmas Eve is not a holiday
  });
});

describe("rolling a deadline (art. 1 Atw)", () => {
  it("rolls over Christmas: Friday 25 Dec 2026 to Monday 28 Dec", () => {
    expect(rollToBusinessDay(d("2026-12-25"))).toBe("2026-12-28");
    expect(rollToBusinessDay(d("2026-12-26"))).toBe("2026-12-28");
    // 2027: Christmas on a Saturday, Boxing Day on a Sunday -> Monday 27th.
    expect(rollToBusinessDay(d("2027-12-25"))).toBe("2027-12-27");
    // 2025: Thursday and Friday -> Monday 29th.
    expect(rollToBusinessDay(d("2025-12-25"))).toBe("2025-12-29");
  });

  it("rolls over Easter: Good Friday 2026 to Tuesday after Easter Monday", () => {
    expect(rollToBusinessDay(d("2026-04-03"))).toBe("2026-04-07");
    expect(rollToBusinessDay(d("2026-04-04"))).toBe("2026-04-07");
    expect(rollToBusinessDay(d("2026-04-06"))).toBe("2026-04-07");
  });

  it("rolls New Year and the Koningsdag / 5 May cluster", () => {
    expect(rollToBusinessDay(d("2027-01-01"))).toBe("2027-01-04");
    expect(rollToBusinessDay(d("2026-05-05"))).toBe("2026-05-06");
    expect(rollToBusinessDay(d("2025-04-26"))).toBe("2025-04-28");
  });

  it("leaves a business day alone", () => {
    expect(rollToBusinessDay(d("2026-12-24"))).toBe("2026-12-24");
  });
});

describe("nextBusinessDay", () => {
  it("is strictly after the day", () => {
    expect(nextBusinessDay(d("2026-12-24"))).toBe("2026-12-28");
    expect(nextBusinessDay(d("2026-11-20"))).toBe("2026-11-23");
    expect(nextBusinessDay(d("2026-11-18"))).toBe("2026-11-19");
  });
});

describe("addBusinessDays", () => {
  it("counts like Excel's WORKDAY with the Dutch holidays", () => {
    expect(addBusinessDays(d("2026-12-23"), 2)).toBe("2026-12-28");
    expect(addBusinessDays(d("2026-04-02"), 1)).toBe("2026-04-07");
    expect(addBusinessDays(d("2026-04-07"), -1)).toBe("2026-04-02");
    expect(addBusinessDays(d("2026-11-02"), 10)).toBe("2026-11-16");
    expect(addBusinessDays(d("2026-11-21"), 0)).toBe("2026-11-21"); // 0: unchanged, like WORKDAY
    expect(addBusinessDays(d("2026-11-21"), 1)).toBe("2026-11-23");
  });

  it("rejects fractions and absurd counts, naming the value", () => {
    expect(() => addBusinessDays(d("2026-11-20"), 1.5)).toThrow(CoreError);
    expect(() => addBusinessDays(d("2026-11-20"), 1e9)).toThrow(/1000000000/);
  });

  it("lands on a business day and counts exactly n of them (property)", () => {
    const day = fc
      .integer({ min: toEpochDay(d("2020-01-01")), max: toEpochDay(d("2035-12-31")) })
      .map(fromEpochDay);
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
        (start, n) => {
          const end = addBusinessDays(start, n);
          expect(isBusinessDay(end)).toBe(true);
          let count = 0;
          const step = n > 0 ? 1 : -1;
          for (let i = step; Math.abs(i) <= Math.abs(diffDays(end, start)); i += step) {
            if (isBusinessDay(addDays(start, i))) count += 1;
          }
          expect(count).toBe(Math.abs(n));
        }
      )
    );
  });
});
