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

  it("joins to JSON.stringify's text for long arrays too (their items serialised whole), at any depth", () => {
    const item = fc.anything({
      withBoxedValues: false,
      withMap: false,
      withSet: false,
      withDate: true,
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 60, maxLength: 140 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.boolean(),
        (rows, size, nested) => {
          const value = nested ? { folder: "x", reports: [{ file: "a", report: { rows } }] } : rows;
          const chunks = [...jsonChunks(value, size)];
          expect(chunks.join("")).toBe(JSON.stringify(value));
          for (const chunk of chunks.slice(0, -1))
            expect(chunk.length).toBeGreaterThanOrEqual(size);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("leaves out a property whose toJSON gives undefined, and writes null for such an array item", () => {
    const gone = { toJSON: () => undefined };
    const value = {
      a: gone,
      b: [gone, 1],
      c: Array.from({ length: 70 }, (_, i) => (i % 2 ? gone : i)),
    };
    expect([...jsonChunks(value, 8)].join("")).toBe(JSON.stringify(value));
    expect(JSON.stringify(value).startsWith('{"b":[null,1],"c":[0,null,2')).toBe(true);
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
