/**
 * Check-digit arithmetic for the Dutch identifiers in the demo ledger: IBAN (ISO 13616 mod 97), the
 * bank account number inside a Dutch IBAN (elfproef), btw-id (old style: RSIN/fiscal number with the
 * 11-test, since 2020 for sole traders: the whole id mod 97 = 1) and KvK number (8 digits, no check
 * digit since 2016). The generator uses these to make valid ids and, on purpose, a few invalid ones;
 * the tests use the checkers to prove which is which. The checks themselves live in src/core
 * (iban-check, vat-id-check, kvk-check); this file keeps the arithmetic that *makes* valid ids.
 */
import { checkIban, mod97, checkKvk, checkVatId } from "../core";

/** The two IBAN check digits for a country code and BBAN ("NL", "ABNA0417164300" -> "91"). */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(bban + country + "00")).padStart(2, "0");
}

/** True when `iban` (spaces allowed) is a valid Dutch IBAN (the check itself lives in src/core). */
export function isValidDutchIban(iban: string): boolean {
  const result = checkIban(iban);
  return result.ok && result.value.startsWith("NL");
}

/** Elfproef of a 10-digit Dutch bank account number: weights 10..1, sum divisible by 11. */
export function passesElfproef(account: string): boolean {
  if (!/^\d{10}$/.test(account)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(account[i]) * (10 - i);
  return sum % 11 === 0;
}

/**
 * Completes 9 digits to a 10-digit account number that passes the elfproef, or null when no last
 * digit can (the weighted remainder would need a "10").
 */
export function completeElfproef(nineDigits: string): string | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const last = (11 - (sum % 11)) % 11;
  return last === 10 ? null : nineDigits + String(last);
}

/** Completes 8 digits to an RSIN that passes the 11-test, or null when the check digit would be 10. */
export function completeRsin(eightDigits: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * (9 - i);
  const last = sum % 11;
  return last === 10 ? null : eightDigits + String(last);
}

/** True when `vatId` is a valid Dutch btw-id (11-test or mod 97; the check lives in src/core). */
export function isValidDutchVatId(vatId: string): boolean {
  return checkVatId(vatId).ok;
}

/**
 * The two trailing digits that make "NL" + 9 digits + "B" + them pass mod 97 = 1. Always exists:
 * the suffix adds 0..96 to a remainder mod 97.
 */
export function soleTraderVatSuffix(nineDigits: string): string {
  const base = mod97(`NL${nineDigits}B00`);
  return String((((1 - base) % 97) + 97) % 97).padStart(2, "0");
}

/** True when `kvk` is an 8-digit KvK (Chamber of Commerce) number (the check lives in src/core). */
export function isValidKvk(kvk: string): boolean {
  return checkKvk(kvk).ok;
}
