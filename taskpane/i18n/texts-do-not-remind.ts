/** The words of the pane's do-not-remind marks (aanmaningsstop), in Dutch and English. */
import type { Lang } from "./texts";

const nl = {
  title: "Niet aanmanen",
  intro:
    "Debiteuren of facturen die voorlopig geen herinnering krijgen, met de reden en eventueel een einddatum (tot en met). Ze blijven openstaan en tellen overal mee; in de herinneringsronde staan ze bij de uitgesloten posten. Bewaard bij de instellingen van deze werkmap.",
  introCustomer:
    "Zet een aanmaningsstop op de hele klant of op één factuur, met de reden en eventueel een einddatum.",
  customer: "Debiteur",
  invoice: "Factuur",
  allInvoices: "alle facturen",
  invoiceHint: "Leeg laten voor alle facturen van de debiteur",
  reason: "Reden",
  reasonHint: "Bijvoorbeeld: betalingsregeling telefonisch afgesproken",
  until: "Tot en met",
  untilHint: "Leeg laten: tot u de stop opheft",
  noEnd: "geen einddatum",
  add: "Niet aanmanen",
  remove: "Opheffen",
  removeLabel: (target: string) => `Aanmaningsstop voor ${target} opheffen`,
  expired: "verlopen",
  none: "Er staan geen debiteuren of facturen op niet aanmanen.",
  needCustomer: "Kies de debiteur.",
  needReason: "Vul de reden in: die staat bij de uitgesloten posten.",
  unknownCustomer: (id: string) => `Debiteur ${id} staat niet in deze debiteurenlijst.`,
  unknownInvoice: (id: string, customer: string) =>
    `Factuur ${id} staat niet bij debiteur ${customer} in deze debiteurenlijst.`,
  saved: (target: string) => `${target} krijgt geen herinnering meer zolang de stop geldt.`,
  removed: (target: string) => `De aanmaningsstop voor ${target} is opgeheven.`,
  target: (customer: string, invoice: string | null) =>
    invoice === null ? `debiteur ${customer}` : `factuur ${invoice} van debiteur ${customer}`,
  badge: "Niet aanmanen",
  needAdministration:
    "Bevestig eerst bovenaan de pagina bij welke administratie dit bestand hoort: een aanmaningsstop hoort bij de administratie, zodat hij nooit een debiteur van een andere klant met hetzelfde nummer raakt.",
  ledgerBlocked: (n: number) =>
    `De debiteurenlijst zelf zet ${n === 1 ? "1 rij" : `${n} rijen`} op niet aanmanen (status of kolom); die staan hierboven bij de uitgesloten posten.`,
  ladderNote: (stage: number) =>
    `Niet milder dan de vorige brief: er staat nog een factuur open die al fase ${stage} kreeg. Nieuwe facturen staan erin met hun eigen fase.`,
};

type DoNotRemindTexts = typeof nl;

const en: DoNotRemindTexts = {
  title: "Do not remind",
  intro:
    "Customers or invoices that get no reminder for now, with the reason and optionally a last day (inclusive). They stay open and count in every figure; in the reminder run they are listed with the items left out. Kept with this workbook's settings.",
  introCustomer:
    "Stop reminders for the whole customer or for one invoice, with the reason and optionally a last day.",
  customer: "Customer",
  invoice: "Invoice",
  allInvoices: "all invoices",
  invoiceHint: "Leave empty for all of the customer's invoices",
  reason: "Reason",
  reasonHint: "For example: payment plan agreed by phone",
  until: "Until (inclusive)",
  untilHint: "Leave empty: until you lift the stop",
  noEnd: "no end",
  add: "Do not remind",
  remove: "Lift",
  removeLabel: (target: string) => `Lift the reminder stop for ${target}`,
  expired: "expired",
  none: "No customers or invoices are marked do-not-remind.",
  needCustomer: "Choose the customer.",
  needReason: "Fill in the reason: it is shown with the items left out.",
  unknownCustomer: (id: string) => `Customer ${id} is not in this ledger.`,
  unknownInvoice: (id: string, customer: string) =>
    `Invoice ${id} is not one of customer ${customer}'s in this ledger.`,
  saved: (target: string) => `${target} gets no reminder while the stop holds.`,
  removed: (target: string) => `The reminder stop for ${target} has been lifted.`,
  target: (customer: string, invoice: string | null) =>
    invoice === null ? `customer ${customer}` : `invoice ${invoice} of customer ${customer}`,
  badge: "Do not remind",
  needAdministration:
    "First confirm at the top of the page which administration this file belongs to: a reminder stop belongs to the administration, so it never stops another client's customer with the same number.",
  ledgerBlocked: (n: number) =>
    `The ledger itself marks ${n === 1 ? "1 row" : `${n} rows`} do-not-remind (status or column); they are listed above with the items left out.`,
  ladderNote: (stage: number) =>
    `Never softer than the last letter: an invoice that already had stage ${stage} is still open. New invoices are listed at their own stage.`,
};

/** The do-not-remind texts per language. */
export const DO_NOT_REMIND_TEXTS: Record<Lang, DoNotRemindTexts> = { nl, en };
