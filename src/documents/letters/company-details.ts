/**
 * The creditor's details printed on the letterhead and in exports: one schema, which the workbook
 * settings' `company` object uses (src/app/settings/settings.ts) and from which the type and the keys the
 * CLI's `--company` file may hold are derived.
 */
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { z } from "zod";

const optionalText = z.string().trim().max(200).default("");

/** The company details as settings keep them; every field text, "" when unknown. */
export const companySchema = z.strictObject({
  name: optionalText,
  address: optionalText,
  postcode: optionalText,
  city: optionalText,
  /** Chamber of Commerce number: 8 digits. */
  kvk: optionalText.refine((v) => v === "" || /^\d{8}$/.test(v), "must be 8 digits"),
  /** VAT id as printed on invoices (NL: NL999999999B99). */
  vatId: optionalText.refine(
    (v) => v === "" || /^[A-Z]{2}[0-9A-Z+*.]{2,12}$/.test(v.replace(/[\s.]/g, "").toUpperCase()),
    "must be a VAT id such as NL123456789B01"
  ),
  iban: optionalText.refine(
    (v) => v === "" || isValidIBAN(electronicFormatIBAN(v) ?? ""),
    "must be a valid IBAN"
  ),
  email: optionalText.refine(
    (v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    "must be an e-mail address"
  ),
  phone: optionalText,
  /** Who signs the letters ("Sanne de Vries, debiteurenbeheer"); empty: the company name alone. */
  contact: optionalText,
});

/** Company details for letters: every field text, "" when unknown. */
export type CompanyDetails = z.output<typeof companySchema>;

/** The company fields, in the schema's order: the settings form, the templates and `--company` use these. */
export const COMPANY_FIELDS = Object.keys(companySchema.shape) as readonly (keyof CompanyDetails)[];

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
  const unknown = Object.keys(record).filter(
    (k) => !(COMPANY_FIELDS as readonly string[]).includes(k)
  );
  if (unknown.length > 0)
    throw new TypeError(
      `Company details: unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(", ")}; known keys are ${COMPANY_FIELDS.join(", ")}.`
    );
  const result = {} as Record<keyof CompanyDetails, string>;
  for (const key of COMPANY_FIELDS) {
    const value = record[key] ?? "";
    if (typeof value !== "string")
      throw new TypeError(`Company details: ${key} must be text, not ${JSON.stringify(value)}.`);
    result[key] = value.trim();
  }
  if (result.name === "") throw new TypeError("Company details: name is required.");
  return result;
}
