import fc from "fast-check";
import { cents, allocatePayment } from "../../src/core";

const due = (costs: number, interest: number, principal: number) => ({
  costs: cents(costs),
  interest: cents(interest),
  principal: cents(principal),
});

describe("allocatePayment (art. 6:44 BW)", () => {
  it.each([
    [
      "issue example: 2,000 on 875 / 600 / 5,000",
      [87_500, 60_000, 500_000],
      200_000,
      [87_500, 60_000, 52_500, 0],
    ],
    ["less than the costs", [87_500, 60_000, 500_000], 10_000, [10_000, 0, 0, 0]],
    ["costs and part of the interest", [87_500, 60_000, 500_000], 100_000, [87_500, 12_500, 0, 0]],
    [
      "an overpayment leaves a remainder",
      [87_500, 60_000, 500_000],
      1_000_000,
      [87_500, 60_000, 500_000, 352_500],
    ],
    ["nothing paid", [87_500, 60_000, 500_000], 0, [0, 0, 0, 0]],
    ["no costs: interest first", [0, 4_858, 300_000], 150_000, [0, 4_858, 145_142, 0]],
  ] as const)("%s", (_name, [c, i, p], amount, [toCosts, toInterest, toPrincipal, remainder]) => {
    expect(allocatePayment(due(c, i, p), cents(amount))).toEqual({
      toCosts,
      toInterest,
      toPrincipal,
      remainder,
    });
  });

  it("rejects negative amounts", () => {
    expect(() => allocatePayment(due(0, 0, 0), cents(-1))).toThrow(/payment -1/);
    expect(() => allocatePayment(due(-5, 0, 0), cents(1))).toThrow(/costs -5/);
  });

  it("always sums to the payment, in the order of art. 6:44", () => {
    const amount = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(amount, amount, amount, amount, (c, i, p, paid) => {
        const a = allocatePayment(due(c, i, p), cents(paid));
        expect(a.toCosts + a.toInterest + a.toPrincipal + a.remainder).toBe(paid);
        if (a.toInterest > 0) expect(a.toCosts).toBe(c);
        if (a.toPrincipal > 0) expect(a.toInterest).toBe(i);
        if (a.remainder > 0) expect(a.toPrincipal).toBe(p);
      })
    );
  });
});
