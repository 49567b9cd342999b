import fc from "fast-check";
import {
  finalPaymentDateWithoutTerm,
  vatReliefAmount,
  vatReliefDate,
  isoDay,
  type IsoDay,
  cents,
  type Cents,
  CoreError,
} from "../../src/core";

const d = isoDay;

describe("vatReliefDate", () => {
  it("is one year after the agreed final payment date", () => {
    expect(vatReliefDate(d("2026-03-15"))).toBe("2027-03-15");
    expect(vatReliefDate(d("2024-02-29"))).toBe("2025-02-28");
    expect(vatReliefDate(d("2017-01-01"))).toBe("2018-01-01");
  });

  it("without an agreed date counts from 30 days after receipt of the invoice", () => {
    const final = finalPaymentDateWithoutTerm(d("2026-01-10"));
    expect(final).toBe("2026-02-09");
    expect(vatReliefDate(final)).toBe("2027-02-09");
  });

  it("applies the transitional rule: final payment date before 2017 -> 1 January 2018", () => {
    expect(vatReliefDate(d("2016-12-31"))).toBe("2018-01-01");
    expect(vatReliefDate(d("2012-05-01"))).toBe("2018-01-01");
  });
});

describe("vatReliefAmount", () => {
  it("takes the VAT part of an amount including 21% VAT, exact to the cent", () => {
    expect(vatReliefAmount(cents(12_100))).toBe(2_100); // € 121,00 -> € 21,00
    expect(vatReliefAmount(cents(10_000))).toBe(1_736); // 1735.54 -> € 17,36
    expect(vatReliefAmount(cents(1))).toBe(0); // 0.17 cent
    expect(vatReliefAmount(cents(3))).toBe(1); // 0.52 cent
    expect(vatReliefAmount(cents(0))).toBe(0);
  });

  it("handles 9% and 0%", () => {
    expect(vatReliefAmount(cents(10_900), 9)).toBe(900);
    expect(vatReliefAmount(cents(10_000), 9)).toBe(826); // 825.69
    expect(vatReliefAmount(cents(10_000), 0)).toBe(0);
  });

  it("rounds a half cent up", () => {
    // At 20% the VAT is open / 6: 3 cents -> 0.5 -> 1, 9 cents -> 1.5 -> 2, 15 -> 2.5 -> 3.
    expect(vatReliefAmount(cents(3), 20)).toBe(1);
    expect(vatReliefAmount(cents(9), 20)).toBe(2);
    expect(vatReliefAmount(cents(15), 20)).toBe(3);
  });

  it("agrees with the exact fraction for any amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(0, 9, 21), (open, rate) => {
        const vat = vatReliefAmount(cents(open), rate);
        // |vat - open·rate/(100+rate)| <= 1/2, checked exactly in integers.
        const exact2 = 2n * BigInt(open) * BigInt(rate);
        const lhs = BigInt(2 * vat) * BigInt(100 + rate);
        expect(lhs - exact2 <= BigInt(100 + rate)).toBe(true);
        expect(exact2 - lhs < BigInt(100 + rate)).toBe(true);
        expect(vat).toBeLessThanOrEqual(open);
      })
    );
  });

  it("rejects negative amounts and odd rates, naming the value", () => {
    expect(() => vatReliefAmount(cents(-100))).toThrow(CoreError);
    expect(() => vatReliefAmount(cents(100), 21.123)).toThrow(/21.123/);
    expect(() => vatReliefAmount(cents(100), 150)).toThrow(/150/);
  });
});

describe("vat-relief messages (built lazily, only on failure)", () => {
  const failure = (f: () => unknown): CoreError => {
    try {
      f();
    } catch (error) {
      if (error instanceof CoreError) return error;
      throw error;
    }
    throw new Error("expected a CoreError");
  };

  it("name the bad amount, rate or day with the right code", () => {
    const amount = failure(() => vatReliefAmount(-100 as Cents));
    expect(amount.code).toBe("vat-relief.invalid-amount");
    expect(amount.message).toBe("-100 is not an open amount in cents (zero or more).");
    expect(failure(() => vatReliefAmount(12.5 as Cents)).message).toBe(
      "12.5 is not an open amount in cents (zero or more)."
    );
    const rate = failure(() => vatReliefAmount(cents(100), 21.123));
    expect(rate.code).toBe("vat-relief.invalid-rate");
    expect(rate.message).toBe("21.123 is not a VAT rate in percent (0-100, at most 2 decimals).");
    expect(failure(() => vatReliefAmount(cents(100), -1)).message).toBe(
      "-1 is not a VAT rate in percent (0-100, at most 2 decimals)."
    );
    const day = failure(() => vatReliefDate("2026-02-30" as IsoDay));
    expect(day.code).toBe("vat-relief.invalid-day");
    expect(day.message).toBe('"2026-02-30" is not a day (YYYY-MM-DD).');
    expect(failure(() => finalPaymentDateWithoutTerm(null as unknown as IsoDay)).message).toBe(
      "null is not a day (YYYY-MM-DD)."
    );
  });
});
