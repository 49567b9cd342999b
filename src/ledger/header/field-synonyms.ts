/**
 * The header vocabulary: Dutch and English names per ledger field, including the column names of
 * known exports (Exact Online ReceivablesList, the IBM accounts-receivable sample, Twinfield, AFAS,
 * Moneybird, SnelStart, e-Boekhouden, King, Unit4 Multivers, Yuki, and a healthcare billing
 * package's "Factuurnr. / Vervalt / Saldo" report). Entries are written as people write them and
 * normalised once at load.
 *
 * Some names are right for more than one field ("Factuur": the invoice number, or in a report that
 * also has "Factuurnr." the invoice amount; "Soort": document or debtor type; "Relatie": the customer
 * number, or its name beside "Relatiecode"). They are listed under each, weaker where they are the
 * rarer meaning; the column's values decide (see value-fit.ts).
 *
 * A weight below 1 marks a name that is right but weaker than the alternatives: "Datum" is an invoice
 * date only when no better date column is there; "Boekdatum" loses to "Factuurdatum".
 */
import { normalizeHeader } from "./header-text";
import type { LedgerField } from "../types";

type Entry = string | readonly [name: string, weight: number];

// prettier-ignore
const VOCABULARY: { readonly [F in LedgerField]: readonly Entry[] } = {
  invoiceId: [
    "factuurnummer", "factuurnr", "factuur nr", "factuurno", "factuur", "fact nr", "boekstuknummer", "boekstuknr",
    "boekstuk", "documentnummer", "documentnr", "document", "doc nr", "invoice number", "invoice no", "invoice nr",
    "invoicenumber", "invoice id", "invoice", "document number", "document no", "transactienummer", "notanummer",
    "factuur id", "onze ref", "onze referentie", "our ref", "our reference", "nota nr", "notanr", "invoice #",
    "factuur #", "factuurnr.", ["bkst nr", 0.9], ["boekingsnummer", 0.7], ["doc no", 0.9],
  ],
  customerId: [
    "debiteur", "debiteurnummer", "debiteurnr", "debiteurcode", "deb nr", "klant", "klantnummer", "klantnr",
    "klantcode", "relatie", "relatienummer", "relatienr", "relatiecode", "customer", "customer id", "customer number",
    "customer no", "customer code", "customerID", "account", "accountcode", "account code", "account id", "debtor",
    "debtor id", "debtor number", ["code", 0.6], "nummer debiteur", "nummer klant", "nummer relatie",
    "relatie nr", "klant nr", "deb nr.", "debnr", "contact code", "contactcode", "klant code", "customer code",
    "debiteur code", "account number", "accountnummer",
  ],
  customerName: [
    "naam", "debiteurnaam", "debiteur naam", "naam debiteur", "klantnaam", "naam klant", "relatienaam",
    "naam relatie", "customer name", "accountname", "account name", "name", "debtor name", "bedrijfsnaam",
    "company name", "company", ["bedrijf", 0.9], ["relatie", 0.8], ["klant", 0.7], ["debiteur", 0.7],
    ["contact", 0.8], "contactnaam", "naam contact", ["zoeknaam", 0.8], "naam debiteur/crediteur", "debiteur naam",
    "klant naam", "relatie naam", "organisatienaam", "bedrijfsnaam klant",
  ],
  invoiceDate: [
    "factuurdatum", "datum factuur", "factdatum", ["boekdatum", 0.9], ["boekingsdatum", 0.9], ["documentdatum", 0.9],
    ["datum", 0.5], "invoice date", "InvoiceDate", ["document date", 0.9], ["posting date", 0.85], ["date", 0.5],
    ["transactiedatum", 0.85], ["boekstukdatum", 0.9], ["datum boeking", 0.9], ["boekstuk", 0.5],
    "datum factuur", "factuur datum", "invoice dt",
  ],
  dueDate: [
    "vervaldatum", "uiterste betaaldatum", "uiterlijke betaaldatum", "vervaldag", "verval", "vervaldatum factuur",
    "due date", "DueDate", "due", "payment due date", "te betalen voor", "vervalt", "vervalt op", "vervaldt",
    "vervaldatum betaling", "uiterste betaaldag", "te voldoen voor", "betalen voor", "expiry date",
  ],
  amount: [
    "bedrag", "factuurbedrag", "totaalbedrag", "bedrag incl btw", "bedrag incl", "bedrag inclusief btw",
    "totaal incl btw", "brutobedrag", "factuurtotaal", "bedrag factuur", "origineel bedrag", "amount",
    "invoice amount", "InvoiceAmount", "amount incl vat", "gross amount", "invoice total", "original amount",
    ["total", 0.8], ["totaal", 0.8], ["factuur", 0.5], "totaalbedrag incl btw", "bedrag incl. btw",
    "factuurbedrag incl btw", "bedrag valuta", "oorspronkelijk bedrag",
  ],
  openAmount: [
    "openstaand", "openstaand bedrag", "bedrag openstaand", "openstaand saldo", "saldo", "restant", "restbedrag",
    "restantbedrag", "resterend bedrag", "open bedrag", "open post", "saldo open", "nog te betalen", "te ontvangen",
    ["open", 0.9], "open amount", "outstanding", "outstanding amount", "amount outstanding", "balance",
    "balance due", "amount due", "amount remaining", ["remaining", 0.9], "openstaand bedrag valuta",
    "nog open", "open saldo", "restant bedrag", "saldo factuur", "nog te ontvangen", "openstaande bedrag",
  ],
  settledDate: [
    "betaaldatum", "datum betaald", "datum betaling", "betalingsdatum", "betaald op", "voldaan op", "datum voldaan",
    "settled date", "SettledDate", "settlement date", "paid date", "date paid", "payment date",
  ],
  currency: ["valuta", "valutacode", "munt", "currency", "CurrencyCode", "currency code", "ccy", "cur"],
  description: ["omschrijving", "description", "toelichting", "memo", "oms"],
  reference: [
    "kenmerk", "uw referentie", "uw kenmerk", "referentie", "YourRef", "your ref", "your reference", "reference",
    "ref", "betalingskenmerk", "order", "ordernummer", "po number", "inkoopnummer", "uw ref", "uw ref.",
    "referentie klant",
  ],
  status: ["status", "factuurstatus", "invoice status", "state"],
  disputed: ["betwist", "dispuut", "in dispuut", "geschil", "disputed", "dispute", "in dispute"],
  writtenOff: ["afgeschreven", "oninbaar", "afboeking", "written off", "write off", "bad debt"],
  handedOver: [
    "incasso", "bij incasso", "incassobureau", "uit handen", "uit handen gegeven", "overgedragen", "handed over",
    "collection", "debt collection", "in collection",
  ],
  doNotRemind: [
    "niet aanmanen", "aanmaningsstop", "aanmaanstop", "aanmaningsblokkade", "aanmaanblokkade", "blokkeren",
    "geblokkeerd", "blokkade", "aanmaning blokkeren", "aanmanen blokkeren", "niet herinneren", "do not remind",
    "dunning block", "blocked", "no follow-up", "on hold",
  ],
  reminderStage: [
    "aanmaning", "herinnering", "aanmaningsniveau", "aanmaningniveau", "aanmaningsfase", "herinneringsniveau",
    "aantal aanmaningen", "reminder level", "reminder stage", "reminder", "dunning level", "dunning stage", "stage",
    "reminders",
  ],
  reminderDate: [
    "datum laatste aanmaning", "laatste aanmaning", "datum aanmaning", "aanmaningsdatum", "datum herinnering",
    "herinneringsdatum", "datum laatste herinnering", "reminder date", "last reminder", "last reminder date",
    "last dunning date", "dunning date",
  ],
  deliveryDate: [
    "leverdatum", "afleverdatum", "leveringsdatum", "datum levering", "datum geleverd", "geleverd op",
    "delivery date", "date delivered", "delivered", "delivered on", "ship date", "shipping date", "shipped",
  ],
  contactPerson: ["contactpersoon", ["contact", 0.7], "contact person", "ter attentie van", "tav", "attn"],
  address: [
    "adres", "straat", "straat en huisnummer", "factuuradres", "postadres", "bezoekadres", "address", "street",
    "address line 1",
  ],
  postcode: ["postcode", "zip", "zip code", "zipcode", "postal code"],
  city: ["plaats", "woonplaats", "vestigingsplaats", "stad", "city", "town"],
  country: ["land", "landcode", "country", "countryCode", "country code"],
  email: ["e-mail", "email", "e-mailadres", "emailadres", "email address", "mail", "factuur e-mail"],
  phone: ["telefoon", "telefoonnummer", "tel", "telefoon nr", "phone", "phone number", "telephone", "mobiel", "mobile"],
  kvk: ["kvk", "kvk-nummer", "kvknummer", "kvk nr", "kamer van koophandel", "chamber of commerce", "coc", "coc number"],
  vatId: [
    "btw-nummer", "btw nummer", "btwnr", "btw-id", "btw id", "btw-identificatienummer", "vat number", "vat id", "vat no",
  ],
  iban: ["iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "bank account", "iban nummer"],
  creditLimit: ["kredietlimiet", "kredietlimit", "limiet", "credit limit", "creditlimit"],
  debtorType: [
    ["soort", 0.8], "soort debiteur", "type debiteur", "debiteurtype", "soort klant", "klanttype", "particulier",
    "consument", "debtor type", "customer type", "b2b", "b2c", "b2b b2c", "zakelijk",
  ],
  language: ["taal", "voorkeurstaal", "correspondentietaal", "language", "lang"],
  paymentTermDays: [
    "betalingstermijn", "betaaltermijn", "betalingstermijn dagen", "termijn", "krediettermijn", "payment terms",
    "payment term", "terms", "terms days", "terms (days)", "betalingsconditie",
  ],
  documentType: [
    ["soort", 0.9], "soort document", "documentsoort", "documenttype", "document type", "soort factuur",
    "factuursoort", "factuurtype", "type factuur", "invoice type", "doc type", "soort post", "boekingssoort",
    ["type", 0.6],
  ],
};

/** A normalised vocabulary entry. */
export interface Synonym {
  field: LedgerField;
  /** Normalised name (see {@link normalizeHeader}). */
  name: string;
  /** Confidence of an exact match: 1 for a definite name, lower for a weak one. */
  weight: number;
}

/** Every synonym, normalised, in vocabulary order. */
export const SYNONYMS: readonly Synonym[] = (Object.keys(VOCABULARY) as LedgerField[]).flatMap(
  (field) =>
    VOCABULARY[field].map((entry): Synonym => {
      const [name, weight] = typeof entry === "string" ? [entry, 1] : entry;
      return { field, name: normalizeHeader(name), weight };
    })
);

/**
 * Names that are too generic to count when merely contained in a longer header: "account" inside
 * "Accountmanager" is no customer, "document" inside "Documenttype" no invoice number.
 */
// prettier-ignore
export const EXACT_ONLY: ReadonlySet<string> = new Set(
  [
    "account", "customer", "document", "factuur", "klant", "relatie", "debiteur", "status", "contact", "reference",
    "remaining", "company", "bedrijf", "stage", "total", "totaal", "terms", "termijn", "language", "country",
    "invoice", "order", "limiet", "soort", "verval", "straat", "collection", "incasso", "aanmaning", "herinnering",
    "reminder", "reminders", "dispute", "mobile", "mobiel", "outstanding", "balance", "saldo",
  ].map(normalizeHeader)
);

/**
 * Columns of known exports that are deliberately not ledger fields, so no partial match may claim
 * them: the IBM sample's PaperlessDate (the day a customer went paperless, *not* an invoice date),
 * PaperlessBill, DaysToSettle and DaysLate (derived figures we recompute).
 */
// prettier-ignore
export const KNOWN_IGNORED: ReadonlySet<string> = new Set(
  [
    "PaperlessDate", "PaperlessBill", "DaysToSettle", "DaysLate", "dagen", "dagen over", "dagen vervallen",
    "days overdue", "ouderdom", "age", "btw", "btw bedrag", "vat", "vat amount", "bedrag excl btw", "amount excl vat",
    "nettobedrag", "net amount", "vervaldagen", "dagen vervaldatum", "dagen na vervaldatum", "dagen over vervaldatum",
    "dagen te laat", "dagen open", "aantal dagen", "aantal dagen vervallen", "ouderdom dagen", "ouderdom in dagen",
    "days past due", "days late", "days open", "overdue days", "ageing", "aging", "dagen verlopen",
  ].map(normalizeHeader)
);
