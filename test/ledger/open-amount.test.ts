import { type IsoDay, cents } from "../../src/core";
import { derivedOpen, openAmountDoubt } from "../../src/ledger";

const day = (text: string): IsoDay => text as IsoDay;

describe("derivedOpen", () => {
  it("is the amount until settled, and nothing once settled on or before asOf", () => {
    expect(derivedOpen(cents(1000), null, day("2025-01-01"))).toBe(1000);
    expect(derivedOpen(cents(1000), day("2025-01-01"), day("2025-01-01"))).toBe(0);
    expect(derivedOpen(cents(1000), day("2025-01-02"), day("2025-01-01"))).toBe(1000);
    expect(derivedOpen(cents(-500), day("2025-01-02"), null)).toBe(0);
  });
});

describe("openAmountDoubt", () => {
  it("accepts 0..amount and amount..0 for credit notes", () => {
    expect(openAmountDoubt(cents(1000), cents(400))).toBeNull();
    expect(openAmountDoubt(cents(-1000), cents(-400))).toBeNull();
    expect(openAmountDoubt(cents(0), cents(0))).toBeNull();
  });

  it("names an open amount above the amount or with the opposite sign", () => {
    expect(openAmountDoubt(cents(1000), cents(1001))).toBe(
      "Open amount €10.01 is more than the invoice amount €10.00."
    );
    expect(openAmountDoubt(cents(1000), cents(-1))).toBe(
      "Open amount -€0.01 has the opposite sign of the amount €10.00."
    );
    expect(openAmountDoubt(cents(0), cents(5))).toBe(
      "Open amount €0.05 is more than the invoice amount €0.00."
    );
  });
});
