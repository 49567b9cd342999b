import { CoreError, assert, describeValue, lazyDescription } from "../../src/core";

describe("CoreError and assert", () => {
  it("throws a CoreError carrying code and message when the condition is falsy", () => {
    let caught: unknown;
    try {
      assert(0, "test.code", 'The value "x" is bad.');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CoreError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as CoreError;
    expect(error.name).toBe("CoreError");
    expect(error.code).toBe("test.code");
    expect(error.message).toBe('The value "x" is bad.');
  });

  it("does nothing for truthy conditions", () => {
    expect(() => assert(1, "c", "m")).not.toThrow();
    expect(() => assert("text", "c", "m")).not.toThrow();
    expect(() => assert({}, "c", "m")).not.toThrow();
  });

  it.each([[null], [undefined], [false], [""], [Number.NaN]])(
    "throws for the falsy value %p",
    (value) => {
      expect(() => assert(value, "c", "m")).toThrow(CoreError);
    }
  );
});

describe("describeValue", () => {
  it.each<[unknown, string]>([
    ["1.234", '"1.234"'],
    [12.5, "12.5"],
    [-0, "-0"],
    [Number.NaN, "NaN"],
    [null, "null"],
    [undefined, "an empty value"],
    [true, "true"],
    [new Date(Date.UTC(2026, 10, 22)), "the Date 2026-11-22T00:00:00.000Z"],
    [new Date(Number.NaN), "an invalid Date"],
    [[1, 2], "a list of 2 values"],
    [10n, "10n"],
  ])("describes %p as %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("shortens long strings", () => {
    const shown = describeValue("x".repeat(100));
    expect(shown.length).toBeLessThan(70);
    expect(shown.endsWith('..."')).toBe(true);
  });
});

describe("lazy messages", () => {
  it("builds a function message only when the assertion fails", () => {
    let built = 0;
    const message = () => {
      built += 1;
      return "built";
    };
    assert(true, "test.ok", message);
    expect(built).toBe(0);
    expect(() => assert(false, "test.fail", message)).toThrow("built");
    expect(built).toBe(1);
  });

  it("renders a lazy description once, on first use", () => {
    const d = lazyDescription("12,3,4");
    expect(`${d} is not an amount`).toBe('"12,3,4" is not an amount');
    expect(String(d)).toBe('"12,3,4"');
  });
});
