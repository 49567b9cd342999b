import fc from "fast-check";
import { jsonChunks } from "../../src/formats";

describe("jsonChunks (report --json written as it is serialised)", () => {
  it("joins to exactly JSON.stringify's text, for any value and any piece size", () => {
    fc.assert(
      fc.property(
        // anything(): undefined, functions aside, nested arrays and objects, -0, NaN, odd keys.
        fc.anything({ withBoxedValues: false, withMap: false, withSet: false, withDate: true }),
        fc.integer({ min: 1, max: 64 }),
        (value, size) => {
          const expected = JSON.stringify(value);
          if (expected === undefined) return;
          const chunks = [...jsonChunks(value, size)];
          expect(chunks.join("")).toBe(expected);
          // Every piece but the last reaches the size asked for.
          for (const chunk of chunks.slice(0, -1))
            expect(chunk.length).toBeGreaterThanOrEqual(size);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("leaves out undefined and functions as JSON.stringify does, honours toJSON, and splits a large report", () => {
    const value = {
      a: undefined,
      f: () => 1,
      list: [undefined, () => 2, 1, { day: new Date(Date.UTC(2026, 11, 7)) }],
      custom: { toJSON: () => "custom" },
      rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `F${i}`, cents: i * 7, note: 'é"\n' })),
    };
    const chunks = [...jsonChunks(value)];
    expect(chunks.join("")).toBe(JSON.stringify(value));
    expect(chunks.length).toBeGreaterThan(5);
    expect(
      chunks
        .join("")
        .startsWith('{"list":[null,null,1,{"day":"2026-12-07T00:00:00.000Z"}],"custom":"custom"')
    ).toBe(true);
  });
});
