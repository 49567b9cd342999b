import fc from "fast-check";
import { cents, collectionCosts, isoDay, statutoryInterest, CoreError } from "../../src/core";
import { claimsOwed, type OwedInvoice } from "../../src/dunning";

const d = isoDay;
const asOf = d("2026-03-02");
const invoice = (id: string, euros: number, due: string, extra: Partial<OwedInvoice> = {}) => ({
  invoiceId: id,
  principal: cents(euros * 100),
  dueDate: d(due),
  ...extra,
});

describe("claimsOwed: what a debtor owes on a day", () => {
  it("a business debtor: interest per invoice from its due date, the staffel on the sum, spread to the cent", () => {
    const owed = claimsOwed(
      "K1",
      "business",
      [invoice("F1", 1000, "2026-01-31"), invoice("F2", 2000, "2026-01-31")],
      asOf,
      { chargeCosts: true }
    );
    // Staffel (Besluit vergoeding voor buitengerechtelijke incassokosten) on € 3.000:
    // 15 % of € 2.500 + 10 % of € 500 = € 425,00, spread 1 : 2 → € 141,67 + € 283,33.
    expect(owed.costs).toBe(42_500);
    expect(owed.invoices.map((l) => l.costs)).toEqual([14_167, 28_333]);
    for (const line of owed.invoices) {
      const alone = statutoryInterest({
        principal: line.principal,
        from: d("2026-01-31"),
        to: asOf,
        kind: "commercial",
      });
      expect(line.interest).toBe(alone.interest);
      expect(line.periods).toEqual(alone.periods);
      expect(line.total).toBe(line.principal + line.interest + line.costs);
    }
    expect(owed.interest).toBeGreaterThan(0);
    expect(owed.total).toBe(300_000 + owed.interest + 42_500);
  });

  it("a consumer before the 14-dagenbrief: the consumer rate, no costs, the costs still announced", () => {
    const owed = claimsOwed("K2", "consumer", [invoice("F1", 1000, "2026-01-31")], asOf, {
      chargeCosts: false,
    });
    expect(owed.costs).toBe(0);
    expect(owed.warnedCosts).toBe(15_000);
    expect(owed.interest).toBe(
      statutoryInterest({
        principal: cents(100_000),
        from: d("2026-01-31"),
        to: asOf,
        kind: "consumer",
      }).interest
    );
  });

  it("a letter: interest and costs only where the invoice's stage allows, never on more than the principal after credits", () => {
    const owed = claimsOwed(
      "K3",
      "business",
      [
        invoice("F1", 3000, "2026-01-01"),
        invoice("F2", 1000, "2026-02-20", { interest: false, costs: false }),
      ],
      asOf,
      { chargeCosts: true, principal: cents(250_000) }
    );
    expect(owed.invoices[1]).toMatchObject({ interest: 0, costs: 0, periods: [] });
    // Costs on min(€ 2.500 after credits, € 3.000 chargeable) = € 375,00.
    expect(owed.costs).toBe(37_500);
    expect(owed.warnedCosts).toBe(collectionCosts(cents(250_000)));
    expect(owed.total).toBe(250_000 + owed.interest + 37_500);
  });

  it("an invoice before the rate table: an error, or no interest and rateUnknown when asked", () => {
    const old = [invoice("F0", 100, "1900-01-01"), invoice("F1", 100, "2026-01-31")];
    expect(() => claimsOwed("K4", "business", old, asOf, { chargeCosts: true })).toThrow(CoreError);
    const owed = claimsOwed("K4", "business", old, asOf, {
      chargeCosts: true,
      skipUnknownRates: true,
    });
    expect(owed.invoices[0]).toMatchObject({ interest: 0, rateUnknown: true });
    expect(owed.invoices[1]!.rateUnknown).toBeUndefined();
    expect(owed.principal).toBe(20_000);
  });

  it("names the invoice when an amount passes the exact range of cents", () => {
    const huge = [invoice("F-HUGE", 90_000_000_000_000, "2003-01-01")];
    expect(() => claimsOwed("K5", "business", huge, asOf, { chargeCosts: true })).toThrow(
      /Invoice F-HUGE of customer K5/
    );
  });

  it("the parts add up: costs spread to the cent, totals reconcile (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 0, max: 900 })),
          {
            minLength: 1,
            maxLength: 8,
          }
        ),
        fc.boolean(),
        (parts, consumer) => {
          const invoices = parts.map(([c, days], k) => ({
            invoiceId: `F${k}`,
            principal: cents(c),
            dueDate: d(`2024-01-01`),
            interest: days % 2 === 0,
          }));
          const owed = claimsOwed("K", consumer ? "consumer" : "business", invoices, asOf, {
            chargeCosts: true,
          });
          const sum = (f: (l: (typeof owed.invoices)[number]) => number) =>
            owed.invoices.reduce((s, l) => s + f(l), 0);
          expect(sum((l) => l.costs)).toBe(owed.costs);
          expect(sum((l) => l.interest)).toBe(owed.interest);
          expect(sum((l) => l.principal)).toBe(owed.principal);
          expect(sum((l) => l.total)).toBe(owed.total);
          expect(owed.costs).toBe(collectionCosts(owed.principal));
        }
      ),
      { numRuns: 60 }
    );
  });
});
