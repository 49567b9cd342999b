/**
 * The check an edited template must pass before it is stored or used: every placeholder must be a
 * field of the letter, no unescaped output, no delimiter changes, and the only partial is the
 * invoice specification. Kept apart from the default texts so the settings can load it cheaply.
 */
import Mustache from "mustache";
import { COMPANY_FIELDS } from "./company-details";

/** The partial that places the invoice table. */
export const SPECIFICATION_PARTIAL = "specificatie";

/** Every field a template may name (dotted paths), outside any section. */
export const TEMPLATE_FIELDS: readonly string[] = [
  ...COMPANY_FIELDS.map((k) => `company.${k}`),
  ...["name", "contact", "address", "postcode", "city", "country", "email", "customerNumber"].map(
    (k) => `debtor.${k}`
  ),
  "salutation",
  "date",
  "stageName",
  "invoiceList",
  "dueDate",
  "single",
  "invoiceCount",
  "invoices",
  "credits",
  "hasCredits",
  "overdue",
  "creditTotal",
  "principal",
  "interest",
  "hasInterest",
  "costs",
  "hasCosts",
  "warnedCosts",
  "costsVatIncluded",
  "total",
  "deadline",
  "hasDeadline",
  "paymentReference",
  "contactVia",
];

/** Fields inside `{{#invoices}}…{{/invoices}}` and `{{#credits}}…{{/credits}}`. */
const SECTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  invoices: ["number", "date", "dueDate", "open", "daysOverdue", "interest"],
  credits: ["number", "date", "open"],
};

type Span = [string, string, number, number, Span[]?, number?];

/**
 * The problems of a template text, in English or Dutch (empty when it is fine): unknown placeholders,
 * unescaped output (`{{{x}}}`, `{{& x}}`), delimiter changes, unknown partials, bad syntax.
 */
export function checkTemplate(text: string, language: "en" | "nl" = "en"): string[] {
  const nl = language === "nl";
  let spans: Span[];
  try {
    spans = Mustache.parse(text) as unknown as Span[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      nl ? `Het sjabloon is niet te lezen: ${detail}` : `The template cannot be read: ${detail}`,
    ];
  }
  const problems: string[] = [];
  const walk = (list: readonly Span[], section: string | null): void => {
    for (const [type, name, , , children] of list) {
      if (type === "text" || type === "!") continue;
      if (type === "&" || type === "{") {
        problems.push(
          nl
            ? `{{{${name}}}} zou "${name}" zonder beveiliging afdrukken; gebruik {{${name}}}.`
            : `{{{${name}}}} would print "${name}" without escaping; use {{${name}}}.`
        );
      } else if (type === "=") {
        problems.push(
          nl
            ? "De scheidingstekens {{ }} mogen niet worden veranderd."
            : "Changing the {{ }} delimiters is not allowed."
        );
      } else if (type === ">") {
        if (name !== SPECIFICATION_PARTIAL)
          problems.push(
            nl
              ? `Onbekend onderdeel {{> ${name}}}; het enige onderdeel is {{> ${SPECIFICATION_PARTIAL}}}.`
              : `Unknown part {{> ${name}}}; the only part is {{> ${SPECIFICATION_PARTIAL}}}.`
          );
      } else {
        const known =
          TEMPLATE_FIELDS.includes(name) ||
          name === "." ||
          (section !== null && (SECTION_FIELDS[section] ?? []).includes(name));
        if (!known) problems.push(nl ? `Onbekend veld {{${name}}}.` : `Unknown field {{${name}}}.`);
        if ((type === "#" || type === "^") && children)
          walk(children, name in SECTION_FIELDS ? name : section);
      }
    }
  };
  walk(spans, null);
  return problems;
}
