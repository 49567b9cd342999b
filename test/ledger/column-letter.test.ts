import fc from "fast-check";
import { columnIndexOfLetter, columnLetter } from "../../src/ledger";

describe("columnLetter", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });

  it("round-trips with columnIndexOfLetter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 18_277 }),
        (i) => columnIndexOfLetter(columnLetter(i)) === i
      )
    );
  });

  it("reads letters in any case and rejects non-letters", () => {
    expect(columnIndexOfLetter(" ab ")).toBe(27);
    expect(columnIndexOfLetter("A1")).toBeNull();
    expect(columnIndexOfLetter("ABCD")).toBeNull();
  });
});
