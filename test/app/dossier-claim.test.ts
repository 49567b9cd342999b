import { collectionCosts, cents, isoDay, statutoryInterest } from "../../src/core";
import { dossierClaim } from "../../src/app";
import { handoffClaims } from "../../src/documents";
import { ledgerOf } from "../dunning/ledger-fixture";

const asOf = isoDay("2026-03-02");

/** One customer with one overdue invoice of € 1.000 (due 2026-01-01) and a credit note. */
const ledger = (debtorType: "business" | "consumer", stage: number | null, sent: string | null) =>
  ledgerOf([
    {
      invoiceId: "F1",
      customerId: "K1",
      dueDate: "2026-01-01",
      openAmount: 100_000,
      debtorType,
      reminderStage: stage,
      reminderDate: sent,
    },
    { invoiceId: "C1", customerId: "K1", dueDate: "2026-02-01", openAmount: -5_000 },
    { invoiceId: "F9", customerId: "K9", dueDate: "2026-01-01", openAmount: 70_000 },
  ]);

describe("the dossier's claim (one claim-owed computation)", () => {
  it("a business debtor owes the staffel; the figures are the claim file's", () => {
    const l = ledger("business", null, null);
    const claim = dossierClaim(l, "K1", asOf);
    expect(claim.kind).toBe("business");
    expect(claim.principal).toBe(100_000);
    expect(claim.costs).toBe(collectionCosts(cents(100_000)));
    expect(claim.interest).toBe(
      statutoryInterest({
        principal: cents(100_000),
        from: isoDay("2026-01-01"),
        to: asOf,
        kind: "commercial",
      }).interest
    );
    expect([...claim.interestByRow.keys()]).toEqual([0]);
    const file = handoffClaims(l, ["K1"], asOf);
    expect(claim.total).toBe(file.control.total);
    expect(claim.costs).toBe(file.control.costs);
  });

  it("a consumer owes costs only once the 14-dagenbrief's term has run out (art. 6:96 lid 6 BW)", () => {
    const none = dossierClaim(ledger("consumer", null, null), "K1", asOf);
    expect(none.kind).toBe("consumer");
    expect(none.costs).toBe(0);
    expect(none.total).toBe(none.principal + none.interest);
    // Sent 2026-02-25: received 2026-02-27, 14 days → 2026-03-13, after the day.
    const running = dossierClaim(ledger("consumer", 2, "2026-02-25"), "K1", asOf);
    expect(running.costs).toBe(0);
    // Sent 2026-01-20: the term ended in February.
    const over = dossierClaim(ledger("consumer", 2, "2026-01-20"), "K1", asOf);
    expect(over.costs).toBe(15_000);
    for (const [stage, sent] of [
      [null, null],
      [2, "2026-02-25"],
      [2, "2026-01-20"],
    ] as const) {
      const l = ledger("consumer", stage, sent);
      expect(dossierClaim(l, "K1", asOf).total).toBe(handoffClaims(l, ["K1"], asOf).control.total);
    }
  });

  it("a customer without overdue invoices owes nothing", () => {
    const claim = dossierClaim(ledger("business", null, null), "NOBODY", asOf);
    expect(claim).toMatchObject({ principal: 0, interest: 0, costs: 0, total: 0 });
  });
});
