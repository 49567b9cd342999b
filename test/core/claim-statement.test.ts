import fc from "fast-check";
import {
  addDays,
  isoDay,
  cents,
  claimStatement,
  type Claim,
  statutoryInterest,
} from "../../src/core";

const d = isoDay;
const claim = (
  id: string,
  euros: number,
  dueDate: string,
  kind: Claim["kind"],
  costs = 0
): Claim => ({
  id,
  principal: cents(euros * 100),
  dueDate: d(dueDate),
  kind,
  costs: cents(costs),
});
const pay = (day: string, amount: number, claimId?: string) => ({
  day: d(day),
  amount: cents(amount),
  ...(claimId === undefined ? {} : { claimId }),
});

describe("claimStatement (art. 6:43 and 6:44 BW)", () => {
  it("applies an undesignated payment to the most burdensome due claim (highest rate)", () => {
    // A: consumer 7 %, older. B: commercial 12.50 %, younger. 500.00 on 2024-04-30.
    const s = claimStatement(
      [claim("A", 1000, "2024-01-31", "consumer"), claim("B", 1000, "2024-03-31", "commercial")],
      [pay("2024-04-30", 50_000)],
      d("2024-04-30")
    );
    // B: 30 days × 12.50 % on 1,000 = 10.27 interest, the rest to principal.
    expect(s.payments[0]!.allocations).toEqual([
      { claimId: "B", toCosts: 0, toInterest: 1_027, toPrincipal: 48_973 },
    ]);
    // A: 90 days (Feb 2024 has 29) × 7 % = 17.26, unpaid.
    expect(s.claims.map((c) => [c.id, c.interest, c.outstanding])).toEqual([
      ["A", 1_726, { principal: 100_000, interest: 1_726, costs: 0, total: 101_726 }],
      ["B", 1_027, { principal: 51_027, interest: 0, costs: 0, total: 51_027 }],
    ]);
    expect(s.total).toEqual({
      principal: 151_027,
      interest: 1_726,
      costs: 0,
      total: 152_753,
      interestAccrued: 2_753,
    });
  });

  it("then the oldest claim, costs first within it", () => {
    const s = claimStatement(
      [
        claim("B", 1000, "2024-03-31", "commercial"),
        claim("A", 1000, "2024-01-31", "commercial", 15_000),
      ],
      [pay("2024-04-30", 50_000)],
      d("2024-04-30")
    );
    // A: 90 days × 12.50 % = 30.82; costs 150.00 first, then interest, then principal.
    expect(s.payments[0]!.allocations).toEqual([
      { claimId: "A", toCosts: 15_000, toInterest: 3_082, toPrincipal: 31_918 },
    ]);
  });

  it("then pro rata between claims alike in due date and rate", () => {
    const s = claimStatement(
      [claim("A", 1000, "2024-01-31", "commercial"), claim("B", 3000, "2024-01-31", "commercial")],
      [pay("2024-01-31", 40_000)],
      d("2024-01-31")
    );
    expect(s.payments[0]!.allocations).toEqual([
      { claimId: "A", toCosts: 0, toInterest: 0, toPrincipal: 10_000 },
      { claimId: "B", toCosts: 0, toInterest: 0, toPrincipal: 30_000 },
    ]);
  });

  it("pays claims that are due before claims that are not, whatever the rate", () => {
    const s = claimStatement(
      [claim("A", 1000, "2024-06-30", "commercial"), claim("B", 1000, "2024-01-31", "consumer")],
      [pay("2024-04-30", 20_000)],
      d("2024-04-30")
    );
    expect(s.payments[0]!.allocations).toEqual([
      { claimId: "B", toCosts: 0, toInterest: 1_726, toPrincipal: 18_274 },
    ]);
    expect(s.claims[0]!.interest).toBe(0); // not yet due on the statement day
  });

  it("honours a designation, spends the excess per art. 6:43 and reports an overpayment", () => {
    const s = claimStatement(
      [claim("A", 100, "2024-01-31", "commercial"), claim("B", 200, "2024-01-31", "commercial")],
      [pay("2024-01-31", 50_000, "B")],
      d("2024-02-29")
    );
    expect(s.payments[0]).toMatchObject({
      claimId: "B",
      allocations: [
        { claimId: "B", toCosts: 0, toInterest: 0, toPrincipal: 20_000 },
        { claimId: "A", toCosts: 0, toInterest: 0, toPrincipal: 10_000 },
      ],
      unapplied: 20_000,
    });
    expect(s.total.total).toBe(0);
  });

  it("gives each claim the same interest as statutoryInterest when nothing is paid", () => {
    const s = claimStatement(
      [claim("A", 2500, "2019-05-31", "commercial"), claim("B", 800, "2022-02-28", "consumer")],
      [],
      d("2026-11-23")
    );
    for (const c of s.claims) {
      const alone = statutoryInterest({
        principal: c.principal,
        from: c.dueDate,
        to: d("2026-11-23"),
        kind: c.kind,
      });
      expect(c.interest).toBe(alone.interest);
      expect(c.periods).toEqual(alone.periods);
    }
  });

  it("rejects payments after asOf, unknown designations and duplicate ids", () => {
    const claims = [claim("A", 100, "2024-01-31", "commercial")];
    expect(() => claimStatement(claims, [pay("2024-03-01", 1)], d("2024-02-29"))).toThrow(
      /Payment 1 on 2024-03-01 is after the statement day 2024-02-29/
    );
    expect(() => claimStatement(claims, [pay("2024-02-01", 1, "Z")], d("2024-02-29"))).toThrow(
      /"Z"/
    );
    expect(() => claimStatement([...claims, ...claims], [], d("2024-02-29"))).toThrow(/used twice/);
  });

  it("never loses a cent: payments applied + outstanding = principal + costs + interest", () => {
    const anyClaim = fc.record({
      principal: fc.integer({ min: 0, max: 10_000_000 }),
      due: fc.integer({ min: 0, max: 2000 }),
      kind: fc.constantFrom("commercial" as const, "consumer" as const),
      costs: fc.integer({ min: 0, max: 50_000 }),
    });
    const anyPayment = fc.record({
      day: fc.integer({ min: 0, max: 2500 }),
      amount: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(anyClaim, { minLength: 1, maxLength: 4 }),
        fc.array(anyPayment, { maxLength: 4 }),
        (cs, ps) => {
          const start = d("2019-01-01");
          const claims = cs.map((c, i) => ({
            id: `F${i}`,
            principal: cents(c.principal),
            dueDate: addDays(start, c.due),
            kind: c.kind,
            costs: cents(c.costs),
          }));
          const payments = ps.map((p) => ({ day: addDays(start, p.day), amount: cents(p.amount) }));
          const s = claimStatement(claims, payments, addDays(start, 2500));
          let applied = 0;
          for (const p of s.payments) {
            const sum = p.allocations.reduce(
              (a, x) => a + x.toCosts + x.toInterest + x.toPrincipal,
              0
            );
            expect(sum + p.unapplied).toBe(p.amount);
            applied += sum;
          }
          const owed = cs.reduce((a, c) => a + c.principal + c.costs, 0);
          expect(applied + s.total.total).toBe(owed + s.total.interestAccrued);
        }
      )
    );
  });
});
