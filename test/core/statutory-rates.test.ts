import { addDays, isIsoDay, toEpochDay, STATUTORY_RATES, type RateRow } from "../../src/core";

const rows = (list: readonly RateRow[]) => list.map((row, i) => [row.from, row, i] as const);

describe("STATUTORY_RATES: one row per change, with its source", () => {
  it.each(rows(STATUTORY_RATES.consumer))("wettelijke rente from %s", (_from, row, i) => {
    expect(isIsoDay(row.from)).toBe(true);
    expect(row.source.length).toBeGreaterThan(10);
    expect(Math.round(row.pct * 100)).toBeCloseTo(row.pct * 100, 9);
    if (i > 0) {
      const previous = STATUTORY_RATES.consumer[i - 1]!;
      expect(toEpochDay(row.from)).toBeGreaterThan(toEpochDay(previous.from));
      expect(row.pct).not.toBe(previous.pct); // a row is a change
    }
  });

  it.each(rows(STATUTORY_RATES.commercial))("handelsrente from %s", (_from, row, i) => {
    expect(isIsoDay(row.from)).toBe(true);
    expect(row.source.length).toBeGreaterThan(10);
    if (row.basis !== undefined) {
      // ECB rate + 7 points until 16 March 2013 (Directive 2000/35/EC), + 8 points since (2011/7/EU).
      const margin = row.from < "2013-03-16" ? 7 : 8;
      expect(row.basis.marginPct).toBe(margin);
      expect(row.pct).toBeCloseTo(row.basis.ecbPct + margin, 9);
    } else {
      expect(row.note).toBeDefined(); // a row not derived from the ECB rate explains itself
    }
    if (i > 0) {
      const previous = STATUTORY_RATES.commercial[i - 1]!;
      expect(toEpochDay(row.from)).toBeGreaterThan(toEpochDay(previous.from));
      expect(row.pct !== previous.pct || row.basis?.marginPct !== previous.basis?.marginPct).toBe(
        true
      );
    }
  });

  it("records the choices where sources disagree", () => {
    const at = (from: string) => STATUTORY_RATES.commercial.find((r) => r.from === from)!;
    expect(at("2002-08-08").pct).toBe(7);
    expect(at("2002-08-08").note).toMatch(/1 December 2002/);
    expect(at("2002-12-01").pct).toBe(10.35);
    expect(at("2004-01-01").pct).toBe(9.02);
    expect(at("2004-01-01").note).toMatch(/9\.01/);
    expect(at("2011-07-01").pct).toBe(8.25);
    expect(at("2011-07-01").note).toMatch(/8\.00/);
  });

  it("is complete through the end of the half-year of its latest row", () => {
    const latest = [...STATUTORY_RATES.commercial, ...STATUTORY_RATES.consumer]
      .map((r) => r.from)
      .sort()
      .at(-1)!;
    const through = STATUTORY_RATES.completeThrough!;
    expect(through >= latest).toBe(true);
    expect(["06-30", "12-31"]).toContain(through.slice(5));
    expect(toEpochDay(addDays(through, 1)) - toEpochDay(latest)).toBeLessThanOrEqual(184);
  });
});
