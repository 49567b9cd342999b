/** Default English templates of the business ladder (DEFAULT_B2B_POLICY), by template id. */
import type { LetterTemplate } from "./letter-template";
import { FORMAL, PAY, REGARDS } from "./closing-en";

/** Business debtors, English. */
export const B2B_EN: Readonly<Record<string, LetterTemplate>> = {
  "b2b-1-herinnering": {
    subject: "Payment reminder: {{invoiceList}}",
    body: `{{salutation}}

According to our records, the {{#single}}invoice below remains{{/single}}{{^single}}invoices below remain{{/single}} unpaid, although the payment term has expired. Perhaps this has escaped your attention.

{{> specificatie}}

We would be grateful if you could transfer the outstanding amount of {{total}} by {{deadline}} ${PAY}.

If you have already paid, please disregard this reminder. If you have any questions about the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}}, please do not hesitate to contact us{{#contactVia}} on {{contactVia}}{{/contactVia}}.

${REGARDS}`,
  },
  "b2b-2-tweede-herinnering": {
    subject: "Second reminder: {{invoiceList}}",
    body: `{{salutation}}

We recently reminded you of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below, but we have not yet received your payment.

{{> specificatie}}

We ask you to transfer the outstanding amount of {{total}} by {{deadline}} at the latest ${PAY}.

If payment is not received, we will have to give you formal notice of default and charge statutory commercial interest and extrajudicial collection costs, as Dutch law allows.

If there is a reason why you cannot pay, or if you dispute {{#single}}the invoice{{/single}}{{^single}}any of the invoices{{/single}}, please contact us before {{deadline}}{{#contactVia}} on {{contactVia}}{{/contactVia}} so that we can resolve it together.

${REGARDS}`,
  },
  "b2b-3-ingebrekestelling": {
    subject: "Formal notice of default: {{invoiceList}}",
    body: `{{salutation}}

Despite our earlier reminders, we have not received payment of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below.

{{> specificatie}}

We hereby give you formal notice of default and demand that you pay the total amount of {{total}} no later than {{deadline}} ${PAY}.

This amount consists of the principal of {{principal}}{{#hasInterest}}, statutory commercial interest (Article 6:119a of the Dutch Civil Code) up to and including {{date}} of {{interest}}{{/hasInterest}} and extrajudicial collection costs of {{costs}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}} (Article 6:96 of the Dutch Civil Code). Interest continues to accrue until the day of payment in full.

If we have not received the full amount by {{deadline}}, we will pass the claim to a collection agency or bailiff without further notice. The costs of further collection, including those of legal proceedings, may then be charged to you.

If you have already paid, please disregard this letter.

${FORMAL}`,
  },
  "b2b-4-laatste-aanmaning": {
    subject: "Final notice: {{invoiceList}}",
    body: `{{salutation}}

We have given you formal notice of default for the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below, but we have still not received your payment. This is our final notice.

{{> specificatie}}

We demand that you pay the total amount of {{total}} no later than {{deadline}} ${PAY}. Statutory commercial interest continues to accrue until the day of payment in full.

If we have not received the full amount by {{deadline}}, we will pass the claim to a collection agency or bailiff without further notice. The costs of further collection, including those of legal proceedings, may then be charged to you.

${FORMAL}`,
  },
  "b2b-5-overdracht": {
    subject: "Your account has been passed to a collection agency: {{invoiceList}}",
    body: `{{salutation}}

Despite our repeated reminders, we have not received payment of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below. We have therefore passed the claim to a collection agency with effect from {{date}}. The agency will continue collection on our behalf and will contact you.

{{> specificatie}}

The total amount of {{total}} consists of the principal of {{principal}}{{#hasInterest}}, statutory commercial interest up to and including {{date}} of {{interest}}{{/hasInterest}} and extrajudicial collection costs of {{costs}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}}. Interest continues to accrue until the day of payment in full.

From now on, please address any questions about this claim, and your payment, to the collection agency.

${FORMAL}`,
  },
};
