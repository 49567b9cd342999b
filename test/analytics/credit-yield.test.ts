import fc from "fast-check";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import {
  DEFAULT_CREDIT_YIELD_INPUTS,
  buildReport,
  creditYield,
  creditYieldBasis,
  type CreditYieldBasis,
} from "../../src/analytics";
import { creditYieldText, reportHtml, reportJson } from "../../src/documents";
import { escapeHtml } from "../../src/core";

/** € 300.000,00 sold in 92 days (3 months), € 1.200.000,00 in 12 months of which € 60.000,00 (5%) written off. */
const basis: CreditYieldBasis = {
  sales: 30_000_000,
  days: 92,
  months: 3,
  settledInWindow: 40,
  history: true,
  sales12m: 120_000_000,
  writtenOff12m: 6_000_000,
};

describe("what better credit control yields: worked examples", () => {
  it("DSO 10 days lower at 6%, write-offs from 5% to 3% (the seed question)", () => {
    const y = creditYield(basis, {
      dsoReductionDays: 10,
      financingRateBp: 600,
      badDebtTargetBp: 300,
    });
    // 30.000.000 × 10 ÷ 92 = 3.260.869,57 cents → 3.260.870 (half up)
    expect(y.cash?.released).toBe(3_260_870);
    // 3.260.870 × 600 ÷ 10.000 = 195.652,2 → 195.652
    expect(y.cash?.financingSaved).toBe(195_652);
    // 120.000.000 × 300 ÷ 10.000 = 3.600.000; 6.000.000 − 3.600.000 = 2.400.000
    expect(y.badDebt?.atTarget).toBe(3_600_000);
    expect(y.badDebt?.saved).toBe(2_400_000);
    expect(y.badDebt?.atOrBelowTarget).toBe(false);
    expect(y.yearly).toBe(2_595_652);
  });

  it("rounds half up once, on the exact product (no per-day rounding in between)", () => {
    // 5 cents in 2 days × 1 day = 2,5 → 3; per-day first (3) × 3 days would give 9, exact is 7,5 → 8.
    const small = { ...basis, sales: 5, days: 2 };
    const inputs = { ...DEFAULT_CREDIT_YIELD_INPUTS, dsoReductionDays: 1 };
    expect(creditYield(small, inputs).cash?.released).toBe(3);
    expect(creditYield(small, { ...inputs, dsoReductionDays: 3 }).cash?.released).toBe(8);
    // 1.234.567 × 7 ÷ 30 = 288.065,63 → 288.066; at 7,25%: 20.884,785 → 20.885
    const y = creditYield(
      { ...basis, sales: 1_234_567, days: 30 },
      { dsoReductionDays: 7, financingRateBp: 725, badDebtTargetBp: 0 }
    );
    expect(y.cash?.released).toBe(288_066);
    expect(y.cash?.financingSaved).toBe(20_885);
    // target 0: all that was written off is the saving
    expect(y.badDebt?.saved).toBe(6_000_000);
  });

  it("no saving when the bad-debt rate is at or below the target already", () => {
    const y = creditYield(basis, { ...DEFAULT_CREDIT_YIELD_INPUTS, badDebtTargetBp: 500 });
    expect(y.badDebt?.saved).toBe(0);
    expect(y.badDebt?.atOrBelowTarget).toBe(true);
    const below = creditYield(basis, { ...DEFAULT_CREDIT_YIELD_INPUTS, badDebtTargetBp: 800 });
    expect(below.badDebt?.saved).toBe(0);
    expect(creditYieldText(below, "nl").lines[2]?.how).toBe(
      "Afgeschreven in 12 maanden € 60.000,00 = 5,00% van € 1.200.000,00 kredietverkoop; dat is niet boven het doel van 8,00%, dus geen besparing."
    );
  });

  it("an open-items list (no payment history) yields nothing computable, and says why", () => {
    const y = creditYield(
      { ...basis, history: false, settledInWindow: 0 },
      DEFAULT_CREDIT_YIELD_INPUTS
    );
    expect(y.cash).toBeNull();
    expect(y.badDebt).toBeNull();
    expect(y.gaps).toEqual({ cash: "no-history", badDebt: "no-history" });
    const text = creditYieldText(y, "nl");
    expect(text.lines.map((l) => l.amount)).toEqual([null, null, null, null]);
    expect(text.lines[0]?.how).toMatch(/^Niet te berekenen: de lijst heeft geen betaalhistorie/);
  });

  it("refuses inputs out of range, naming the input and the value", () => {
    expect(() =>
      creditYield(basis, { ...DEFAULT_CREDIT_YIELD_INPUTS, dsoReductionDays: 2.5 })
    ).toThrow("dsoReductionDays must be a whole number from 0 to 365, not 2.5.");
    expect(() =>
      creditYield(basis, { ...DEFAULT_CREDIT_YIELD_INPUTS, financingRateBp: -1 })
    ).toThrow(/financingRateBp .* not -1\./);
  });

  it("writes every figure with the formula and its actual numbers, in Dutch and English", () => {
    const y = creditYield(basis, {
      dsoReductionDays: 10,
      financingRateBp: 600,
      badDebtTargetBp: 300,
    });
    const nl = creditYieldText(y, "nl");
    expect(nl.title).toBe("Wat beter debiteurenbeheer oplevert");
    expect(nl.lines.map((l) => [l.label, l.amount, l.how])).toEqual([
      [
        "Geld dat vrijkomt als de DSO 10 dagen daalt",
        3_260_870,
        "Kredietverkoop € 300.000,00 in 92 dagen (de laatste 3 maanden) ÷ 92 × 10 dagen = € 32.608,70, eenmalig.",
      ],
      [
        "Minder financieringskosten per jaar (6,00% rente)",
        195_652,
        "€ 32.608,70 × 6,00% rente per jaar = € 1.956,52.",
      ],
      [
        "Minder afschrijvingen per jaar: van 5,00% naar 3,00%",
        2_400_000,
        "Afgeschreven in 12 maanden € 60.000,00 = 5,00% van € 1.200.000,00 kredietverkoop; bij 3,00%: € 1.200.000,00 × 3,00% = € 36.000,00; € 60.000,00 − € 36.000,00 = € 24.000,00.",
      ],
      [
        "Samen per jaar",
        2_595_652,
        "€ 1.956,52 financieringskosten + € 24.000,00 afschrijvingen = € 25.956,52.",
      ],
    ]);
    const en = creditYieldText(y, "en");
    expect(en.lines[0]?.how).toBe(
      "Credit sales €300,000.00 in 92 days (the last 3 months) ÷ 92 × 10 days = €32,608.70, once."
    );
    expect(en.lines[1]?.how).toBe("€32,608.70 × 6.00% interest a year = €1,956.52.");
  });
});

const basisArb = fc.record({
  sales: fc.integer({ min: 1, max: 5_000_000_000_00 }),
  days: fc.integer({ min: 28, max: 366 }),
  months: fc.integer({ min: 1, max: 12 }),
  settledInWindow: fc.integer({ min: 1, max: 1000 }),
  history: fc.constant(true),
  sales12m: fc.integer({ min: 1, max: 5_000_000_000_00 }),
  writtenOff12m: fc.integer({ min: 0, max: 1_000_000_000_00 }),
});
const inputsArb = fc.record({
  dsoReductionDays: fc.integer({ min: 0, max: 365 }),
  financingRateBp: fc.integer({ min: 0, max: 10_000 }),
  badDebtTargetBp: fc.integer({ min: 0, max: 10_000 }),
});

describe("what better credit control yields: properties", () => {
  it("is zero at N = 0 and monotone in N (cash released and financing saved)", () => {
    fc.assert(
      fc.property(basisArb, inputsArb, fc.integer({ min: 0, max: 364 }), (b, inputs, n) => {
        const zero = creditYield(b, { ...inputs, dsoReductionDays: 0 });
        expect(zero.cash?.released).toBe(0);
        expect(zero.cash?.financingSaved).toBe(0);
        const at = creditYield(b, { ...inputs, dsoReductionDays: n });
        const next = creditYield(b, { ...inputs, dsoReductionDays: n + 1 });
        expect(next.cash!.released).toBeGreaterThanOrEqual(at.cash!.released);
        expect(next.cash!.financingSaved).toBeGreaterThanOrEqual(at.cash!.financingSaved);
        // whole cents, within half a cent of the exact sales × N ÷ days
        expect(Number.isSafeInteger(at.cash!.released)).toBe(true);
        expect(Math.abs(at.cash!.released - (b.sales * n) / b.days)).toBeLessThanOrEqual(
          0.5 + 1e-6
        );
      })
    );
  });

  it("saves nothing on bad debt when the target equals the current rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        inputsArb,
        (salesUnits, targetBp, inputs) => {
          // sales a multiple of 10.000 cents, so the current rate is exactly targetBp basis points
          const sales12m = salesUnits * 10_000;
          const b = { ...basis, sales12m, writtenOff12m: salesUnits * targetBp };
          const y = creditYield(b, { ...inputs, badDebtTargetBp: targetBp });
          expect(y.badDebt?.saved).toBe(0);
          expect(y.badDebt?.atOrBelowTarget).toBe(true);
        }
      )
    );
  });

  it("the bad-debt saving falls as the target rises, and never exceeds what was written off", () => {
    fc.assert(
      fc.property(basisArb, inputsArb, fc.integer({ min: 0, max: 9_999 }), (b, inputs, t) => {
        const low = creditYield(b, { ...inputs, badDebtTargetBp: t }).badDebt!;
        const high = creditYield(b, { ...inputs, badDebtTargetBp: t + 1 }).badDebt!;
        expect(high.saved).toBeLessThanOrEqual(low.saved);
        expect(low.saved).toBeGreaterThanOrEqual(0);
        expect(low.saved).toBeLessThanOrEqual(b.writtenOff12m);
      })
    );
  });
});

describe("what better credit control yields on the demo ledger, through the report", () => {
  const demo = demoLedger();
  const { ledger } = readLedger(demo.values());
  const inputs = { dsoReductionDays: 15, financingRateBp: 750, badDebtTargetBp: 50 };
  const model = buildReport(ledger, { asOf: demo.asOf, creditYield: inputs });

  it("uses the report's own window sales and 12-month bad debt", () => {
    const y = model.creditYield;
    expect(y).toEqual(creditYield(creditYieldBasis(model), inputs));
    expect(y.cash?.sales).toBe(model.metrics.sales);
    expect(y.cash?.days).toBe(model.metrics.days);
    expect(y.badDebt?.writtenOff12m).toBe(model.badDebt.rolling12m.writtenOff);
    expect(y.cash!.released).toBeGreaterThan(0);
    expect(y.badDebt!.saved).toBeGreaterThan(0);
    // defaults when the report is built without inputs
    expect(buildReport(ledger, { asOf: demo.asOf }).creditYield.inputs).toEqual(
      DEFAULT_CREDIT_YIELD_INPUTS
    );
  });

  it("the JSON and the HTML report carry the same figures and formulas", () => {
    const json = reportJson(model, "nl").creditYield;
    const y = model.creditYield;
    expect(json.dsoReductionDays).toBe(15);
    expect(json.financingRatePct).toBe(7.5);
    expect(json.cashReleased).toBe(y.cash!.released / 100);
    expect(json.yearly).toBe(y.yearly / 100);
    const html = reportHtml(model, { lang: "nl" });
    expect(html).toContain('<h2 id="credit-yield">Wat beter debiteurenbeheer oplevert</h2>');
    for (const line of creditYieldText(y, "nl").lines) expect(html).toContain(escapeHtml(line.how));
    expect(reportHtml(model, { lang: "en" })).toContain("What better credit control yields");
  });
});
