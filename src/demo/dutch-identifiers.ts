/**
 * Check-digit arithmetic for the Dutch identifiers in the demo ledger: IBAN (ISO 13616 mod 97), the
 * bank account number inside a Dutch IBAN (elfproef), btw-id (old style: RSIN/fiscal number with the
 * 11-test, since 2020 for sole traders: the whole id mod 97 = 1) and KvK number (8 digits, no check
 * digit since 2016). The generator uses these to make valid ids and, on purpose, a few invalid ones;
 * the tests use the checkers to prove which is which.
 */

/** Replaces letters by their ISO 7064 numbers (A = 10 ... Z = 35) and returns the remainder mod 97. */
export function mod97(text: string): number {
  let remainder = 0;
  for (const char of text.toUpperCase()) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** The two IBAN check digits for a country code and BBAN ("NL", "ABNA0417164300" -> "91"). */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(bban + country + "00")).padStart(2, "0");
}

/** True when `iban` (spaces allowed) is a well-formed Dutch IBAN with correct mod-97 check digits. */
export function isValidDutchIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
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

/** 11-test of a 9-digit RSIN / fiscal number: weights 9..2 and -1, sum divisible by 11. */
export function passesRsinTest(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}

/** Completes 8 digits to an RSIN that passes the 11-test, or null when the check digit would be 10. */
export function completeRsin(eightDigits: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * (9 - i);
  const last = sum % 11;
  return last === 10 ? null : eightDigits + String(last);
}

/**
 * True when `vatId` is a Dutch btw-id "NL" + 9 digits + "B" + 2 digits whose 9 digits pass the RSIN
 * 11-test (legal entities) or whose whole text passes mod 97 = 1 (sole traders' btw-id since 2020).
 */
export function isValidDutchVatId(vatId: string): boolean {
  const compact = vatId.replace(/[\s.]/g, "").toUpperCase();
  const match = /^NL(\d{9})B(\d{2})$/.exec(compact);
  if (!match) return false;
  return passesRsinTest(match[1] as string) || mod97(compact) === 1;
}

/**
 * The two trailing digits that make "NL" + 9 digits + "B" + them pass mod 97 = 1. Always exists:
 * the suffix adds 0..96 to a remainder mod 97.
 */
export function soleTraderVatSuffix(nineDigits: string): string {
  const base = mod97(`NL${nineDigits}B00`);
  return String((((1 - base) % 97) + 97) % 97).padStart(2, "0");
}

/** True when `kvk` is an 8-digit KvK (Chamber of Commerce) number. */
export function isValidKvk(kvk: string): boolean {
  return /^\d{8}$/.test(kvk);
}
