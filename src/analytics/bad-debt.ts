/** Bad-debt rate on a day: written off ÷ credit sales, for the month and for the rolling 12 months. */
import { badDebtRate } from "../core";
import { salesBetween, writtenOffBetween, type DailySums } from "./daily-sums";
import { monthsBack, windowStart } from "./month-windows";

/** Written-off amounts, sales and rates (percent; null without sales). */
export interface BadDebt {
  month: { writtenOff: number; sales: number; rate: number | null };
  rolling12m: { writtenOff: number; sales: number; rate: number | null };
}

/** The bad-debt rate of `d`'s month (up to `d`) and of the 12 months ending on `d`. */
export function badDebtAt(sums: DailySums, d: number): BadDebt {
  const month = monthsBack(d, 1)[0] as { after: number; to: number };
  const start = windowStart(d, 12);
  const mw = writtenOffBetween(sums, month.after, month.to);
  const ms = salesBetween(sums, month.after, month.to);
  const yw = writtenOffBetween(sums, start, d);
  const ys = salesBetween(sums, start, d);
  return {
    month: { writtenOff: mw, sales: ms, rate: badDebtRate(mw, ms) },
    rolling12m: { writtenOff: yw, sales: ys, rate: badDebtRate(yw, ys) },
  };
}
