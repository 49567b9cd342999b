/**
 * Structured payment references: the ISO 11649 creditor reference ("RF18 5390 0754 7034") that
 * Openstaand prints on its letters and the EPC QR code, and the Dutch 16-digit betalingskenmerk of
 * the old acceptgiro that bookkeeping packages still print on invoices. Both are recognised by the
 * payment matcher, in a statement's structured reference or anywhere in the remittance text.
 */
import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { sha256 } from "../csp-hash";
import { failedCheck, mod97, type IdentifierCheck } from "./iban-check";

/** Letters and digits only, upper case: how a reference is compared (banks drop or add spaces). */
function compact(text: string): string {
  return text.replace(/[\s-]/g, "").toUpperCase();
}

/**
 * Makes the ISO 11649 creditor reference of `base` (1 to 21 letters or digits; spaces ignored): "RF",
 * two check digits chosen so that base + "RF" + check digits leaves remainder 1 mod 97, then the base.
 * Example: base "539007547034" gives "RF18539007547034".
 */
export function makeCreditorReference(base: string): string {
  const clean = typeof base === "string" ? compact(base) : "";
  assert(
    /^[A-Z0-9]{1,21}$/.test(clean),
    "rf.bad-base",
    () =>
      `${describeValue(base)} cannot be the base of a creditor reference: 1 to 21 letters or digits are needed.`,
    () =>
      `${describeValue(base)} kan geen basis van een betalingsreferentie zijn: 1 tot 21 letters of cijfers nodig.`
  );
  const check = 98 - mod97(`${clean}RF00`);
  return `RF${String(check).padStart(2, "0")}${clean}`;
}

/** Prints a creditor reference in groups of four, as on paper: "RF18 5390 0754 7034". */
export function formatCreditorReference(reference: string): string {
  return compact(reference).replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Checks an ISO 11649 creditor reference (spaces and lower case allowed): "RF", two check digits,
 * 1 to 21 letters or digits, and the mod-97 check. The normalised value has no spaces.
 */
export function checkCreditorReference(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  if (typeof text !== "string" || text.trim() === "")
    return failedCheck(
      "rf.empty",
      "Geen betalingsreferentie ingevuld.",
      "No payment reference given."
    );
  const clean = compact(text);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(clean))
    return failedCheck(
      "rf.format",
      `${quoted} is geen RF-betalingsreferentie: die begint met RF en twee cijfers, gevolgd door 1 tot 21 letters of cijfers.`,
      `${quoted} is not an RF creditor reference: that is RF and two digits followed by 1 to 21 letters or digits.`
    );
  if (mod97(clean.slice(4) + clean.slice(0, 4)) !== 1)
    return failedCheck(
      "rf.checksum",
      `${quoted} klopt niet: de controlecijfers wijzen op een tikfout.`,
      `${quoted} fails the check digits: probably a typing error.`
    );
  return { ok: true, value: clean };
}

/** Weights of the betalingskenmerk's 15 digits, from the right (Currence's acceptgiro rules). */
const KENMERK_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];

/**
 * The check digit of the 15 digits of a 16-digit betalingskenmerk: the digits weighted
 * 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 (repeating) from the right, 11 minus the sum mod 11, where 11 gives
 * 0 and 10 gives 1.
 */
export function betalingskenmerkCheckDigit(fifteenDigits: string): number {
  assert(
    /^\d{15}$/.test(fifteenDigits),
    "kenmerk.bad-digits",
    () => `${describeValue(fifteenDigits)} is not the 15 digits of a betalingskenmerk.`
  );
  let sum = 0;
  for (let i = 0; i < 15; i++)
    sum += Number(fifteenDigits[14 - i]) * (KENMERK_WEIGHTS[i % 10] ?? 0);
  const digit = 11 - (sum % 11);
  return digit === 11 ? 0 : digit === 10 ? 1 : digit;
}

/**
 * Checks a Dutch 16-digit betalingskenmerk (spaces allowed, "1234 5678 9012 3456"): 16 digits whose
 * first is the check digit of the other 15 ({@link betalingskenmerkCheckDigit}).
 */
export function checkBetalingskenmerk(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  const clean = typeof text === "string" ? text.replace(/[\s.]/g, "") : "";
  if (clean === "")
    return failedCheck(
      "kenmerk.empty",
      "Geen betalingskenmerk ingevuld.",
      "No payment reference given."
    );
  if (!/^\d{16}$/.test(clean))
    return failedCheck(
      "kenmerk.format",
      `${quoted} is geen betalingskenmerk van 16 cijfers.`,
      `${quoted} is not a 16-digit betalingskenmerk.`
    );
  if (betalingskenmerkCheckDigit(clean.slice(1)) !== Number(clean[0]))
    return failedCheck(
      "kenmerk.checksum",
      `${quoted} klopt niet: het controlecijfer (het eerste cijfer) wijst op een tikfout.`,
      `${quoted} fails its check digit (the first digit): probably a typing error.`
    );
  return { ok: true, value: clean };
}

/**
 * The creditor reference Openstaand puts on every letter and QR code to a customer: one per customer
 * (not per letter), so that it stays valid for every later letter and needs no record to be
 * recognised: the matcher derives it again from the ledger's customer numbers. The base is "D" and
 * the customer number's letters and digits when those are 1 to 20; otherwise "DH" and 19 base-36
 * characters of the customer number's SHA-256 (a long or non-Latin customer number).
 * Example: customer "DEB-1001" gets "RF22DDEB1001".
 */
export function customerReference(customerId: string): string {
  const clean = compact(customerId).replace(/[^A-Z0-9]/g, "");
  if (clean.length >= 1 && clean.length <= 20) return makeCreditorReference(`D${clean}`);
  const digest = sha256(new TextEncoder().encode(customerId));
  let hash = "";
  for (const byte of digest) hash += byte.toString(36).padStart(2, "0");
  return makeCreditorReference(`DH${hash.slice(0, 19).toUpperCase()}`);
}

/**
 * The creditor references and betalingskenmerken in a free text (a remittance line), in order, each
 * once, normalised; candidates failing their check digits are left out. An RF reference may be
 * written in groups of four ("RF18 5390 0754 7034").
 */
export function findPaymentReferences(text: string): { rf: string[]; kenmerk: string[] } {
  const rf: string[] = [];
  const kenmerk: string[] = [];
  const upper = text.toUpperCase();
  for (const match of upper.matchAll(/\bRF\d{2}(?:[ ]?[A-Z0-9]{1,4}){1,6}\b/g)) {
    // The grouped pattern may run into the next word; take the longest prefix that checks.
    const candidate = match[0].replace(/ /g, "");
    for (let end = candidate.length; end >= 5; end--) {
      const check = checkCreditorReference(candidate.slice(0, end));
      if (check.ok) {
        if (!rf.includes(check.value)) rf.push(check.value);
        break;
      }
    }
  }
  for (const match of upper.matchAll(/(?<![\d])(\d{4}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4})(?![\d])/g)) {
    const check = checkBetalingskenmerk(match[1] ?? "");
    if (check.ok && !kenmerk.includes(check.value)) kenmerk.push(check.value);
  }
  return { rf, kenmerk };
}
