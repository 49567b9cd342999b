/**
 * Dutch btw-identificatienummer check: "NL" + 9 digits + "B" + 2 digits. Two kinds are valid:
 * - legal entities and older numbers: the 9 digits are an RSIN / fiscal number passing the 11-proef
 *   (weights 9..2 and -1 for the last digit, sum divisible by 11);
 * - sole traders' btw-id (issued since 1 January 2020, no longer derived from the BSN): the whole
 *   text passes ISO 7064 mod 97 (letters as 10..35) with remainder 1.
 * One of the two is enough.
 */
import { failedCheck, mod97, type IdentifierCheck } from "./iban-check";

/** 11-proef of a 9-digit RSIN or fiscal number: 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11. */
export function passesRsinTest(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}

/** Checks a Dutch btw-id; spaces and dots are ignored, lower case is accepted. */
export function checkVatId(text: string): IdentifierCheck {
  const quoted = JSON.stringify(text);
  if (typeof text !== "string" || text.trim() === "")
    return failedCheck("vat.empty", "Geen btw-id ingevuld.", "No VAT number given.");
  const compact = text.replace(/[\s.]/g, "").toUpperCase();
  const match = /^NL(\d{9})B(\d{2})$/.exec(compact);
  if (!match)
    return failedCheck(
      "vat.format",
      `${quoted} heeft niet de vorm van een btw-id: NL, 9 cijfers, B en 2 cijfers (NL123456789B01).`,
      `${quoted} is not shaped like a Dutch VAT number: NL, 9 digits, B and 2 digits (NL123456789B01).`
    );
  if (passesRsinTest(match[1] as string) || mod97(compact) === 1)
    return { ok: true, value: compact };
  return failedCheck(
    "vat.checksum",
    `${quoted} klopt niet: het nummer haalt de elfproef niet en ook de mod-97-controle niet.`,
    `${quoted} fails both the 11-test and the mod-97 check: probably a typing error.`
  );
}
