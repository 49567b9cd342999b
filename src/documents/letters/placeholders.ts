/**
 * The named placeholders of a letter template in its plain form ("[Klantnaam]", "[Te betalen]"):
 * what a controller writes and what the editor's field picker inserts. Each placeholder names a
 * field of the letter's view (see LetterView); the Dutch and English names both work in a letter of
 * either language (matched without regard to case), the picker offers the letter language's name.
 */
import type { Text } from "../../core";

/** The picker's groups, in the order it lists them. */
export type PlaceholderGroup = "debtor" | "letter" | "amounts" | "company" | "wording";

/** One named placeholder. */
export interface Placeholder {
  /** Stable key (the view path, or the wording's id). */
  key: string;
  group: PlaceholderGroup;
  /** The names, first the one the picker inserts; a name is matched without regard to case. */
  names: { nl: readonly string[]; en: readonly string[] };
  /** The view field printed; null for a condition that prints nothing itself. */
  path: string | null;
  /**
   * The view field that says whether the placeholder has something to say (for `[Naam: tekst]`);
   * default `path` (true when its text is not empty). Null: not usable as a condition.
   */
  when?: string | null;
  /** Singular and plural words (one invoice / several): the product picks the form. */
  plural?: { nl: readonly [string, string]; en: readonly [string, string] };
  /** The placeholder that places the invoice table. */
  specification?: true;
  help: Text;
}

const p = (
  key: string,
  group: PlaceholderGroup,
  nl: string | readonly string[],
  en: string | readonly string[],
  help: Text,
  extra: Partial<Placeholder> = {}
): Placeholder => ({
  key,
  group,
  names: { nl: typeof nl === "string" ? [nl] : nl, en: typeof en === "string" ? [en] : en },
  path: key,
  ...extra,
  help,
});

/** Every placeholder, in the picker's order. */
export const PLACEHOLDERS: readonly Placeholder[] = [
  p("salutation", "debtor", "Aanhef", "Salutation", {
    nl: "„Geachte Sanne de Vries,” of „Geachte heer, mevrouw,”",
    en: "“Dear Sanne de Vries,” or “Dear Sir or Madam,”",
  }),
  p("debtor.name", "debtor", "Klantnaam", "Customer name", {
    nl: "Naam van de debiteur",
    en: "The debtor's name",
  }),
  p("debtor.contact", "debtor", "Contactpersoon", "Contact person", {
    nl: "Contactpersoon van de debiteur (leeg als onbekend)",
    en: "The debtor's contact person (empty when unknown)",
  }),
  p("debtor.customerNumber", "debtor", "Klantnummer", "Customer number", {
    nl: "Debiteurnummer",
    en: "Customer number",
  }),
  p("debtor.address", "debtor", "Adres klant", "Customer address", {
    nl: "Straat en huisnummer van de debiteur",
    en: "The debtor's street address",
  }),
  p("debtor.postcode", "debtor", "Postcode klant", "Customer postcode", {
    nl: "Postcode van de debiteur",
    en: "The debtor's postcode",
  }),
  p("debtor.city", "debtor", "Plaats klant", "Customer city", {
    nl: "Plaats van de debiteur",
    en: "The debtor's city",
  }),
  p("debtor.country", "debtor", "Land klant", "Customer country", {
    nl: "Land van de debiteur",
    en: "The debtor's country",
  }),
  p("debtor.email", "debtor", "E-mail klant", "Customer email", {
    nl: "E-mailadres van de debiteur",
    en: "The debtor's e-mail address",
  }),
  p("date", "letter", "Datum", "Date", {
    nl: "Datum van de brief: „20 november 2026”",
    en: "The letter's date: “20 November 2026”",
  }),
  p("stageName", "letter", "Stap", "Stage", {
    nl: "Naam van de aanmaningsstap",
    en: "The name of the dunning stage",
  }),
  p(
    "invoiceList",
    "letter",
    ["Facturen", "Factuurnummer", "Factuurnummers"],
    ["Invoices", "Invoice number", "Invoice numbers"],
    {
      nl: "„factuur 2026-014”, „facturen 2026-014 en 2026-020” of „5 facturen”",
      en: "“invoice 2026-014”, “invoices 2026-014 and 2026-020” or “5 invoices”",
    }
  ),
  p("invoiceCount", "letter", "Aantal facturen", "Number of invoices", {
    nl: "Het aantal vervallen facturen",
    en: "The number of overdue invoices",
  }),
  p("dueDate", "letter", "Vervaldatum", "Due date", {
    nl: "Vervaldatum van de (oudste) factuur",
    en: "Due date of the (oldest) invoice",
  }),
  p(
    "deadline",
    "letter",
    ["Uiterste betaaldatum", "Betaaltermijn"],
    ["Pay by", "Payment deadline"],
    {
      nl: "De dag waarop uiterlijk betaald moet zijn: „4 december 2026”",
      en: "The day payment is due by: “4 December 2026”",
    },
    { when: "hasDeadline" }
  ),
  p("paymentReference", "letter", "Betalingskenmerk", "Payment reference", {
    nl: "Het kenmerk dat de debiteur bij betaling vermeldt",
    en: "The reference the debtor quotes when paying",
  }),
  {
    key: "specification",
    group: "letter",
    names: { nl: ["Specificatie"], en: ["Specification"] },
    path: null,
    when: null,
    specification: true,
    help: {
      nl: "De tabel van facturen, creditnota's, rente, kosten en totaal (op een eigen regel)",
      en: "The table of invoices, credit notes, interest, costs and total (on a line of its own)",
    },
  },
  p(
    "total",
    "amounts",
    ["Te betalen", "Openstaand bedrag", "Totaalbedrag"],
    ["Amount due", "Total"],
    {
      nl: "Het totaal dat de brief vraagt (hoofdsom, rente en kosten)",
      en: "The total the letter asks for (principal, interest and costs)",
    }
  ),
  p("overdue", "amounts", "Vervallen bedrag", "Overdue amount", {
    nl: "Som van de vervallen facturen",
    en: "Sum of the overdue invoices",
  }),
  p(
    "creditTotal",
    "amounts",
    "Creditnota's",
    "Credit notes",
    { nl: "Som van de open creditnota's", en: "Sum of the open credit notes" },
    { when: "hasCredits" }
  ),
  p("principal", "amounts", "Hoofdsom", "Principal", {
    nl: "Vervallen facturen min creditnota's",
    en: "Overdue invoices less credit notes",
  }),
  p(
    "interest",
    "amounts",
    "Rente",
    "Interest",
    {
      nl: "Wettelijke (handels)rente tot de datum van de brief, als deze stap die rekent",
      en: "Statutory interest to the letter's date, when this stage charges it",
    },
    { when: "hasInterest" }
  ),
  p(
    "costs",
    "amounts",
    "Incassokosten",
    "Collection costs",
    {
      nl: "Buitengerechtelijke incassokosten, als deze stap die rekent",
      en: "Extrajudicial collection costs, when this stage charges them",
    },
    { when: "hasCosts" }
  ),
  p("warnedCosts", "amounts", "Aangekondigde incassokosten", "Announced collection costs", {
    nl: "De incassokosten volgens de staffel, zoals de 14-dagenbrief ze aankondigt",
    en: "The collection costs by the statutory scale, as the 14-day letter announces them",
  }),
  {
    key: "costsVatIncluded",
    group: "amounts",
    names: { nl: ["Kosten met btw"], en: ["Costs with VAT"] },
    path: null,
    when: "costsVatIncluded",
    help: {
      nl: "Alleen als voorwaarde: [Kosten met btw: (inclusief 21% btw)]",
      en: "Only as a condition: [Costs with VAT: (including 21% VAT)]",
    },
  },
  p("company.name", "company", "Bedrijfsnaam", "Company name", {
    nl: "Uw bedrijfsnaam (Instellingen)",
    en: "Your company name (Settings)",
  }),
  p("company.iban", "company", "IBAN", "IBAN", {
    nl: "Uw rekeningnummer (Instellingen)",
    en: "Your account number (Settings)",
  }),
  p("company.contact", "company", "Ondertekenaar", "Signatory", {
    nl: "Wie de brief ondertekent (Instellingen; leeg: alleen de bedrijfsnaam)",
    en: "Who signs the letter (Settings; empty: the company name alone)",
  }),
  p("contactVia", "company", "Telefoon of e-mail", "Phone or email", {
    nl: "„020-1234567 of debiteuren@bedrijf.nl”: wat in Instellingen staat",
    en: "“020-1234567 or ar@company.com”: what Settings hold",
  }),
  p("company.phone", "company", "Telefoon", "Phone", {
    nl: "Uw telefoonnummer",
    en: "Your phone number",
  }),
  p("company.email", "company", "E-mail", "Email", {
    nl: "Uw e-mailadres",
    en: "Your e-mail address",
  }),
  p("company.address", "company", "Bedrijfsadres", "Company address", {
    nl: "Uw straat en huisnummer",
    en: "Your street address",
  }),
  p("company.postcode", "company", "Bedrijfspostcode", "Company postcode", {
    nl: "Uw postcode",
    en: "Your postcode",
  }),
  p("company.city", "company", "Bedrijfsplaats", "Company city", {
    nl: "Uw vestigingsplaats",
    en: "Your city",
  }),
  p("company.kvk", "company", "KvK-nummer", "KvK number", {
    nl: "Uw KvK-nummer",
    en: "Your Chamber of Commerce (KvK) number",
  }),
  p("company.vatId", "company", "Btw-nummer", "VAT number", {
    nl: "Uw btw-identificatienummer",
    en: "Your VAT identification number",
  }),
  {
    key: "invoiceNoun",
    group: "wording",
    names: { nl: ["factuur of facturen"], en: ["invoice or invoices"] },
    path: null,
    when: null,
    plural: { nl: ["factuur", "facturen"], en: ["invoice", "invoices"] },
    help: {
      nl: "„factuur” bij één factuur, „facturen” bij meer",
      en: "“invoice” for one invoice, “invoices” for more",
    },
  },
];

/** How a name is matched: case, spaces and hyphens do not count. */
export function placeholderNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_]+/g, "");
}

const BY_NAME: ReadonlyMap<string, { placeholder: Placeholder; name: string }> = new Map(
  PLACEHOLDERS.flatMap((placeholder) =>
    [...placeholder.names.nl, ...placeholder.names.en].map(
      (name) => [placeholderNameKey(name), { placeholder, name }] as const
    )
  )
);

/** The placeholder called `name` (either language, any case), or null. */
export function findPlaceholder(name: string): { placeholder: Placeholder; name: string } | null {
  return BY_NAME.get(placeholderNameKey(name)) ?? null;
}

/** The text the field picker inserts for `placeholder` in a letter of `language`: "[Klantnaam]". */
export function placeholderToken(placeholder: Placeholder, language: "nl" | "en"): string {
  return `[${placeholder.names[language][0]}]`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The placeholder name closest to a misspelt `name` (at most 2 edits or a prefix), or null. */
export function closestPlaceholderName(name: string): string | null {
  const key = placeholderNameKey(name);
  if (key === "") return null;
  let best: { name: string; d: number } | null = null;
  for (const [candidate, { name: shown }] of BY_NAME) {
    const d = candidate.startsWith(key) && key.length >= 3 ? 1 : distance(key, candidate);
    if (d <= 2 && (best === null || d < best.d)) best = { name: shown, d };
  }
  return best?.name ?? null;
}
