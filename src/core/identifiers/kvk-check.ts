/**
 * KvK (Dutch Chamber of Commerce) numbers: the KvK number is exactly 8 digits and has no check digit
 * (the KvK dropped the 11-proef for new numbers); a branch (vestigingsnummer) has 12 digits. Only
 * the format can be checked offline; whether the number exists needs the KvK register.
 */
import { failedCheck, type IdentifierCheck } from "./iban-check";

/**
 * Checks the format of a KvK number: 8 digits (spaces and dots ignored). Seven digits get the hint
 * that Excel probably dropped a leading zero (a number column turns 01234567 into 1234567).
 */
export function checkKvk(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  if (typeof text !== "string" || text.trim() === "")
    return failedCheck("kvk.empty", "Geen KvK-nummer ingevuld.", "No KvK number given.");
  const compact = text.replace(/[\s.]/g, "");
  if (/^\d{8}$/.test(compact)) return { ok: true, value: compact };
  if (/^\d{12}$/.test(compact))
    return failedCheck(
      "kvk.branch-number",
      `${quoted} is een vestigingsnummer (12 cijfers), geen KvK-nummer (8 cijfers).`,
      `${quoted} is a branch number (12 digits), not a KvK number (8 digits).`
    );
  // A KvK number starting with 0 loses that zero when Excel reads the column as a number.
  if (/^\d{7}$/.test(compact))
    return failedCheck(
      "kvk.format",
      `${quoted} is geen KvK-nummer: dat bestaat uit precies 8 cijfers. Excel heeft waarschijnlijk een voorloopnul weggelaten (bedoeld is dan 0${compact}); zet de kolom in Excel op Tekst en vul de nul aan.`,
      `${quoted} is not a KvK number: that is exactly 8 digits. Excel probably dropped a leading zero (then 0${compact} is meant); format the column as Text in Excel and add the zero.`
    );
  return failedCheck(
    "kvk.format",
    `${quoted} is geen KvK-nummer: dat bestaat uit precies 8 cijfers.`,
    `${quoted} is not a KvK number: that is exactly 8 digits.`
  );
}

/** Checks the format of a KvK vestigingsnummer (branch number): 12 digits (spaces and dots ignored). */
export function checkBranchNumber(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  const compact = typeof text === "string" ? text.replace(/[\s.]/g, "") : "";
  if (/^\d{12}$/.test(compact)) return { ok: true, value: compact };
  return failedCheck(
    "kvk.branch-format",
    `${quoted} is geen vestigingsnummer: dat bestaat uit precies 12 cijfers.`,
    `${quoted} is not a branch number: that is exactly 12 digits.`
  );
}
