import {
  addDays,
  isoDay,
  compiledRates,
  rateDaysThrough,
  statutoryRate,
  STATUTORY_RATES,
  type RateTable,
} from "../../src/core";

const d = isoDay;

describe("statutoryRate", () => {
  it.each(["commercial", "consumer"] as const)("changes on each row's day (%s)", (kind) => {
    const list = STATUTORY_RATES[kind];
    list.forEach((row, i) => {
      expect(statutoryRate(row.from, kind)).toBe(row.pct);
      if (i > 0) expect(statutoryRate(addDays(row.from, -1), kind)).toBe(list[i - 1]!.pct);
      else expect(() => statutoryRate(addDays(row.from, -1), kind)).toThrow(/table starts on/);
    });
  });

  it("gives the rates a controller looks up", () => {
    expect(statutoryRate(d("2025-11-23"), "commercial")).toBe(10.15);
    expect(statutoryRate(d("2026-11-23"), "commercial")).toBe(10.4);
    expect(statutoryRate(d("2026-11-23"), "consumer")).toBe(4);
    expect(statutoryRate(d("2011-12-31"), "commercial")).toBe(8.25);
    expect(statutoryRate(d("2020-06-15"), "consumer")).toBe(2);
    expect(statutoryRate(d("2002-11-30"), "commercial")).toBe(7);
    expect(statutoryRate(d("2040-01-01"), "commercial")).toBe(10.4); // past the table: last row
  });

  it("rejects a bad kind and a bad custom table", () => {
    expect(() => statutoryRate(d("2024-01-01"), "b2b" as never)).toThrow(
      /"b2b" is not an interest kind/
    );
    const bad: RateTable = {
      commercial: [{ from: d("2024-01-01"), pct: 1.234, source: "x" }],
      consumer: [{ from: d("2024-01-01"), pct: 1, source: "x" }],
    };
    expect(() => statutoryRate(d("2024-02-01"), "commercial", bad)).toThrow(/1\.234.*two decimals/);
    const unordered: RateTable = {
      commercial: [
        { from: d("2024-01-01"), pct: 1, source: "x" },
        { from: d("2023-01-01"), pct: 2, source: "x" },
      ],
      consumer: [{ from: d("2024-01-01"), pct: 1, source: "x" }],
    };
    expect(() => statutoryRate(d("2024-02-01"), "commercial", unordered)).toThrow(/2023-01-01/);
  });

  it("sums rate-days with prefix sums, extended past the last row", () => {
    const table = compiledRates("consumer");
    const origin = table.origin;
    expect(rateDaysThrough(table, origin)).toBe(0);
    expect(rateDaysThrough(table, origin + 1)).toBe(800); // 2001-01-01 at 8 %
    const last = table.starts[table.starts.length - 1]!;
    expect(rateDaysThrough(table, last + 10) - rateDaysThrough(table, last)).toBe(10 * 400);
  });
});
