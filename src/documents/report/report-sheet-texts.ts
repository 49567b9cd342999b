/**
 * The words of the management report sheet that the analytics texts (src/analytics/report-texts)
 * do not have: table titles, column heads, one-line metric definitions (as in the README's
 * "Definitions") and why a figure cannot be computed.
 */
import { type IsoDay, MONTH_NAMES } from "../../core";

/** Report sheet languages. */
export type SheetLang = "nl" | "en";

/** The metrics of the key-figures table, in the order they are listed. */
export type SheetMetric =
  | "dsoCountback"
  | "dsoStandard"
  | "bpdso"
  | "add"
  | "cei"
  | "overduePct"
  | "over90Pct"
  | "badDebt12m";

const nl = {
  ageingTitle: (day: string, basis: string) => `Ouderdomsanalyse per ${day} (${basis})`,
  share: "Aandeel",
  topTitle: (n: number) => `Top ${n} debiteuren naar openstaand saldo`,
  customerNo: "Debiteurnr.",
  metricsTitle: (day: string) => `Kengetallen per ${day}`,
  metric: "Kengetal",
  daysCol: "Dagen",
  percentCol: "Percentage",
  definition: "Definitie",
  note: "Toelichting",
  notComputable: "niet berekenbaar",
  trendTitle: "Trend per maandeinde",
  badDebtTitle: "Afschrijvingen oninbaar per maandeinde",
  badDebtMonth: "Afschrijvingen % omzet (maand)",
  badDebt12m: "Afschrijvingen % omzet (12 mnd)",
  writtenOff12m: "Afgeschreven (12 mnd)",
  sales12m: "Omzet op rekening (12 mnd)",
  noTrends: "Trends niet berekenbaar",
  ageingChart: "Ouderdom van het openstaande saldo",
  dsoChart: "DSO en best mogelijke DSO per maandeinde",
  badDebtChart: "Afschrijvingen oninbaar in % van de omzet",
  definitions: {
    dsoCountback:
      "Openstaand saldo maand voor maand teruggerekend op de omzet: zoveel dagen omzet staat nog open.",
    dsoStandard:
      "Openstaand saldo ÷ omzet op rekening van de laatste {n} maanden × aantal dagen. DSO, BPDSO en ADD alleen met betaalde facturen in die maanden: een lijst van openstaande posten is geen betaalhistorie.",
    bpdso:
      "Niet-vervallen saldo ÷ omzet van dezelfde {n} maanden × dagen: de DSO bij stipte betaling.",
    add: "DSO (standaard) min best mogelijke DSO: zoveel dagen betalen klanten gemiddeld te laat.",
    cei: "(Beginsaldo + omzet − eindsaldo) ÷ (beginsaldo + omzet − niet-vervallen eindsaldo) over {n} maanden.",
    overduePct: "Vervallen saldo ÷ openstaand saldo.",
    over90Pct: "Saldo dat meer dan 90 dagen over de vervaldatum is ÷ openstaand saldo.",
    badDebt12m:
      "Als oninbaar afgeschreven in de laatste 12 maanden ÷ omzet op rekening in die maanden.",
  },
  reasons: {
    countback: "De omzet van de afgelopen 24 maanden dekt het openstaande saldo niet.",
    noSales: "Geen omzet op rekening in de laatste {n} maanden.",
    nothingDue: "Er was in de periode niets te innen (de noemer is nul).",
    nothingOpen: "Er staat niets open.",
  },
};

type SheetTexts = typeof nl;

const en: SheetTexts = {
  ageingTitle: (day, basis) => `Ageing as of ${day} (${basis})`,
  share: "Share",
  topTitle: (n) => `Top ${n} customers by open balance`,
  customerNo: "Customer no.",
  metricsTitle: (day) => `Key figures as of ${day}`,
  metric: "Metric",
  daysCol: "Days",
  percentCol: "Percentage",
  definition: "Definition",
  note: "Note",
  notComputable: "not computable",
  trendTitle: "Trend per month-end",
  badDebtTitle: "Bad debts per month-end",
  badDebtMonth: "Bad debt % of sales (month)",
  badDebt12m: "Bad debt % of sales (12 months)",
  writtenOff12m: "Written off (12 months)",
  sales12m: "Credit sales (12 months)",
  noTrends: "Trends not computable",
  ageingChart: "Ageing of the open balance",
  dsoChart: "DSO and best possible DSO per month-end",
  badDebtChart: "Bad debts as % of sales",
  definitions: {
    dsoCountback:
      "Open balance counted back against sales month by month: the days of sales still outstanding.",
    dsoStandard:
      "Open balance ÷ credit sales of the last {n} months × the days in them. DSO, BPDSO and ADD only with paid invoices in those months: a list of open items is not a payment history.",
    bpdso:
      "Not-yet-due balance ÷ sales of the same {n} months × days: the DSO if all paid on time.",
    add: "Standard DSO minus best possible DSO: the days customers pay late on average.",
    cei: "(Opening balance + sales − closing balance) ÷ (opening balance + sales − closing current balance) over {n} months.",
    overduePct: "Overdue balance ÷ open balance.",
    over90Pct: "Balance more than 90 days past due ÷ open balance.",
    badDebt12m:
      "Written off as uncollectable in the last 12 months ÷ credit sales in those months.",
  },
  reasons: {
    countback: "The sales of the last 24 months do not cover the open balance.",
    noSales: "No credit sales in the last {n} months.",
    nothingDue: "Nothing was collectable in the period (the divisor is zero).",
    nothingOpen: "Nothing is open.",
  },
};

/** The report sheet's texts in `lang`. */
export function sheetTexts(lang: SheetLang): SheetTexts {
  return lang === "nl" ? nl : en;
}

/** `text` with {n} replaced by `n`. */
export function withN(text: string, n: number): string {
  return text.replace("{n}", String(n));
}

/** A day as a title shows it: 20-11-2026 (nl) or 20 November 2026 (en). */
export function titleDay(day: IsoDay | string, lang: SheetLang): string {
  const [y, m, d] = day.split("-");
  if (lang === "nl") return `${d}-${m}-${y}`;
  return `${Number(d)} ${MONTH_NAMES.en[Number(m) - 1] ?? m} ${y}`;
}
