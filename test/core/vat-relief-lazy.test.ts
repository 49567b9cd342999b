// vatReliefAmount and vatReliefDate run once per open row of a report (a million in the benchmark):
// their assertion messages must be functions, built only when an assertion fails. `assert` is
// replaced by a recording stand-in that builds a message only on failure, like the real one, so an
// eager message (a template string instead of a function) shows up as a string argument.
import { jest } from "@jest/globals";

type Message = string | (() => string);
const calls: { code: string; lazy: boolean }[] = [];
class CoreError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}
jest.unstable_mockModule("../../src/core/assert", () => ({
  CoreError,
  assert: (condition: unknown, code: string, message: Message, messageNl?: Message) => {
    calls.push({
      code,
      lazy:
        typeof message === "function" &&
        (messageNl === undefined || typeof messageNl === "function"),
    });
    if (!condition) throw new CoreError(code, typeof message === "function" ? message() : message);
  },
}));

const { finalPaymentDateWithoutTerm, vatReliefAmount, vatReliefDate } =
  await import("../../src/core");
type Day = Parameters<typeof vatReliefDate>[0];
type Amount = Parameters<typeof vatReliefAmount>[0];

const own = () => calls.filter((c) => c.code.startsWith("vat-relief."));
beforeEach(() => {
  calls.length = 0;
});

test("every vat-relief assertion gets its message as a function", () => {
  expect(vatReliefAmount(12_100 as Amount)).toBe(2_100);
  expect(vatReliefAmount(10_000 as Amount, 9)).toBe(826);
  expect(vatReliefDate("2026-03-15" as Day)).toBe("2027-03-15");
  expect(finalPaymentDateWithoutTerm("2026-01-10" as Day)).toBe("2026-02-09");
  // amount + rate twice, then one day check each.
  expect(own().map((c) => c.code)).toEqual([
    "vat-relief.invalid-amount",
    "vat-relief.invalid-rate",
    "vat-relief.invalid-amount",
    "vat-relief.invalid-rate",
    "vat-relief.invalid-day",
    "vat-relief.invalid-day",
  ]);
  expect(own().filter((c) => !c.lazy)).toEqual([]);
});

test("the lazy message is still built on failure, naming the value", () => {
  expect(() => vatReliefAmount(-5 as Amount)).toThrow(
    "-5 is not an open amount in cents (zero or more)."
  );
  expect(() => vatReliefAmount(100 as Amount, 150)).toThrow(
    "150 is not a VAT rate in percent (0-100, at most 2 decimals)."
  );
  expect(() => vatReliefDate("31-12-2026" as Day)).toThrow('"31-12-2026" is not a day');
});
