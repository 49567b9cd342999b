/**
 * Use-case: the warning that letters lack company details (name, IBAN, address, KvK number), for
 * the template preview ("ten name van , onder vermelding van …" without a word, no more) and for the
 * CLI's `remind --company`.
 */
import { missingCompanyFields, missingCompanyWarning, type CompanyDetails } from "../documents";

const WHERE = {
  settings: { nl: "in Instellingen", en: "in Settings" },
  cli: { nl: "in het --company-bestand", en: "in the --company file" },
} as const;

/** The warning in `lang`, naming where to fill the details in, or null when none is missing. */
export function companyWarning(
  company: CompanyDetails,
  lang: "nl" | "en",
  where: keyof typeof WHERE
): string | null {
  return missingCompanyWarning(company, lang, WHERE[where]);
}

/** The company fields the letters need and `company` leaves empty (keys of CompanyDetails). */
export function missingCompany(company: CompanyDetails): string[] {
  return missingCompanyFields(company);
}
