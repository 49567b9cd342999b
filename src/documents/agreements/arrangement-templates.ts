/**
 * The payment arrangement in writing, Dutch and English: the letter for signature (what was agreed,
 * the plan, how to pay, what happens when a term is missed — the arrangement lapses, the whole
 * remaining claim falls due at once and collection resumes where it stood —, sign and return) and
 * the e-mail that sends it. Mustache over {@link ArrangementView}; `{{> specificatie}}` is the claim
 * and the plan as tables.
 */
import type { LetterTemplate } from "../letters/templates/letter-template";

const NL_LETTER: LetterTemplate = {
  subject: "Betalingsregeling {{id}}",
  body: `{{salutation}}

{{#justNow}}Zoals zojuist telefonisch besproken{{/justNow}}{{^justNow}}Zoals op {{agreedOn}} telefonisch besproken{{/justNow}}, treffen wij met {{#b2b}}{{debtor.name}}{{/b2b}}{{^b2b}}u{{/b2b}} een betalingsregeling voor {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}}. Met deze brief leggen wij de afspraken vast.

{{> specificatie}}

U betaalt het totaalbedrag van {{total}} in {{count}} {{#one}}termijn{{/one}}{{^one}}termijnen{{/one}}, {{frequency}}, volgens het schema hierboven. De eerste termijn van {{firstAmount}} betaalt u uiterlijk op {{firstDue}}.

{{#hasIban}}Wilt u elke termijn uiterlijk op de genoemde datum overmaken op rekeningnummer {{company.iban}} ten name van {{company.name}}, onder vermelding van {{paymentReference}}?{{/hasIban}}{{^hasIban}}Wilt u bij elke betaling {{paymentReference}} vermelden?{{/hasIban}} Eerder of meer betalen mag altijd.

Zolang u de termijnen op tijd betaalt, ontvangt u van ons geen herinneringen of aanmaningen voor {{#single}}deze factuur{{/single}}{{^single}}deze facturen{{/single}}.{{#interestRuns}} Over het openstaande bedrag blijft de wettelijke {{#b2b}}handels{{/b2b}}rente doorlopen tot de dag van volledige betaling.{{/interestRuns}}

Betaalt u een termijn niet, niet volledig of niet op tijd, dan vervalt deze regeling. Het volledige dan nog openstaande bedrag is in dat geval direct en in één keer opeisbaar, en wij zetten de invordering voort waar wij die hebben onderbroken.

Wilt u uw akkoord met deze regeling bevestigen door deze brief te ondertekenen en binnen zeven dagen aan ons terug te sturen{{#returnAddress}}, per post naar {{returnAddress}}{{/returnAddress}}{{#company.email}} of ingescand per e-mail naar {{company.email}}{{/company.email}}? Heeft u vragen, neem dan contact met ons op{{#contactVia}} via {{contactVia}}{{/contactVia}}.

Met vriendelijke groet,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

const EN_LETTER: LetterTemplate = {
  subject: "Payment arrangement {{id}}",
  body: `{{salutation}}

{{#justNow}}As discussed on the phone just now{{/justNow}}{{^justNow}}As discussed on the phone on {{agreedOn}}{{/justNow}}, we are making a payment arrangement with {{#b2b}}{{debtor.name}}{{/b2b}}{{^b2b}}you{{/b2b}} for the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below. This letter records what we agreed.

{{> specificatie}}

You will pay the total of {{total}} in {{count}} {{#one}}instalment{{/one}}{{^one}}instalments{{/one}}, {{frequency}}, as scheduled above. The first instalment of {{firstAmount}} is due no later than {{firstDue}}.

{{#hasIban}}Please transfer each instalment no later than its date to account {{company.iban}} in the name of {{company.name}}, quoting {{paymentReference}}.{{/hasIban}}{{^hasIban}}Please quote {{paymentReference}} with every payment.{{/hasIban}} You may always pay earlier or more.

As long as you pay the instalments on time, you will receive no reminders from us for {{#single}}this invoice{{/single}}{{^single}}these invoices{{/single}}.{{#interestRuns}} Statutory {{#b2b}}commercial {{/b2b}}interest continues to accrue on the outstanding amount until the day of full payment.{{/interestRuns}}

If an instalment is not paid, not paid in full or not paid on time, this arrangement lapses. The entire amount then still outstanding falls due at once, and we will resume collection where we left off.

Please confirm your agreement by signing this letter and returning it to us within seven days{{#returnAddress}}, by post to {{returnAddress}}{{/returnAddress}}{{#company.email}} or scanned by e-mail to {{company.email}}{{/company.email}}. If you have any questions, please contact us{{#contactVia}} at {{contactVia}}{{/contactVia}}.

Kind regards,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

const NL_MAIL: LetterTemplate = {
  subject:
    "Betalingsregeling {{id}}: {{total}} in {{count}} {{#one}}termijn{{/one}}{{^one}}termijnen{{/one}}",
  body: `{{salutation}}

{{#justNow}}Zoals zojuist telefonisch besproken{{/justNow}}{{^justNow}}Zoals op {{agreedOn}} telefonisch besproken{{/justNow}}, treffen wij met {{#b2b}}{{debtor.name}}{{/b2b}}{{^b2b}}u{{/b2b}} een betalingsregeling voor {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}}.

{{> specificatie}}

De eerste termijn van {{firstAmount}} betaalt u uiterlijk op {{firstDue}}{{#hasIban}}, op rekeningnummer {{company.iban}} ten name van {{company.name}}, onder vermelding van {{paymentReference}}{{/hasIban}}. Betaalt u een termijn niet, niet volledig of niet op tijd, dan vervalt de regeling en is het volledige dan nog openstaande bedrag direct opeisbaar.

In de bijlage vindt u de bevestiging van deze regeling. Wilt u die ondertekenen en binnen zeven dagen aan ons terugsturen{{#company.email}}, bijvoorbeeld ingescand als antwoord op deze e-mail{{/company.email}}?

Met vriendelijke groet,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

const EN_MAIL: LetterTemplate = {
  subject:
    "Payment arrangement {{id}}: {{total}} in {{count}} {{#one}}instalment{{/one}}{{^one}}instalments{{/one}}",
  body: `{{salutation}}

{{#justNow}}As discussed on the phone just now{{/justNow}}{{^justNow}}As discussed on the phone on {{agreedOn}}{{/justNow}}, we are making a payment arrangement with {{#b2b}}{{debtor.name}}{{/b2b}}{{^b2b}}you{{/b2b}} for the {{#single}}invoice{{/single}}{{^single}}invoices{{/single}} below.

{{> specificatie}}

The first instalment of {{firstAmount}} is due no later than {{firstDue}}{{#hasIban}}, to account {{company.iban}} in the name of {{company.name}}, quoting {{paymentReference}}{{/hasIban}}. If an instalment is not paid, not paid in full or not paid on time, the arrangement lapses and the entire amount then still outstanding falls due at once.

Attached is the confirmation of this arrangement. Please sign it and return it to us within seven days{{#company.email}}, for instance scanned in a reply to this e-mail{{/company.email}}.

Kind regards,

{{#signer}}{{signer}}
{{/signer}}{{company.name}}`,
};

/** The arrangement's letter for signature and its e-mail, by language. */
export const ARRANGEMENT_TEMPLATES: Readonly<
  Record<"nl" | "en", { letter: LetterTemplate; mail: LetterTemplate }>
> = {
  nl: { letter: NL_LETTER, mail: NL_MAIL },
  en: { letter: EN_LETTER, mail: EN_MAIL },
};
