/**
 * The confirmation e-mail of a promise to pay, Dutch and English: what was agreed on the phone
 * (the amount and the day), the invoices it covers, how to pay (IBAN, RF reference) and what
 * happens when the day passes. Mustache over {@link PromiseView}; `{{> specificatie}}` is the table
 * of covered invoices.
 */
import type { LetterTemplate } from "../letters/templates/letter-template";

const NL: LetterTemplate = {
  subject: "Bevestiging betalingsafspraak: {{amount}} uiterlijk op {{due}}",
  body: `{{salutation}}

{{#justNow}}Zoals zojuist telefonisch besproken{{/justNow}}{{^justNow}}Zoals op {{callDate}} telefonisch besproken{{/justNow}}, bevestigen wij hierbij de betalingsafspraak{{#b2b}} met {{debtor.name}}{{/b2b}}: u betaalt {{amount}} uiterlijk op {{due}}. Deze betaling is bestemd voor {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}}.

{{> specificatie}}

{{#partial}}Na deze betaling staat er op {{#single}}deze factuur{{/single}}{{^single}}deze facturen{{/single}} nog {{rest}} open. Over de betaling daarvan nemen wij afzonderlijk contact met u op.{{/partial}}

{{#hasIban}}Wilt u het bedrag van {{amount}} uiterlijk op {{due}} overmaken op rekeningnummer {{company.iban}} ten name van {{company.name}}, onder vermelding van {{paymentReference}}? Dan kunnen wij uw betaling direct verwerken.{{/hasIban}}{{^hasIban}}Wilt u bij uw betaling {{paymentReference}} vermelden? Dan kunnen wij uw betaling direct verwerken.{{/hasIban}}

Tot en met {{due}} ontvangt u van ons geen herinneringen voor {{#single}}deze factuur{{/single}}{{^single}}deze facturen{{/single}}. Hebben wij het bedrag op {{due}} niet ontvangen, dan vervalt deze afspraak en zetten wij de invordering zonder nadere aankondiging voort.

Klopt iets in deze bevestiging niet, laat het ons dan zo snel mogelijk weten{{#contactVia}} via {{contactVia}}{{/contactVia}}.

Met vriendelijke groet,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

const EN: LetterTemplate = {
  subject: "Confirmation of our payment agreement: {{amount}} by {{due}}",
  body: `{{salutation}}

{{#justNow}}As discussed on the phone just now{{/justNow}}{{^justNow}}As discussed on the phone on {{callDate}}{{/justNow}}, we confirm the payment agreement{{#b2b}} with {{debtor.name}}{{/b2b}}: you will pay {{amount}} no later than {{due}}. This payment is for the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below.

{{> specificatie}}

{{#partial}}After this payment, {{rest}} remains outstanding on {{#single}}this invoice{{/single}}{{^single}}these invoices{{/single}}. We will contact you separately about its payment.{{/partial}}

{{#hasIban}}Please transfer {{amount}} no later than {{due}} to account {{company.iban}} in the name of {{company.name}}, quoting {{paymentReference}}, so that we can process your payment at once.{{/hasIban}}{{^hasIban}}Please quote {{paymentReference}} with your payment, so that we can process it at once.{{/hasIban}}

Up to and including {{due}} you will receive no reminders from us for {{#single}}this invoice{{/single}}{{^single}}these invoices{{/single}}. If we have not received the amount by {{due}}, this agreement lapses and we will continue collection without further notice.

If anything in this confirmation is not as agreed, please let us know as soon as possible{{#contactVia}} at {{contactVia}}{{/contactVia}}.

Kind regards,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

/** The promise confirmation's template in `language`. */
export const PROMISE_CONFIRMATION: Readonly<Record<"nl" | "en", LetterTemplate>> = {
  nl: NL,
  en: EN,
};
