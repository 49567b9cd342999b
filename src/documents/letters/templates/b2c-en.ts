/**
 * Default English templates of the consumer ladder (DEFAULT_B2C_POLICY), by template id. The
 * 14-day letter carries the same legal elements as the Dutch one (art. 6:96 lid 6 BW): fourteen
 * days from the day after receipt, the concrete collection costs, free of charge, all claims.
 */
import type { LetterTemplate } from "./letter-template";
import { FORMAL, PAY, REGARDS } from "./closing-en";

/** Consumer debtors, English. */
export const B2C_EN: Readonly<Record<string, LetterTemplate>> = {
  "b2c-1-herinnering": {
    subject: "Payment reminder: {{invoiceList}}",
    body: `{{salutation}}

According to our records, the {{#single}}invoice below remains{{/single}}{{^single}}invoices below remain{{/single}} unpaid, although the payment term has expired. Perhaps this has escaped your attention.

{{> specificatie}}

Could you please transfer the outstanding amount of {{total}} by {{deadline}} ${PAY}?

If you have already paid, please disregard this reminder. If you have any questions, or if you cannot pay the full amount at once, please do not hesitate to contact us{{#contactVia}} on {{contactVia}}{{/contactVia}}.

${REGARDS}`,
  },
  "b2c-2-14-dagenbrief": {
    subject: "Request for payment within fourteen days: {{invoiceList}}",
    body: `{{salutation}}

We recently reminded you of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below. The payment term has expired and we have not yet received your payment. Below are all the amounts you currently owe us.

{{> specificatie}}

We ask you to pay the outstanding amount of {{total}} within fourteen days after the day on which you receive this letter. You can transfer the amount ${PAY}.

If you do not pay within this period, you will owe extrajudicial collection costs of {{warnedCosts}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}}, calculated in accordance with the Dutch Extrajudicial Collection Costs Decree (Besluit vergoeding voor buitengerechtelijke incassokosten). We may then also charge statutory interest and pass the claim to a collection agency.

This letter is free of charge. If you have already paid, please disregard it. If you cannot pay the full amount at once, please contact us{{#contactVia}} on {{contactVia}}{{/contactVia}} to discuss a payment plan.

${REGARDS}`,
  },
  "b2c-3-ingebrekestelling": {
    subject: "Notice of default and final notice: {{invoiceList}}",
    body: `{{salutation}}

In our previous letter we asked you to pay the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below within fourteen days of receipt. That period has expired without payment, so we now charge the extrajudicial collection costs announced in that letter.

{{> specificatie}}

We hereby give you notice of default and ask you to pay the total amount of {{total}} no later than {{deadline}} ${PAY}.

This amount consists of the principal of {{principal}}{{#hasInterest}}, statutory interest (Article 6:119 of the Dutch Civil Code) up to and including {{date}} of {{interest}}{{/hasInterest}} and extrajudicial collection costs of {{costs}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}} (Article 6:96 of the Dutch Civil Code). Statutory interest continues to accrue until the day of payment in full.

If you do not pay by {{deadline}}, we will pass the claim to a collection agency or bailiff without further notice. Legal proceedings may follow, and their costs may be charged to you.

If you cannot pay the full amount at once, please contact us before {{deadline}}{{#contactVia}} on {{contactVia}}{{/contactVia}}.

${FORMAL}`,
  },
  "b2c-4-overdracht": {
    subject: "Your account has been passed to a collection agency: {{invoiceList}}",
    body: `{{salutation}}

Despite our earlier letters, we have not received payment of the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below. We have therefore passed the claim to a collection agency with effect from {{date}}. The agency will continue collection on our behalf and will contact you.

{{> specificatie}}

The total amount of {{total}} consists of the principal of {{principal}}{{#hasInterest}}, statutory interest up to and including {{date}} of {{interest}}{{/hasInterest}} and extrajudicial collection costs of {{costs}}{{#costsVatIncluded}} (including 21% VAT){{/costsVatIncluded}}. Statutory interest continues to accrue until the day of payment in full.

From now on, please address any questions about this claim, and your payment, to the collection agency.

${FORMAL}`,
  },
};
