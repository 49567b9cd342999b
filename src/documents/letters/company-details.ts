/**
 * The creditor's details printed on the letterhead and in exports. The shape is the workbook
 * settings' `company` object (src/app/settings.ts) plus the name of the credit controller who signs.
 */
import type { Settings } from "../../app/settings";

/** Company details for letters: every field text, "" when unknown. */
export type CompanyDetails = Settings["company"] & {
  /** The person who signs the letters (e.g. "Sanne de Vries, debiteurenbeheer"). */
  contact: string;
};

const KEYS = [
  "name",
  "address",
  "postcode",
  "city",
  "kvk",
  "vatId",
  "iban",
  "email",
  "phone",
  "contact",
] as const satisfies readonly (keyof CompanyDetails)[];

/**
 * The clearly fake creditor of the demo. Only for the demo ledger: real letters need real details
 * (the CLI warns when `--company` is missing). The IBAN is a valid-checksum test IBAN of a
 * non-existent bank ("TEST"), so no money can be sent to a real account by mistake.
 */
export const DEMO_COMPANY: CompanyDetails = Object.freeze({
  name: "Openstaand Demo B.V.",
  address: "Voorbeeldstraat 1",
  postcode: "1234 AB",
  city: "Voorbeeldstad",
  kvk: "00000000",
  vatId: "NL000000000B00",
  iban: "NL00 TEST 0000 0000 00",
  email: "debiteuren@openstaand-demo.example",
  phone: "000-0000000",
  contact: "Debiteurenbeheer",
});

/**
 * Company details from parsed JSON (the CLI's `--company company.json`): missing keys become "",
 * unknown keys and non-text values are errors naming the key.
 */
export function companyDetails(raw: unknown): CompanyDetails {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new TypeError(`Company details must be a JSON object, not ${JSON.stringify(raw)}.`);
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    throw new TypeError(
      `Company details: unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(", ")}; known keys are ${KEYS.join(", ")}.`
    );
  const result = {} as Record<(typeof KEYS)[number], string>;
  for (const key of KEYS) {
    const value = record[key] ?? "";
    if (typeof value !== "string")
      throw new TypeError(`Company details: ${key} must be text, not ${JSON.stringify(value)}.`);
    result[key] = value.trim();
  }
  if (result.name === "") throw new TypeError("Company details: name is required.");
  return result;
}
