/** Default Dutch templates of the business ladder (DEFAULT_B2B_POLICY), by template id. */
import type { LetterTemplate } from "./letter-template";
import { PAY, SIGNATURE } from "./closing-nl";

/** Business debtors, Dutch. */
export const B2B_NL: Readonly<Record<string, LetterTemplate>> = {
  "b2b-1-herinnering": {
    subject: "Herinnering [Facturen]",
    body: `[Aanhef]

Volgens onze administratie [staat|staan] de onderstaande [factuur of facturen] nog open, terwijl de betalingstermijn is verstreken. Wellicht is het aan uw aandacht ontsnapt.

[Specificatie]

Wij verzoeken u het openstaande bedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen over de [factuur of facturen], neem dan gerust contact met ons op [Telefoon of e-mail: via [Telefoon of e-mail]].

${SIGNATURE}`,
  },
  "b2b-2-tweede-herinnering": {
    subject: "Tweede herinnering [Facturen]",
    body: `[Aanhef]

Eerder herinnerden wij u aan de betaling van de onderstaande [factuur of facturen]. Tot op heden hebben wij uw betaling helaas nog niet ontvangen.

[Specificatie]

Wij verzoeken u dringend het openstaande bedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}.

Blijft betaling uit, dan zijn wij genoodzaakt u in gebreke te stellen en de wettelijke handelsrente en de buitengerechtelijke incassokosten bij u in rekening te brengen.

Is er een reden waarom u niet kunt betalen, of bent u het niet eens met [de factuur|een van de facturen]? Neem dan vóór [Uiterste betaaldatum] contact met ons op [Telefoon of e-mail: via [Telefoon of e-mail]], dan zoeken wij samen naar een oplossing.

${SIGNATURE}`,
  },
  "b2b-3-ingebrekestelling": {
    subject: "Aanmaning en ingebrekestelling [Facturen]",
    body: `[Aanhef]

Ondanks onze eerdere herinneringen hebben wij de betaling van de onderstaande [factuur of facturen] niet ontvangen.

[Specificatie]

Hierbij stellen wij u in gebreke. Wij sommeren u het totaalbedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}.

Dit bedrag bestaat uit de hoofdsom van [Hoofdsom][Rente: , de wettelijke handelsrente (artikel 6:119a BW) tot en met [Datum] van [Rente]] en de buitengerechtelijke incassokosten van [Incassokosten] [Kosten met btw: (inclusief 21% btw)] (artikel 6:96 BW). De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Hebben wij het volledige bedrag niet uiterlijk op [Uiterste betaaldatum] ontvangen, dan dragen wij de vordering zonder nadere aankondiging over aan een incassobureau of gerechtsdeurwaarder. De kosten van verdere invordering, waaronder die van een gerechtelijke procedure, kunnen dan voor uw rekening komen.

Heeft u inmiddels betaald, dan kunt u deze brief als niet verzonden beschouwen.

${SIGNATURE}`,
  },
  "b2b-4-laatste-aanmaning": {
    subject: "Laatste aanmaning [Facturen]",
    body: `[Aanhef]

Wij hebben u eerder in gebreke gesteld voor de betaling van de onderstaande [factuur of facturen], maar hebben uw betaling nog steeds niet ontvangen. Dit is onze laatste aanmaning.

[Specificatie]

Wij sommeren u het totaalbedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}. De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Hebben wij het volledige bedrag niet uiterlijk op [Uiterste betaaldatum] ontvangen, dan dragen wij de vordering zonder verdere aankondiging over aan een incassobureau of gerechtsdeurwaarder. De kosten van verdere invordering, waaronder die van een gerechtelijke procedure, kunnen dan voor uw rekening komen.

${SIGNATURE}`,
  },
  "b2b-5-overdracht": {
    subject: "Overdracht van uw dossier aan een incassobureau: [Facturen]",
    body: `[Aanhef]

Ondanks onze herhaalde aanmaningen hebben wij de betaling van de onderstaande [factuur of facturen] niet ontvangen. Wij hebben de vordering daarom met ingang van [Datum] uit handen gegeven aan een incassobureau, dat de invordering namens ons voortzet en contact met u zal opnemen.

[Specificatie]

Het totaalbedrag van [Te betalen] bestaat uit de hoofdsom van [Hoofdsom][Rente: , de wettelijke handelsrente tot en met [Datum] van [Rente]] en de buitengerechtelijke incassokosten van [Incassokosten] [Kosten met btw: (inclusief 21% btw)]. De wettelijke handelsrente loopt door tot de dag van volledige betaling.

Vragen over deze vordering en betalingen richt u vanaf nu aan het incassobureau.

${SIGNATURE}`,
  },
};
