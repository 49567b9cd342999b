/** The words of the report, in Dutch and English, as a credit controller writes them. */
import type { Lang } from "../../core";

/** Report languages. */
export type ReportLang = Lang;

const TEXTS = {
  nl: {
    title: "Debiteurenrapportage",
    asOf: "Peildatum",
    summary: "Samenvatting",
    ar: "Openstaande debiteuren",
    current: "Nog niet vervallen",
    overdue: "Vervallen",
    dsoCountback: "DSO (countback)",
    dsoStandard: "DSO (standaard, {n} mnd)",
    bpdso: "Best mogelijke DSO",
    add: "Gemiddelde dagen te laat (ADD)",
    cei: "Incasso-effectiviteit (CEI)",
    overduePct: "% vervallen",
    over90Pct: "% ouder dan 90 dagen",
    badDebt12m: "Afschrijvingen oninbaar (12 mnd)",
    ageing: "Ouderdomsanalyse",
    ageingBasisDue: "op dagen na vervaldatum",
    ageingBasisInvoice: "op dagen na factuurdatum",
    total: "Totaal",
    bucket: "Ouderdom",
    amount: "Bedrag",
    customers: "Debiteuren",
    customer: "Debiteur",
    name: "Naam",
    open: "Openstaand",
    avgDaysLate: "Gem. dagen te laat",
    flags: "Signalen",
    flagged: "Debiteuren met signalen",
    trends: "Trend per maandeinde",
    monthEnd: "Maandeinde",
    badDebtRate: "Afschrijvingen % omzet",
    badDebtMonth: "In de maand",
    badDebtRolling: "Voortschrijdend 12 maanden",
    forecast: "Verwachte ontvangsten per week",
    weekStart: "Week vanaf",
    later: "Later of onzeker",
    vatRelief: "Btw terug te vragen op oninbare vorderingen",
    invoice: "Factuur",
    due: "Vervaldatum",
    reliefDate: "Oninbaar per",
    vat: "Btw",
    control: "Aansluiting",
    ledgerOpen: "Openstaand volgens de lijst",
    invoicedAfter: "Gefactureerd na de peildatum",
    writtenOff: "Afgeschreven als oninbaar",
    settledAfter: "Betaald na de peildatum (toen nog open)",
    settledButListedOpen: "Betaald maar als open vermeld",
    otherCurrencies: "Andere valuta (niet in de eurocijfers)",
    otherCurrencyNote:
      "Deze lijst bevat ook posten in een andere valuta ({n}). Die zijn niet opgeteld bij de eurobedragen en niet omgerekend: ze staan apart, met eigen totalen, onder Andere valuta.",
    currency: "Valuta",
    items: "Posten",
    openItems: "Openstaande posten in andere valuta",
    notInBridge: "Niet in deze aansluiting (andere valuta)",
    bridgeLead: "Openstaand volgens de lijst",
    bridgeAr: "openstaande debiteuren in deze analyse",
    bridgeApart: "apart, in andere valuta",
    reconciles: "Sluit aan tot op de cent",
    notReconciled: "SLUIT NIET AAN",
    notComputable: "n.b.",
    none: "Geen.",
    days: "dagen",
    notDue: "Niet vervallen",
    noDate: "Zonder datum",
    moreCustomers: "en {n} andere debiteuren met een saldo",
    definitions: "Definities",
    defDso:
      "DSO, best mogelijke DSO en ADD delen het openstaande saldo door de omzet op rekening. Ze worden alleen berekend als de lijst betaalde facturen (met betaaldatum of zonder openstaand bedrag) uit de meetperiode bevat; een lijst van openstaande posten, ook met deels betaalde facturen, is geen betaalhistorie en geeft n.b. met de reden.",
    defAr:
      "Openstaande debiteuren: wat op de peildatum nog open staat op facturen van vóór of op die dag, zonder wat als oninbaar is afgeschreven en zonder posten in een andere valuta. Het is het totaal van de ouderdomsanalyse; het verschil met het openstaande totaal van de lijst staat in de aansluiting.",
    defOverduePct:
      "% vervallen: het deel van het openstaande saldo waarvan de vervaldatum vóór de peildatum ligt, gedeeld door het hele openstaande saldo.",
    defDsoCountback:
      "DSO (countback): hoeveel dagen omzet er in de debiteuren vastzit. Het openstaande saldo wordt teruggeteld tegen de omzet op rekening van de laatste maanden: eerst de lopende maand tot de peildatum, dan de maand ervoor, enzovoort, tot het saldo op is; de dagen van die maanden bij elkaar zijn de DSO. Een seizoenspiek in de laatste maand vertekent dit getal minder dan de standaard-DSO.",
    defBpdso:
      "Best mogelijke DSO: de DSO als iedere klant precies op de vervaldatum had betaald. Alleen het nog niet vervallen saldo, gedeeld door de omzet op rekening van de laatste {n} maanden, maal het aantal dagen van die maanden. Dit is wat uw betalingstermijnen u kosten; hoe dichter de DSO hierbij ligt, hoe beter de incasso.",
    defAdd:
      "Gemiddelde dagen te laat (ADD): de standaard-DSO min de best mogelijke DSO. Zoveel dagen omzet zit er extra in de debiteuren doordat klanten na de vervaldatum betalen; het is het vervallen saldo gedeeld door de omzet per dag.",
    defCei:
      "Incasso-effectiviteit (CEI): welk deel van wat u in de laatste {n} maanden kon innen, ook echt is binnengekomen. (Openstaand aan het begin + omzet − openstaand nu) ÷ (openstaand aan het begin + omzet − nog niet vervallen nu) × 100. 100% betekent: alles wat vervallen is, is betaald.",
    defBadDebt:
      "Afschrijvingen (12 mnd): wat in de 12 maanden tot de peildatum als oninbaar is afgeschreven, gedeeld door de omzet op rekening in dezelfde 12 maanden.",
    defCurrency:
      "Alle bedragen zijn in euro. Posten in een andere valuta worden nooit bij de eurobedragen opgeteld en niet omgerekend; ze staan apart onder Andere valuta, met eigen totalen.",
    defBridge:
      "Aansluiting: openstaand volgens de lijst (in euro), min wat na de peildatum is gefactureerd of als oninbaar is afgeschreven, plus wat na de peildatum is betaald (toen nog open), min wat betaald is maar als open vermeld staat, is het openstaande saldo van de analyse, en dat is het totaal van de ouderdomsanalyse.",
    generated: "Gemaakt met Openstaand",
    summaryTitle: "Overzicht van de rapporten",
    file: "Bestand",
    error: "Fout",
  },
  en: {
    title: "Receivables report",
    asOf: "As of",
    summary: "Summary",
    ar: "Accounts receivable",
    current: "Not yet due",
    overdue: "Overdue",
    dsoCountback: "DSO (countback)",
    dsoStandard: "DSO (standard, {n} months)",
    bpdso: "Best possible DSO",
    add: "Average days delinquent (ADD)",
    cei: "Collection effectiveness (CEI)",
    overduePct: "% overdue",
    over90Pct: "% over 90 days",
    badDebt12m: "Bad-debt rate (12 months)",
    ageing: "Ageing",
    ageingBasisDue: "on days past due",
    ageingBasisInvoice: "on days since invoice",
    total: "Total",
    bucket: "Age",
    amount: "Amount",
    customers: "Customers",
    customer: "Customer",
    name: "Name",
    open: "Open",
    avgDaysLate: "Avg days late",
    flags: "Flags",
    flagged: "Customers with flags",
    trends: "Trend per month-end",
    monthEnd: "Month-end",
    badDebtRate: "Bad debt % of sales",
    badDebtMonth: "In the month",
    badDebtRolling: "Rolling 12 months",
    forecast: "Expected receipts per week",
    weekStart: "Week from",
    later: "Later or uncertain",
    vatRelief: "VAT to reclaim on bad debts",
    invoice: "Invoice",
    due: "Due",
    reliefDate: "Uncollectable on",
    vat: "VAT",
    control: "Reconciliation",
    ledgerOpen: "Open according to the ledger",
    invoicedAfter: "Invoiced after the as-of day",
    writtenOff: "Written off as uncollectable",
    settledAfter: "Settled after the as-of day (then still open)",
    settledButListedOpen: "Settled but listed as open",
    otherCurrencies: "Other currencies (not in the euro figures)",
    otherCurrencyNote:
      "This ledger also has items in another currency ({n}). They are not added to the euro amounts and not converted: they are listed apart, with their own totals, under Other currencies.",
    currency: "Currency",
    items: "Items",
    openItems: "Open items in other currencies",
    notInBridge: "Not in this reconciliation (other currencies)",
    bridgeLead: "Open according to the ledger",
    bridgeAr: "accounts receivable in this analysis",
    bridgeApart: "apart, in other currencies",
    reconciles: "Reconciles to the cent",
    notReconciled: "DOES NOT RECONCILE",
    notComputable: "n/a",
    none: "None.",
    days: "days",
    notDue: "Not due",
    noDate: "No date",
    moreCustomers: "and {n} more customers with a balance",
    definitions: "Definitions",
    defDso:
      "DSO, best possible DSO and ADD divide the open balance by credit sales. They are computed only when the ledger holds paid invoices (with a settled date, or nothing left open) from the measuring period; a list of open items, partly paid ones included, is not a payment history and gives n/a with the reason.",
    defAr:
      "Accounts receivable: what is still open on the as-of day on invoices dated on or before that day, without what was written off as uncollectable and without items in another currency. It is the ageing total; the difference with the ledger's own open total is in the reconciliation.",
    defOverduePct:
      "% overdue: the part of the open balance whose due date lies before the as-of day, divided by the whole open balance.",
    defDsoCountback:
      "DSO (countback): how many days of sales are tied up in receivables. The open balance is counted back against the credit sales of the latest months: first the current month up to the as-of day, then the month before, and so on, until the balance is used up; the days of those months together are the DSO. A seasonal peak in the last month distorts it less than standard DSO.",
    defBpdso:
      "Best possible DSO: the DSO if every customer had paid exactly on the due date. Only the balance not yet due, divided by the credit sales of the last {n} months, times the days of those months. This is what your payment terms cost you; the closer DSO is to it, the better the collection.",
    defAdd:
      "Average days delinquent (ADD): standard DSO less best possible DSO. That many extra days of sales are tied up because customers pay after the due date; it is the overdue balance divided by sales per day.",
    defCei:
      "Collection effectiveness (CEI): which part of what you could collect in the last {n} months actually came in. (Open at the start + sales − open now) ÷ (open at the start + sales − not yet due now) × 100. 100% means everything that fell due was paid.",
    defBadDebt:
      "Bad debt (12 months): what was written off as uncollectable in the 12 months up to the as-of day, divided by the credit sales of the same 12 months.",
    defCurrency:
      "All amounts are in euro. Items in another currency are never added to the euro amounts and not converted; they are listed apart under Other currencies, with their own totals.",
    defBridge:
      "Reconciliation: open according to the ledger (in euro), less what was invoiced after the as-of day or written off as uncollectable, plus what was settled after the as-of day (then still open), less what was settled but is listed open, is the analysis's open balance, which is the ageing total.",
    generated: "Made with Openstaand",
    summaryTitle: "Overview of the reports",
    file: "File",
    error: "Error",
  },
} as const;

/** A text key. */
export type TextKey = keyof (typeof TEXTS)["nl"];

/** The text `key` in `lang`, with {n} replaced. */
export function text(lang: ReportLang, key: TextKey, n?: number | string): string {
  const value: string = TEXTS[lang][key];
  return n === undefined ? value : value.replace("{n}", String(n));
}

/**
 * An ageing label in `lang`: "Not due", "No date" or a range of days ("1-30", "90+", and "0-30" for
 * the first bucket on the invoice date).
 */
export function bucketLabel(lang: ReportLang, label: string): string {
  if (label === "Not due") return text(lang, "notDue");
  if (label === "No date") return text(lang, "noDate");
  return lang === "nl" ? label.replace("-", "–") + " dgn" : label.replace("-", "–") + " days";
}
