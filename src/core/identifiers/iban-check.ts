/**
 * IBAN check for new customers: country-specific structure and length plus the ISO 7064 mod-97
 * check digits, via ibantools (a maintained library with the SWIFT IBAN registry), and the result
 * type shared by the identifier checks (IBAN, btw-id, KvK number).
 */
import { ValidationErrorsIBAN, electronicFormatIBAN, validateIBAN } from "ibantools";

/** The outcome of an identifier check: the normalised value, or why it failed (nl and en). */
export type IdentifierCheck =
  { ok: true; value: string } | { ok: false; code: string; reason: { nl: string; en: string } };

/** A failed check. */
export function failedCheck(code: string, nl: string, en: string): IdentifierCheck {
  return { ok: false, code, reason: { nl, en } };
}

/**
 * The remainder mod 97 of `text` read as ISO 7064 digits: letters count as A = 10 .. Z = 35. An IBAN
 * (country and check digits moved to the end) and a sole trader's btw-id both leave remainder 1.
 */
export function mod97(text: string): number {
  let remainder = 0;
  for (const char of text.toUpperCase()) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/**
 * Checks an IBAN of any country (spaces and lower case allowed, as people write it). The Dutch
 * account number inside an IBAN is not checked with the old elfproef: since the switch to IBAN some
 * valid account numbers (former Postbank numbers at ING) do not pass it.
 */
export function checkIban(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  if (typeof text !== "string" || text.trim() === "")
    return failedCheck("iban.empty", "Geen IBAN ingevuld.", "No IBAN given.");
  const compact = electronicFormatIBAN(text) ?? "";
  const { valid, errorCodes } = validateIBAN(compact);
  if (valid) return { ok: true, value: compact };
  const error = errorCodes[0];
  switch (error) {
    case ValidationErrorsIBAN.NoIBANCountry:
      return failedCheck(
        "iban.country",
        `${quoted} begint niet met een bekende landcode.`,
        `${quoted} does not start with a known country code.`
      );
    case ValidationErrorsIBAN.WrongBBANLength:
      return failedCheck(
        "iban.length",
        `${quoted} heeft niet het aantal tekens dat bij het land hoort.`,
        `${quoted} does not have the length an IBAN of its country has.`
      );
    case ValidationErrorsIBAN.WrongBBANFormat:
      return failedCheck(
        "iban.format",
        `${quoted} heeft letters of cijfers op de verkeerde plaats voor een IBAN van dit land.`,
        `${quoted} has letters or digits in the wrong places for an IBAN of its country.`
      );
    case ValidationErrorsIBAN.ChecksumNotNumber:
    case ValidationErrorsIBAN.WrongIBANChecksum:
    case ValidationErrorsIBAN.WrongAccountBankBranchChecksum:
      return failedCheck(
        "iban.checksum",
        `${quoted} klopt niet: de controlecijfers wijzen op een tikfout.`,
        `${quoted} fails the check digits: probably a typing error.`
      );
    default:
      return failedCheck(
        "iban.invalid",
        `${quoted} is geen geldig IBAN.`,
        `${quoted} is not a valid IBAN.`
      );
  }
}
