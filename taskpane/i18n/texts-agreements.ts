/**
 * The words of the conversation thresholds in Instellingen (promise grace, first instalment, call
 * list, goods delivered: recht van reclame and eigendomsvoorbehoud) — in Dutch and English.
 */
import type { Lang } from "./texts";

const nl = {
  heading: "Afspraken, bellen en leveringen",
  graceDays: "Coulance na een betaalbelofte of termijn (dagen)",
  graceDaysHint:
    "Zo lang na de toegezegde datum wacht de aanmaningsprocedure nog; daarna geldt de belofte als niet nagekomen en komt de klant op de bellijst.",
  firstWithin: "Eerste termijn van een betalingsregeling uiterlijk binnen (dagen)",
  largeOverdue: "Bellen vanaf vervallen bedrag (€)",
  longOverdue: "Bellen als een factuur langer vervallen is dan (dagen)",
  deliversGoods: "Wij leveren goederen (recht van reclame bewaken, art. 7:44 BW)",
  deliversGoodsHint:
    "Per openstaande factuur ziet u tot wanneer u de geleverde zaken nog kunt terugvorderen: tot zes weken na de vervaldatum of, als dat later is, zestig dagen na levering (de leverdatum is de factuurdatum).",
  retentionOfTitle: "Onze leveringsvoorwaarden bevatten een eigendomsvoorbehoud",
  reclaimWarning: "Waarschuwen als het recht van reclame vervalt binnen (dagen)",
};

const en: typeof nl = {
  heading: "Agreements, calls and deliveries",
  graceDays: "Grace after a promise to pay or instalment (days)",
  graceDaysHint:
    "The reminder ladder waits this long after the promised day; then the promise counts as missed and the customer is on the call list.",
  firstWithin: "First instalment of a payment arrangement within (days)",
  largeOverdue: "Call from an overdue amount of (€)",
  longOverdue: "Call when an invoice is overdue longer than (days)",
  deliversGoods: "We deliver goods (watch the right of reclamation, art. 7:44 Dutch Civil Code)",
  deliversGoodsHint:
    "For each open invoice you see until when you can still reclaim the goods: six weeks after the due date or, if later, sixty days after delivery (the delivery date is taken as the invoice date).",
  retentionOfTitle: "Our terms of delivery carry a retention of title",
  reclaimWarning: "Warn when the right of reclamation lapses within (days)",
};

/** The texts in `lang`. */
export const AGREEMENT_TEXTS: Readonly<Record<Lang, typeof nl>> = { nl, en };
