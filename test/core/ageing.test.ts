import fc from "fast-check";
import {
  CoreError,
  DEFAULT_AGE_EDGES,
  ageBucket,
  ageBucketIndex,
  ageBucketLabels,
  daysOverdue,
  validateAgeEdges,
  isoDay,
} from "../../src/core";

describe("ageing buckets", () => {
  it("has the usual default edges and labels", () => {
    expect(DEFAULT_AGE_EDGES).toEqual([30, 60, 90]);
    expect(ageBucketLabels()).toEqual(["Not due", "1-30", "31-60", "61-90", "90+"]);
  });

  it.each<[number, number, string]>([
    [-5, 0, "Not due"],
    [0, 0, "Not due"],
    [1, 1, "1-30"],
    [30, 1, "1-30"],
    [31, 2, "31-60"],
    [60, 2, "31-60"],
    [61, 3, "61-90"],
    [90, 3, "61-90"],
    [91, 4, "90+"],
    [10_000, 4, "90+"],
    [30.5, 2, "31-60"],
    [Number.POSITIVE_INFINITY, 4, "90+"],
  ])("%p days overdue -> bucket %p (%p)", (days, index, label) => {
    expect(ageBucketIndex(days)).toBe(index);
    expect(ageBucket(days)).toBe(label);
  });

  it("supports custom edges", () => {
    expect(ageBucketLabels([14, 30])).toEqual(["Not due", "1-14", "15-30", "30+"]);
    expect(ageBucketLabels([1, 2, 7])).toEqual(["Not due", "1", "2", "3-7", "7+"]);
    expect(ageBucket(15, [14, 30])).toBe("15-30");
    expect(ageBucket(31, [14, 30])).toBe("30+");
    expect(ageBucketIndex(1, [1])).toBe(1);
    expect(ageBucketIndex(2, [1])).toBe(2);
  });

  it.each<[number[], string]>([
    [[], "at least one bucket edge"],
    [[0], "Ageing edge 0 is not a positive"],
    [[-30], "-30"],
    [[1.5], "1.5"],
    [[Number.NaN], "NaN"],
    [[30, 30], "must be larger"],
    [[60, 30], "must be larger"],
  ])("rejects edges %p", (edges, fragment) => {
    expect(() => validateAgeEdges(edges)).toThrow(CoreError);
    expect(() => validateAgeEdges(edges)).toThrow(fragment);
    expect(() => ageBucketIndex(10, edges)).toThrow(CoreError);
    expect(() => ageBucketLabels(edges)).toThrow(CoreError);
  });

  it("returns a frozen copy of valid edges", () => {
    const edges = [7, 14];
    const valid = validateAgeEdges(edges);
    expect(valid).toEqual([7, 14]);
    expect(valid).not.toBe(edges);
    expect(Object.isFrozen(valid)).toBe(true);
  });

  it("rejects NaN days", () => {
    expect(() => ageBucketIndex(Number.NaN)).toThrow(CoreError);
  });

  const edgesArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 })
    .map((values) => [...values].sort((a, b) => a - b));

  it("is monotone in days overdue", () => {
    fc.assert(
      fc.property(
        edgesArb,
        fc.integer({ min: -500, max: 1000 }),
        fc.integer({ min: 0, max: 500 }),
        (edges, days, more) => {
          return ageBucketIndex(days, edges) <= ageBucketIndex(days + more, edges);
        }
      )
    );
  });

  it("partitions the days: every day falls in exactly the bucket whose label range holds it", () => {
    fc.assert(
      fc.property(edgesArb, (edges) => {
        const labels = ageBucketLabels(edges);
        const last = edges[edges.length - 1] ?? 0;
        const counts = new Array<number>(labels.length).fill(0);
        for (let days = -3; days <= last + 3; days++) {
          const index = ageBucketIndex(days, edges);
          counts[index] = (counts[index] ?? 0) + 1;
          const label = labels[index] ?? "";
          const inRange =
            label === "Not due"
              ? days <= 0
              : label.endsWith("+")
                ? days > Number(label.slice(0, -1))
                : (() => {
                    const [from, to] = label.split("-").map(Number);
                    return days >= (from ?? 0) && days <= (to ?? from ?? 0);
                  })();
          if (!inRange) return false;
        }
        // Each bucket of a 1-day-or-wider range is hit; together they cover every day once.
        return counts.every((n) => n > 0) && counts.reduce((a, b) => a + b, 0) === last + 7;
      })
    );
  });
});

describe("daysOverdue", () => {
  it.each<[string, string, number]>([
    ["2026-11-01", "2026-11-22", 21],
    ["2026-11-22", "2026-11-22", 0],
    ["2026-12-01", "2026-11-22", -9],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-12-31", "2026-01-01", 1],
  ])("due %p, as of %p -> %p", (due, asOf, days) => {
    expect(daysOverdue(isoDay(due), isoDay(asOf))).toBe(days);
  });
});
