import { arrangementStatus, type PaymentArrangement } from "../../src/dunning";
import { isoDay, cents, CoreError } from "../../src/core";

const d = isoDay;
// Three monthly instalments of € 250,00 for two invoices, confirmed by e-mail on 2 November.
const arrangement: PaymentArrangement = {
  id: "BR-2026-007",
  customerId: "10012",
  invoiceIds: ["2026-0412", "2026-0455"],
  instalments: [
    { due: d("2026-11-15"), amount: cents(25_000) },
    { due: d("2026-12-15"), amount: cents(25_000) },
    { due: d("2027-01-15"), amount: cents(25_000) },
  ],
  confirmedOn: d("2026-11-02"),
};
const pay = (date: string, amount: number) => ({ date: d(date), amount: cents(amount) });

describe("arrangementStatus", () => {
  it("is kept before the first instalment and while instalments are paid on time", () => {
    expect(arrangementStatus(arrangement, [], d("2026-11-10"))).toEqual({
      status: "kept",
      paid: 0,
      nextInstalment: arrangement.instalments[0],
    });
    // Paying on the due date itself is in time.
    const status = arrangementStatus(arrangement, [pay("2026-11-15", 25_000)], d("2026-12-01"));
    expect(status).toEqual({
      status: "kept",
      paid: 25_000,
      nextInstalment: arrangement.instalments[1],
    });
  });

  it("is late with the missed instalment once its due date has passed unpaid", () => {
    const status = arrangementStatus(
      arrangement,
      [pay("2026-11-14", 25_000), pay("2026-12-10", 10_000)],
      d("2026-12-16")
    );
    expect(status).toEqual({
      status: "late",
      paid: 35_000,
      missed: arrangement.instalments[1],
      index: 1,
      shortBy: 15_000,
    });
  });

  it("stays late when the instalment is paid after its due date (the arrangement was broken)", () => {
    const status = arrangementStatus(arrangement, [pay("2026-11-20", 25_000)], d("2026-11-25"));
    expect(status.status).toBe("late");
  });

  it("counts paying ahead for the next instalments", () => {
    const status = arrangementStatus(arrangement, [pay("2026-11-01", 50_000)], d("2026-12-20"));
    expect(status).toEqual({
      status: "kept",
      paid: 50_000,
      nextInstalment: arrangement.instalments[2],
    });
  });

  it("is completed when everything is paid, even late; ignores payments after the as-of day", () => {
    const payments = [pay("2026-11-15", 25_000), pay("2027-01-20", 50_000)];
    expect(arrangementStatus(arrangement, payments, d("2027-01-21"))).toEqual({
      status: "completed",
      paid: 75_000,
    });
    expect(arrangementStatus(arrangement, payments, d("2027-01-19")).status).toBe("late");
  });

  it("rejects an arrangement without instalments or with a bad amount, naming it", () => {
    expect(() =>
      arrangementStatus({ ...arrangement, instalments: [] }, [], d("2026-12-01"))
    ).toThrow(/BR-2026-007/);
    expect(() =>
      arrangementStatus(
        arrangement,
        [{ date: d("2026-11-15"), amount: -5 as never }],
        d("2026-12-01")
      )
    ).toThrow(CoreError);
  });
});
