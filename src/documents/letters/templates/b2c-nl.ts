/**
 * Default Dutch templates of the consumer ladder (DEFAULT_B2C_POLICY), by template id.
 *
 * The 14-dagenbrief follows art. 6:96 lid 6 BW and the case law on it (HR 13 juli 2018):
 * sent after the due date, free of charge, a term of fourteen days counted
 * from the day after receipt (worded as such, not as a date or "from the letter date", since the
 * creditor cannot know when it arrives), the concrete amount of the collection costs that will
 * follow (staffel; incl. VAT only when the creditor cannot deduct it), and all the debtor's claims.
 */
import type { LetterTemplate } from "./letter-template";
import { PAY, SIGNATURE } from "./closing-nl";

/** Consumer debtors, Dutch. */
export const B2C_NL: Readonly<Record<string, LetterTemplate>> = {
  "b2c-1-herinnering": {
    subject: "Herinnering [Facturen]",
    body: `[Aanhef]

Volgens onze administratie [staat|staan] de onderstaande [factuur of facturen] nog open, terwijl de betalingstermijn is verstreken. Wellicht is het aan uw aandacht ontsnapt.

[Specificatie]

Wilt u het openstaande bedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}?

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen, of lukt het niet om in één keer te betalen? Neem dan gerust contact met ons op [Telefoon of e-mail: via [Telefoon of e-mail]].

${SIGNATURE}`,
  },
  "b2c-2-14-dagenbrief": {
    subject: "Aanmaning: betaling binnen veertien dagen, [Facturen]",
    body: `[Aanhef]

Eerder herinnerden wij u aan de betaling van de onderstaande [factuur of facturen]. De betalingstermijn is verstreken en wij hebben uw betaling nog niet ontvangen. Hieronder staan alle bedragen die u ons op dit moment verschuldigd bent.

[Specificatie]

Wij verzoeken u het openstaande bedrag van [Te betalen] te betalen binnen veertien dagen na de dag van ontvangst van deze brief. U kunt het bedrag overmaken op rekeningnummer [IBAN] ten name van [Bedrijfsnaam], onder vermelding van [Betalingskenmerk].

Betaalt u niet binnen deze termijn, dan bent u buitengerechtelijke incassokosten verschuldigd. Deze bedragen [Aangekondigde incassokosten] [Kosten met btw: (inclusief 21% btw)], berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten. Daarnaast kunnen wij dan de wettelijke rente in rekening brengen en de vordering uit handen geven.

Aan deze brief zijn voor u geen kosten verbonden. Heeft u inmiddels betaald, dan kunt u deze brief als niet verzonden beschouwen. Kunt u het bedrag niet in één keer betalen, neem dan contact met ons op [Telefoon of e-mail: via [Telefoon of e-mail]]; dan bespreken wij graag een betalingsregeling.

${SIGNATURE}`,
  },
  "b2c-3-ingebrekestelling": {
    subject: "Ingebrekestelling en laatste aanmaning [Facturen]",
    body: `[Aanhef]

In onze vorige brief hebben wij u gevraagd de onderstaande [factuur of facturen] binnen veertien dagen na ontvangst te betalen. Die termijn is verstreken zonder dat wij uw betaling hebben ontvangen. Daarom brengen wij u nu de in die brief aangekondigde buitengerechtelijke incassokosten in rekening.

[Specificatie]

Hierbij stellen wij u in gebreke. Wij verzoeken u het totaalbedrag van [Te betalen] uiterlijk op [Uiterste betaaldatum] ${PAY}.

Dit bedrag bestaat uit de hoofdsom van [Hoofdsom][Rente: , de wettelijke rente (artikel 6:119 BW) tot en met [Datum] van [Rente]] en de buitengerechtelijke incassokosten van [Incassokosten] [Kosten met btw: (inclusief 21% btw)] (artikel 6:96 BW). De wettelijke rente loopt door tot de dag van volledige betaling.

Betaalt u niet uiterlijk op [Uiterste betaaldatum], dan dragen wij de vordering zonder nadere aankondiging over aan een incassobureau of gerechtsdeurwaarder. Een gerechtelijke procedure kan dan volgen; de kosten daarvan kunnen voor uw rekening komen.

Kunt u niet in één keer betalen, neem dan vóór [Uiterste betaaldatum] contact met ons op [Telefoon of e-mail: via [Telefoon of e-mail]].

${SIGNATURE}`,
  },
  "b2c-4-overdracht": {
    subject: "Overdracht van uw dossier aan een incassobureau: [Facturen]",
    body: `[Aanhef]

Ondanks onze eerdere brieven hebben wij de betaling van de onderstaande [factuur of facturen] niet ontvangen. Wij hebben de vordering daarom met ingang van [Datum] uit handen gegeven aan een incassobureau, dat de invordering namens ons voortzet en contact met u zal opnemen.

[Specificatie]

Het totaalbedrag van [Te betalen] bestaat uit de hoofdsom van [Hoofdsom][Rente: , de wettelijke rente tot en met [Datum] van [Rente]] en de buitengerechtelijke incassokosten van [Incassokosten] [Kosten met btw: (inclusief 21% btw)]. De wettelijke rente loopt door tot de dag van volledige betaling.

Vragen over deze vordering en betalingen richt u vanaf nu aan het incassobureau.

${SIGNATURE}`,
  },
};
