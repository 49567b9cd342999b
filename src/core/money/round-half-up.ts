import { assert } from "../assert";
import { describeValue } from "../describe-value";

/**
 * `numerator / denominator` rounded half up (…,5 cent goes up), for a non-negative safe-integer
 * numerator and a positive safe-integer denominator. This is the one rounding rule of the interest
 * code: Dutch calculators and court specifications round interest half up to the cent.
 *
 * Exact: the float quotient is only a first guess; the remainder is computed in integers (exact while
 * `numerator` is a safe integer) and the guess corrected, so a quotient that floats round up to the
 * next integer cannot slip through.
 */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  assert(
    Number.isSafeInteger(numerator) && numerator >= 0,
    "round.bad-numerator",
    `${describeValue(numerator)} is not a non-negative safe integer.`
  );
  assert(
    Number.isSafeInteger(denominator) && denominator > 0,
    "round.bad-denominator",
    `${describeValue(denominator)} is not a positive safe integer.`
  );
  return divRoundHalfUpUnchecked(numerator, denominator);
}

/** {@link divRoundHalfUp} without the argument checks, for hot loops whose inputs are known good. */
export function divRoundHalfUpUnchecked(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/** `numerator / denominator` rounded half up, in BigInt (no size limit), both non-negative. */
export function bigDivRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  assert(
    numerator >= 0n && denominator > 0n,
    "round.bad-bigint",
    `${numerator}/${denominator} is not a non-negative fraction.`
  );
  const quotient = numerator / denominator;
  return (numerator - quotient * denominator) * 2n >= denominator ? quotient + 1n : quotient;
}
