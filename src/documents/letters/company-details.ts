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

/** The company fields a letter needs to be sent: who is owed, where to pay, the letterhead. */
export const LETTER_COMPANY_FIELDS = [
  "name",
  "iban",
  "address",
  "postcode",
  "city",
  "kvk",
] as const satisfies readonly (keyof CompanyDetails)[];

/** How letters and messages name each company field, in Dutch and English. */
export const COMPANY_FIELD_NAMES: Readonly<
  Record<keyof CompanyDetails, { nl: string; en: string }>
> = {
  name: { nl: "bedrijfsnaam", en: "company name" },
  address: { nl: "adres", en: "address" },
  postcode: { nl: "postcode", en: "postcode" },
  city: { nl: "plaats", en: "city" },
  kvk: { nl: "KvK-nummer", en: "KvK number" },
  vatId: { nl: "btw-id", en: "VAT id" },
  iban: { nl: "IBAN", en: "IBAN" },
  email: { nl: "e-mailadres", en: "e-mail address" },
  phone: { nl: "telefoonnummer", en: "phone number" },
  contact: { nl: "ondertekenaar", en: "signatory" },
};

/** The fields of {@link LETTER_COMPANY_FIELDS} that `company` leaves empty, in that order. */
export function missingCompanyFields(company: CompanyDetails): (keyof CompanyDetails)[] {
  return LETTER_COMPANY_FIELDS.filter((key) => company[key].trim() === "");
}

/**
 * The warning that letters lack company details, or null when none is missing: "De brieven missen
 * deze gegevens van uw bedrijf: IBAN en KvK-nummer. Vul ze aan in Instellingen; verstuur de brieven
 * niet zo." `where` says where the user fills them in ("in Instellingen", "in het --company-bestand").
 */
export function missingCompanyWarning(
  company: CompanyDetails,
  language: "nl" | "en",
  where: { nl: string; en: string }
): string | null {
  const missing = missingCompanyFields(company);
  if (missing.length === 0) return null;
  const names = missing.map((key) => COMPANY_FIELD_NAMES[key][language]);
  const one = names.length === 1;
  const list = one
    ? names[0]!
    : `${names.slice(0, -1).join(", ")}${language === "nl" ? " en " : " and "}${names.at(-1)!}`;
  return language === "nl"
    ? `De brieven missen ${one ? "dit gegeven" : "deze gegevens"} van uw bedrijf: ${list}. Vul ${one ? "het" : "ze"} aan ${where.nl}; verstuur de brieven niet zo.`
    : `The letters lack ${one ? "this detail" : "these details"} of your company: ${list}. Add ${one ? "it" : "them"} ${where.en}; do not send the letters like this.`;
}
