/**
 * What better credit control yields, on the company's own figures (issue 17; the seed question of
 * credit-control practice: "what does bringing write-offs from 5% to 3% bring you?"):
 *
 * - **cash released** when DSO falls by N days: credit sales per day of the report's window × N,
 *   computed as sales × N ÷ days (one rounding, half up, to the cent);
 * - **financing cost saved** per year on that cash at the company's interest rate:
 *   released × rate (basis points) ÷ 10,000, half up;
 * - **bad-debt saving** per year when the bad-debt rate falls from its current value (written off ÷
 *   credit sales over 12 months, an exact fraction) to a target: written off − credit sales ×
 *   target ÷ 10,000 (half up); zero when the target is not below the current rate.
 *
 * Money in integer cents, rates in basis points (600 = 6,00 %), products in BigInt so no float ever
 * touches money. Pure: the texts that write these figures out are the documents'.
 */
import { bigDivRoundHalfUp } from "../core";
import type { ReportModel } from "./report-model";

/** What the user sets: the DSO reduction N, the company's interest rate and the bad-debt target. */
export interface CreditYieldInputs {
  /** Days DSO falls by (N), a whole number 0…365. */
  dsoReductionDays: number;
  /** The company's yearly interest rate on borrowed money, in basis points (600 = 6,00 %). */
  financingRateBp: number;
  /** The bad-debt rate aimed for, in basis points of credit sales (300 = 3,00 %). */
  badDebtTargetBp: number;
}

/** The defaults: DSO 10 days lower, money at 6 % a year, write-offs at 1 % of credit sales. */
export const DEFAULT_CREDIT_YIELD_INPUTS: Readonly<CreditYieldInputs> = Object.freeze({
  dsoReductionDays: 10,
  financingRateBp: 600,
  badDebtTargetBp: 100,
});

/** Cash released when DSO falls by N days, and the financing cost that saves per year. */
export interface CashYield {
  /** Credit sales of the report's window (cents) and its length in days. */
  sales: number;
  days: number;
  /** Months of the window (the report's standard-DSO months). */
  months: number;
  /** N. */
  reductionDays: number;
  /** sales × N ÷ days, half up (cents): a one-off release of cash. */
  released: number;
  /** The interest rate, basis points. */
  rateBp: number;
  /** released × rate ÷ 10,000, half up (cents per year). */
  financingSaved: number;
}

/** The saving when the bad-debt rate falls from its current value to the target. */
export interface BadDebtYield {
  /** Credit sales and written off over the 12 months up to the as-of day (cents). */
  sales12m: number;
  writtenOff12m: number;
  /** The target, basis points. */
  targetBp: number;
  /** sales12m × target ÷ 10,000, half up (cents): what would have been written off at the target. */
  atTarget: number;
  /** writtenOff12m − atTarget, or 0 when the target is not below the current rate (cents per year). */
  saved: number;
  /** True when the current rate is at or below the target already. */
  atOrBelowTarget: boolean;
}

/** Why a part cannot be computed. */
export type CreditYieldGap = "no-history" | "no-sales";

/** The yield of better credit control; a part is null when it cannot be computed (see `gaps`). */
export interface CreditYield {
  inputs: CreditYieldInputs;
  cash: CashYield | null;
  badDebt: BadDebtYield | null;
  /** Why cash (and so financing) or bad debt is null. */
  gaps: { cash: CreditYieldGap | null; badDebt: CreditYieldGap | null };
  /** financingSaved + bad-debt saved: what better credit control saves per year (cents). */
  yearly: number;
}

function wholeIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not ${value}.`);
  return value;
}

/** Checks the inputs (whole numbers in range); throws a RangeError naming the bad one. */
export function checkCreditYieldInputs(inputs: CreditYieldInputs): CreditYieldInputs {
  return {
    dsoReductionDays: wholeIn("dsoReductionDays", inputs.dsoReductionDays, 0, 365),
    financingRateBp: wholeIn("financingRateBp", inputs.financingRateBp, 0, 10_000),
    badDebtTargetBp: wholeIn("badDebtTargetBp", inputs.badDebtTargetBp, 0, 10_000),
  };
}

/** The figures the yield is computed from (a slice of the report model). */
export interface CreditYieldBasis {
  /** Credit sales of the window (cents), its days and months; settled invoices in it (0: no history). */
  sales: number;
  days: number;
  months: number;
  settledInWindow: number;
  /** The ledger has a sales history (paid invoices), so sales and the bad-debt rate mean something. */
  history: boolean;
  sales12m: number;
  writtenOff12m: number;
}

/** The basis of `report`'s yield: its window's sales and its 12-month bad debt. */
export function creditYieldBasis(report: Omit<ReportModel, "creditYield">): CreditYieldBasis {
  return {
    sales: report.metrics.sales,
    days: report.metrics.days,
    months: report.months,
    settledInWindow: report.metrics.settledInWindow,
    history: report.history.sales,
    sales12m: report.badDebt.rolling12m.sales,
    writtenOff12m: report.badDebt.rolling12m.writtenOff,
  };
}

const big = (cents: number): bigint => BigInt(Math.round(cents));

/** The yield of better credit control on `basis` with the user's `inputs`. */
export function creditYield(basis: CreditYieldBasis, inputs: CreditYieldInputs): CreditYield {
  const checked = checkCreditYieldInputs(inputs);
  let cash: CashYield | null = null;
  let cashGap: CreditYieldGap | null = null;
  if (!basis.history || basis.settledInWindow === 0) cashGap = "no-history";
  else if (basis.sales <= 0 || basis.days <= 0) cashGap = "no-sales";
  else {
    const released = Number(
      bigDivRoundHalfUp(big(basis.sales) * BigInt(checked.dsoReductionDays), BigInt(basis.days))
    );
    cash = {
      sales: basis.sales,
      days: basis.days,
      months: basis.months,
      reductionDays: checked.dsoReductionDays,
      released,
      rateBp: checked.financingRateBp,
      financingSaved: Number(
        bigDivRoundHalfUp(BigInt(released) * BigInt(checked.financingRateBp), 10_000n)
      ),
    };
  }
  let badDebt: BadDebtYield | null = null;
  let badDebtGap: CreditYieldGap | null = null;
  if (!basis.history) badDebtGap = "no-history";
  else if (basis.sales12m <= 0) badDebtGap = "no-sales";
  else {
    const atTarget = Number(
      bigDivRoundHalfUp(big(basis.sales12m) * BigInt(checked.badDebtTargetBp), 10_000n)
    );
    // Compared exactly: written off × 10,000 against sales × target, no rounded percentage.
    const atOrBelowTarget =
      big(basis.writtenOff12m) * 10_000n <= big(basis.sales12m) * BigInt(checked.badDebtTargetBp);
    badDebt = {
      sales12m: basis.sales12m,
      writtenOff12m: basis.writtenOff12m,
      targetBp: checked.badDebtTargetBp,
      atTarget,
      saved: atOrBelowTarget ? 0 : Math.max(0, basis.writtenOff12m - atTarget),
      atOrBelowTarget,
    };
  }
  return {
    inputs: checked,
    cash,
    badDebt,
    gaps: { cash: cashGap, badDebt: badDebtGap },
    yearly: (cash?.financingSaved ?? 0) + (badDebt?.saved ?? 0),
  };
}
