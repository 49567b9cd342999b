import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { cents, type Cents } from "../money/money";
import { divRoundHalfUp } from "../money/round-half-up";

/**
 * The staffel of the Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141),
 * art. 2: upper bound of each tranche of the principal in cents, and the percentage in tenths of a
 * percent (per mille) charged on the part of the principal inside that tranche.
 */
const TRANCHES: readonly (readonly [upTo: number, perMille: number])[] = [
  [250_000, 150], // 15 % of the first € 2,500
  [500_000, 100], // 10 % of the next € 2,500
  [1_000_000, 50], // 5 % of the next € 5,000
  [20_000_000, 10], // 1 % of the next € 190,000
  [Number.POSITIVE_INFINITY, 5], // 0.5 % of the rest
];
/** Art. 2 lid 1: at least € 40 … */
export const COLLECTION_COSTS_MINIMUM = 4_000 as Cents;
/** … and at most € 6,775 (reached at a principal of € 1,000,000). */
export const COLLECTION_COSTS_MAXIMUM = 677_500 as Cents;
/** The Dutch standard VAT rate, in percent. */
const VAT_PCT = 21;

/**
 * The statutory extrajudicial collection costs (buitengerechtelijke incassokosten, WIK) on a
 * principal in cents. Several claims in one demand: pass the sum of their principals.
 *
 * - Staffel: 15 % of the first € 2,500, 10 % of the next € 2,500, 5 % of the next € 5,000, 1 % of the
 *   next € 190,000, 0.5 % of the rest; computed exactly and rounded half up to the cent once.
 * - At least € 40 for any principal above zero (so every principal up to € 266.67 costs € 40), at
 *   most € 6,775 (every principal from € 1,000,000). A principal of zero owes no costs.
 * - `vat: true` adds 21 % VAT (rounded half up) — only when the creditor cannot deduct the VAT and
 *   says so; the minimum and maximum apply before VAT (€ 48.40 and € 8,197.75 with VAT).
 * - For a business debtor the € 40 is due without notice (art. 6:96 lid 4 BW); for a consumer the
 *   costs are due only after a 14-dagenbrief (art. 6:96 lid 6 BW) — deciding that is the caller's job.
 *
 * Examples: 2,500 → 375; 5,000 → 625; 10,000 → 875; 200,000 → 2,775; 1,000,000+ → 6,775; 100 → 40.
 */
export function collectionCosts(principal: Cents, options: { vat?: boolean } = {}): Cents {
  assert(
    Number.isSafeInteger(principal) && principal >= 0,
    "costs.bad-principal",
    `${describeValue(principal)} is not a principal in cents of zero or more.`
  );
  if (principal === 0) return cents(0);
  // Above € 1,000,000 the maximum applies anyway; capping keeps the sum a safe integer.
  const base = Math.min(principal, 100_000_000);
  let milliCents = 0; // thousandths of a cent: principal cents × per mille
  let lower = 0;
  for (const [upTo, perMille] of TRANCHES) {
    if (base <= lower) break;
    milliCents += (Math.min(base, upTo) - lower) * perMille;
    lower = upTo;
  }
  const staffel = divRoundHalfUp(Math.min(milliCents, COLLECTION_COSTS_MAXIMUM * 1000), 1000);
  const costs = Math.min(Math.max(staffel, COLLECTION_COSTS_MINIMUM), COLLECTION_COSTS_MAXIMUM);
  return cents(options.vat === true ? divRoundHalfUp(costs * (100 + VAT_PCT), 100) : costs);
}
