/**
 * The default templates by template id and language, and the check an edited template must pass
 * before it is stored: every placeholder must be a field of the letter, no unescaped output, no
 * delimiter changes, and the only partial is the invoice specification.
 */
import Mustache from "mustache";
import type { LetterLanguage } from "./letter-format";
import { B2B_EN } from "./templates/b2b-en";
import { B2B_NL } from "./templates/b2b-nl";
import { B2C_EN } from "./templates/b2c-en";
import { B2C_NL } from "./templates/b2c-nl";
import type { LetterTemplate } from "./templates/letter-template";

export type { LetterTemplate } from "./templates/letter-template";

const DEFAULTS: Readonly<Record<LetterLanguage, Readonly<Record<string, LetterTemplate>>>> = {
  nl: { ...B2B_NL, ...B2C_NL },
  en: { ...B2B_EN, ...B2C_EN },
};

/** The partial that places the invoice table. */
export const SPECIFICATION_PARTIAL = "specificatie";

/** Every field a template may name (dotted paths), outside any section. */
export const TEMPLATE_FIELDS: readonly string[] = [
  ...[
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
  ].map((k) => `company.${k}`),
  ...["name", "contact", "address", "postcode", "city", "country", "email", "customerNumber"].map(
    (k) => `debtor.${k}`
  ),
  "salutation",
  "date",
  "stageName",
  "invoiceList",
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

/** The shipped template for a policy stage's template id, or null when there is none. */
export function defaultTemplate(
  templateId: string,
  language: LetterLanguage
): LetterTemplate | null {
  return DEFAULTS[language][templateId] ?? null;
}

/** Every shipped template id (the same for both languages). */
export function defaultTemplateIds(): string[] {
  return Object.keys(DEFAULTS.nl);
}

type Span = [string, string, number, number, Span[]?, number?];

/**
 * The problems of a template text, in English (empty when it is fine): unknown placeholders,
 * unescaped output (`{{{x}}}`, `{{& x}}`), delimiter changes, unknown partials, bad syntax.
 */
export function checkTemplate(text: string): string[] {
  let spans: Span[];
  try {
    spans = Mustache.parse(text) as unknown as Span[];
  } catch (error) {
    return [
      `The template cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    ];
  }
  const problems: string[] = [];
  const walk = (list: readonly Span[], section: string | null): void => {
    for (const [type, name, , , children] of list) {
      if (type === "text" || type === "!") continue;
      if (type === "&" || type === "{") {
        problems.push(`{{{${name}}}} would print "${name}" without escaping; use {{${name}}}.`);
      } else if (type === "=") {
        problems.push("Changing the {{ }} delimiters is not allowed.");
      } else if (type === ">") {
        if (name !== SPECIFICATION_PARTIAL)
          problems.push(
            `Unknown part {{> ${name}}}; the only part is {{> ${SPECIFICATION_PARTIAL}}}.`
          );
      } else {
        const known =
          TEMPLATE_FIELDS.includes(name) ||
          name === "." ||
          (section !== null && (SECTION_FIELDS[section] ?? []).includes(name));
        if (!known) problems.push(`Unknown field {{${name}}}.`);
        if ((type === "#" || type === "^") && children)
          walk(children, name in SECTION_FIELDS ? name : section);
      }
    }
  };
  walk(spans, null);
  return problems;
}
