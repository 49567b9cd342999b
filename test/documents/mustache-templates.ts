/**
 * Test helper (not a test file): shipped letter templates as they were written in the mustache
 * form before the plain form replaced them, kept to show that a saved mustache template still
 * renders, and renders the same letter as its plain successor.
 */
import type { LetterTemplate } from "../../src/documents";

const SIGNATURE_NL = `Met vriendelijke groet,

{{#company.contact}}{{company.contact}}
{{/company.contact}}{{company.name}}`;

const PAY_NL = `over te maken op rekeningnummer {{company.iban}} ten name van {{company.name}}, onder vermelding van {{paymentReference}}`;

const FORMAL_EN = `{{#debtor.contact}}Yours sincerely,{{/debtor.contact}}{{^debtor.contact}}Yours faithfully,{{/debtor.contact}}

{{#company.contact}}{{company.contact}}
{{/company.contact}}{{company.name}}`;

const PAY_EN = `to account {{company.iban}} in the name of {{company.name}}, quoting {{paymentReference}}`;

/** Mustache templates by template id and language ("b2b-1-herinnering/nl"). */
export const MUSTACHE_TEMPLATES: Readonly<Record<string, LetterTemplate>> = {
  "b2b-1-herinnering/nl": {
    subject: "Herinnering {{invoiceList}}",
    body: `{{salutation}}

Volgens onze administratie {{#single}}staat de onderstaande factuur{{/single}}{{^single}}staan de onderstaande facturen{{/single}} nog open, terwijl de betalingstermijn is verstreken. Wellicht is het aan uw aandacht ontsnapt.

{{> specificatie}}

Wij verzoeken u het openstaande bedrag van {{total}} uiterlijk op {{deadline}} ${PAY_NL}.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen over {{#single}}de factuur{{/single}}{{^single}}de facturen{{/single}}, neem dan gerust contact met ons op{{#contactVia}} via {{contactVia}}{{/contactVia}}.

${SIGNATURE_NL}`,
  },
  "b2b-3-ingebrekestelling/nl": {
    subject: "Aanmaning en ingebrekestelling {{invoiceList}}",
    body: `{{salutation}}

Ondanks onze eerdere herinneringen hebben wij de betaling van {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}} niet ontvangen.

{{> specificatie}}

Hierbij stellen wij u in gebreke. Wij sommeren u het totaalbedrag van {{total}} uiterlijk op {{deadline}} ${PAY_NL}.

Dit bedrag bestaat uit de hoofdsom van {{principal}}{{#hasInterest}}, de wettelijke handelsrente (artikel 6:119a BW) tot en met {{date}} van {{interest}}{{/hasInterest}} en de buitengerechtelijke incassokosten van {{costs}}{{#costsVatIncluded}} (inclusief 21% btw){{/costsVatIncluded}} (artikel 6:96 BW). De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Hebben wij het volledige bedrag niet uiterlijk op {{deadline}} ontvangen, dan dragen wij de vordering zonder nadere aankondiging over aan een incassobureau of gerechtsdeurwaarder. De kosten van verdere invordering, waaronder die van een gerechtelijke procedure, kunnen dan voor uw rekening komen.

Heeft u inmiddels betaald, dan kunt u deze brief als niet verzonden beschouwen.

${SIGNATURE_NL}`,
  },
  "b2b-3-ingebrekestelling/en": {
    subject: "Formal notice of default: {{invoiceList}}",
    body: `{{salutation}}

Despite our earlier reminders, we have not received payment of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below.

{{> specificatie}}

We hereby give you formal notice of default and demand that you pay the total amount of {{total}} no later than {{deadline}} ${PAY_EN}.

This amount consists of the principal of {{principal}}{{#hasInterest}}, statutory commercial interest (Article 6:119a of the Dutch Civil Code) up to and including {{date}} of {{interest}}{{/hasInterest}} and extrajudicial collection costs of {{costs}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}} (Article 6:96 of the Dutch Civil Code). Interest continues to accrue until the day of payment in full.

If we have not received the full amount by {{deadline}}, we will pass the claim to a collection agency or bailiff without further notice. The costs of further collection, including those of legal proceedings, may then be charged to you.

If you have already paid, please disregard this letter.

${FORMAL_EN}`,
  },
};
