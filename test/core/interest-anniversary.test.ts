import fc from "fast-check";
import {
  addYears,
  fromEpochDay,
  isoDay,
  toEpochDay,
  anniversaryEpochDay,
  epochDayOfCivil,
  packedCivilOfEpochDay,
} from "../../src/core";

describe("interest anniversaries as epoch days", () => {
  it("moves a 29 February start to 28 February in common years", () => {
    const start = packedCivilOfEpochDay(toEpochDay(isoDay("2024-02-29")));
    expect(start).toBe(20240229);
    expect([1, 2, 3, 4].map((k) => fromEpochDay(anniversaryEpochDay(start, k)))).toEqual([
      "2025-02-28",
      "2026-02-28",
      "2027-02-28",
      "2028-02-29",
    ]);
  });

  it("agrees with addYears and toEpochDay from day.ts", () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: toEpochDay(isoDay("1850-01-01")),
          max: toEpochDay(isoDay("2300-12-31")),
        }),
        fc.integer({ min: 0, max: 60 }),
        (epochDay, k) => {
          const day = fromEpochDay(epochDay);
          const packed = packedCivilOfEpochDay(epochDay);
          expect(packed).toBe(Number(day.replaceAll("-", "")));
          expect(anniversaryEpochDay(packed, k)).toBe(toEpochDay(addYears(day, k)));
          const [y, m, dd] = day.split("-").map(Number) as [number, number, number];
          expect(epochDayOfCivil(y, m, dd)).toBe(epochDay);
        }
      )
    );
  });
});
