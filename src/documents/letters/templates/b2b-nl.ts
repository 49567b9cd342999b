/** Default Dutch templates of the business ladder (DEFAULT_B2B_POLICY), by template id. */
import type { LetterTemplate } from "./letter-template";
import { PAY, SIGNATURE } from "./closing-nl";

/** Business debtors, Dutch. */
export const B2B_NL: Readonly<Record<string, LetterTemplate>> = {
  "b2b-1-herinnering": {
    subject: "Herinnering {{invoiceList}}",
    body: `{{salutation}}

Volgens onze administratie {{#single}}staat de onderstaande factuur{{/single}}{{^single}}staan de onderstaande facturen{{/single}} nog open, terwijl de betalingstermijn is verstreken. Wellicht is het aan uw aandacht ontsnapt.

{{> specificatie}}

Wij verzoeken u het openstaande bedrag van {{total}} uiterlijk op {{deadline}} ${PAY}.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen over {{#single}}de factuur{{/single}}{{^single}}de facturen{{/single}}, neem dan gerust contact met ons op{{#contactVia}} via {{contactVia}}{{/contactVia}}.

${SIGNATURE}`,
  },
  "b2b-2-tweede-herinnering": {
    subject: "Tweede herinnering {{invoiceList}}",
    body: `{{salutation}}

Eerder herinnerden wij u aan de betaling van {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}}. Tot op heden hebben wij uw betaling helaas nog niet ontvangen.

{{> specificatie}}

Wij verzoeken u dringend het openstaande bedrag van {{total}} uiterlijk op {{deadline}} ${PAY}.

Blijft betaling uit, dan zijn wij genoodzaakt u in gebreke te stellen en de wettelijke handelsrente en de buitengerechtelijke incassokosten bij u in rekening te brengen.

Is er een reden waarom u niet kunt betalen, of bent u het niet eens met {{#single}}de factuur{{/single}}{{^single}}een van de facturen{{/single}}? Neem dan vóór {{deadline}} contact met ons op{{#contactVia}} via {{contactVia}}{{/contactVia}}, dan zoeken wij samen naar een oplossing.

${SIGNATURE}`,
  },
  "b2b-3-ingebrekestelling": {
    subject: "Aanmaning en ingebrekestelling {{invoiceList}}",
    body: `{{salutation}}

Ondanks onze eerdere herinneringen hebben wij de betaling van {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}} niet ontvangen.

{{> specificatie}}

Hierbij stellen wij u in gebreke. Wij sommeren u het totaalbedrag van {{total}} uiterlijk op {{deadline}} ${PAY}.

Dit bedrag bestaat uit de hoofdsom van {{principal}}{{#hasInterest}}, de wettelijke handelsrente (artikel 6:119a BW) tot en met {{date}} van {{interest}}{{/hasInterest}} en de buitengerechtelijke incassokosten van {{costs}}{{#costsVatIncluded}} (inclusief 21% btw){{/costsVatIncluded}} (artikel 6:96 BW). De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Hebben wij het volledige bedrag niet uiterlijk op {{deadline}} ontvangen, dan dragen wij de vordering zonder nadere aankondiging over aan een incassobureau of gerechtsdeurwaarder. De kosten van verdere invordering, waaronder die van een gerechtelijke procedure, kunnen dan voor uw rekening komen.

Heeft u inmiddels betaald, dan kunt u deze brief als niet verzonden beschouwen.

${SIGNATURE}`,
  },
  "b2b-4-laatste-aanmaning": {
    subject: "Laatste aanmaning {{invoiceList}}",
    body: `{{salutation}}

Wij hebben u eerder in gebreke gesteld voor de betaling van {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}}, maar hebben uw betaling nog steeds niet ontvangen. Dit is onze laatste aanmaning.

{{> specificatie}}

Wij sommeren u het totaalbedrag van {{total}} uiterlijk op {{deadline}} ${PAY}. De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Hebben wij het volledige bedrag niet uiterlijk op {{deadline}} ontvangen, dan dragen wij de vordering zonder verdere aankondiging over aan een incassobureau of gerechtsdeurwaarder. De kosten van verdere invordering, waaronder die van een gerechtelijke procedure, kunnen dan voor uw rekening komen.

${SIGNATURE}`,
  },
  "b2b-5-overdracht": {
    subject: "Overdracht van uw dossier aan een incassobureau: {{invoiceList}}",
    body: `{{salutation}}

Ondanks onze herhaalde aanmaningen hebben wij de betaling van {{#single}}de onderstaande factuur{{/single}}{{^single}}de onderstaande facturen{{/single}} niet ontvangen. Wij hebben de vordering daarom met ingang van {{date}} uit handen gegeven aan een incassobureau, dat de invordering namens ons voortzet en contact met u zal opnemen.

{{> specificatie}}

Het totaalbedrag van {{total}} bestaat uit de hoofdsom van {{principal}}{{#hasInterest}}, de wettelijke handelsrente tot en met {{date}} van {{interest}}{{/hasInterest}} en de buitengerechtelijke incassokosten van {{costs}}{{#costsVatIncluded}} (inclusief 21% btw){{/costsVatIncluded}}. De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Vragen over deze vordering en betalingen richt u vanaf nu aan het incassobureau.

${SIGNATURE}`,
  },
};
