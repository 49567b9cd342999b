/** The words of the Betalingen tab (bank statement in, payments confirmed, undo) in Dutch and English. */
import type { Lang } from "./texts";

const nl = {
  tab: "Betalingen",
  title: "Bankafschrift inlezen",
  intro:
    "Lees het afschrift van uw zakelijke rekening in (CAMT.053 of MT940, te downloaden in uw internetbankieren). Openstaand koppelt elke bijschrijving aan openstaande facturen op betalingsreferentie, factuurnummer, IBAN of naam. Controleer de voorstellen, wijs zo nodig zelf een factuur toe en bevestig: de betalingen worden dan vastgelegd en verwerkt vóór elke analyse. De debiteurenlijst zelf wordt nooit gewijzigd.",
  pick: "Afschrift kiezen…",
  fileLabel: "Bankafschrift (CAMT.053 of MT940)",
  reading: "Bezig met inlezen…",
  account: "Rekening",
  period: "Periode",
  balances: "Saldi",
  balancesChecked: (opening: string, closing: string) =>
    `beginsaldo ${opening}, eindsaldo ${closing}: sluit aan met de boekingen`,
  credits: "Bijschrijvingen",
  creditsLine: (n: number, total: string) =>
    `${n === 1 ? "1 bijschrijving" : `${n} bijschrijvingen`}, samen ${total}`,
  debitsLine: (n: number, total: string) =>
    `${n === 1 ? "1 afschrijving" : `${n} afschrijvingen`}, samen ${total} (niet gekoppeld)`,
  everyCent: (matched: string, unmatched: string, na: string, total: string) =>
    `Gekoppeld ${matched} + niet gekoppeld ${unmatched} + niet van toepassing ${na} = bijschrijvingen ${total}`,
  groups: {
    matched: "Gekoppeld, volledig betaald",
    partial: "Deelbetalingen",
    overpaid: "Te veel betaald",
    several: "Eén betaling voor meerdere facturen",
    unmatched: "Niet gekoppeld",
    recorded: "Eerder bevestigd",
  },
  groupHints: {
    matched: "Deze betalingen voldoen de facturen tot op de cent.",
    partial: "Na deze betalingen blijft een deel van de factuur openstaan.",
    overpaid:
      "Er is meer ontvangen dan openstond; het verschil blijft niet gekoppeld (terugbetalen of verrekenen beslist u zelf).",
    several: "Verdeeld over de facturen, de oudste vervaldatum eerst.",
    unmatched: "Kies de factuur waarvoor de betaling is, of laat haar niet toegewezen.",
    recorded: "Deze bijschrijvingen zijn al eerder bevestigd en verwerkt.",
  },
  payer: "Betaler",
  amount: "Bedrag",
  day: "Boekdatum",
  description: "Omschrijving",
  invoices: "Factuur",
  why: "Toelichting",
  assign: "Toewijzen aan",
  keepProposal: "voorstel houden",
  leaveUnassigned: "niet toewijzen",
  open: "open",
  rest: (amount: string) => `${amount} niet gekoppeld`,
  notApplicable: "Niet van toepassing",
  notApplicableHint: "Bijschrijvingen in een andere valuta en storno's worden niet gekoppeld.",
  debits: "Afschrijvingen",
  confirm: (n: number, total: string) =>
    `Bevestigen (${n === 1 ? "1 betaling" : `${n} betalingen`}, ${total})`,
  nothingToConfirm: "Er is niets te bevestigen: geen bijschrijving is aan een factuur gekoppeld.",
  confirmed: (n: number, total: string) =>
    `${n === 1 ? "1 betaling" : `${n} betalingen`} vastgelegd, samen ${total}. Het overzicht is bijgewerkt.`,
  discard: "Afschrift sluiten",
  confirmedTitle: "Verwerkte afschriften",
  confirmedEmpty: "Nog geen afschrift verwerkt.",
  statement: "Afschrift",
  creditsCount: (n: number, invoices: number) =>
    `${n === 1 ? "1 bijschrijving" : `${n} bijschrijvingen`}, ${invoices === 1 ? "1 factuur" : `${invoices} facturen`}`,
  total: "Totaal",
  undo: "Ongedaan maken",
  undone: (statement: string) =>
    `De betalingen van afschrift ${statement} zijn ongedaan gemaakt; de facturen staan weer open zoals in de debiteurenlijst.`,
  keptExcel: "Bewaard op het blad ‘Openstaand – Betalingen’ in deze werkmap.",
  keptWorkbench: "Bewaard in deze browser, bij deze administratie.",
  keptNowhere: "Deze omgeving bewaart niets: de betalingen gelden zolang deze pagina open is.",
  noPayments: "Deze omgeving bewaart geen betalingen.",
  received: "Ontvangen betalingen",
  receivedLine: (n: number, total: string) =>
    `${n === 1 ? "1 betaling" : `${n} betalingen`} uit bankafschriften verwerkt, samen ${total}.`,
  reference: "Betalingsreferentie",
};

export type PaymentTexts = typeof nl;

const en: PaymentTexts = {
  tab: "Payments",
  title: "Read a bank statement",
  intro:
    "Read the statement of your business account (CAMT.053 or MT940, downloaded from your internet banking). Openstaand matches every credit to open invoices by payment reference, invoice number, IBAN or name. Check the proposals, assign an invoice yourself where needed and confirm: the payments are then recorded and applied before every analysis. The open-items list itself is never changed.",
  pick: "Choose statement…",
  fileLabel: "Bank statement (CAMT.053 or MT940)",
  reading: "Reading…",
  account: "Account",
  period: "Period",
  balances: "Balances",
  balancesChecked: (opening, closing) =>
    `opening ${opening}, closing ${closing}: agrees with the entries`,
  credits: "Credits",
  creditsLine: (n, total) => `${n === 1 ? "1 credit" : `${n} credits`}, together ${total}`,
  debitsLine: (n, total) =>
    `${n === 1 ? "1 debit" : `${n} debits`}, together ${total} (not matched)`,
  everyCent: (matched, unmatched, na, total) =>
    `Matched ${matched} + unmatched ${unmatched} + not applicable ${na} = credits ${total}`,
  groups: {
    matched: "Matched, paid in full",
    partial: "Part payments",
    overpaid: "Overpaid",
    several: "One payment for several invoices",
    unmatched: "Not matched",
    recorded: "Confirmed earlier",
  },
  groupHints: {
    matched: "These payments settle the invoices to the cent.",
    partial: "After these payments part of the invoice stays open.",
    overpaid:
      "More was received than was open; the difference stays unmatched (refunding or offsetting is your decision).",
    several: "Spread over the invoices, oldest due date first.",
    unmatched: "Pick the invoice the payment is for, or leave it unassigned.",
    recorded: "These credits were confirmed and applied before.",
  },
  payer: "Payer",
  amount: "Amount",
  day: "Booked",
  description: "Description",
  invoices: "Invoice",
  why: "Why",
  assign: "Assign to",
  keepProposal: "keep proposal",
  leaveUnassigned: "leave unassigned",
  open: "open",
  rest: (amount) => `${amount} unmatched`,
  notApplicable: "Not applicable",
  notApplicableHint: "Credits in another currency and reversals are not matched.",
  debits: "Debits",
  confirm: (n, total) => `Confirm (${n === 1 ? "1 payment" : `${n} payments`}, ${total})`,
  nothingToConfirm: "Nothing to confirm: no credit is matched to an invoice.",
  confirmed: (n, total) =>
    `${n === 1 ? "1 payment" : `${n} payments`} recorded, together ${total}. The overview is up to date.`,
  discard: "Close statement",
  confirmedTitle: "Statements applied",
  confirmedEmpty: "No statement applied yet.",
  statement: "Statement",
  creditsCount: (n, invoices) =>
    `${n === 1 ? "1 credit" : `${n} credits`}, ${invoices === 1 ? "1 invoice" : `${invoices} invoices`}`,
  total: "Total",
  undo: "Undo",
  undone: (statement) =>
    `The payments of statement ${statement} are undone; the invoices are open again as the open-items list has them.`,
  keptExcel: "Kept on the sheet ‘Openstaand – Betalingen’ in this workbook.",
  keptWorkbench: "Kept in this browser, with this administration.",
  keptNowhere: "This environment keeps nothing: the payments last as long as this page is open.",
  noPayments: "This environment keeps no payments.",
  received: "Payments received",
  receivedLine: (n, total) =>
    `${n === 1 ? "1 payment" : `${n} payments`} applied from bank statements, together ${total}.`,
  reference: "Payment reference",
};

/** The Betalingen tab's texts per language. */
export const PAYMENT_TEXTS: Record<Lang, PaymentTexts> = { nl, en };
