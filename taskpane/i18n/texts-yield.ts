/** The words of Overzicht's block "what better credit control yields", in Dutch and English. */
import type { Lang } from "./texts";

const nl = {
  dsoDays: "DSO lager met",
  days: "dagen",
  rate: "Rente per jaar",
  target: "Doel afschrijvingen",
  percent: "%",
  save: "Bewaar als instelling",
  saved: "Bewaard bij Instellingen.",
  badNumber: (field: string, value: string) =>
    `${field}: ‘${value}’ is geen geldig getal (dagen 0 tot 365, percentages 0 tot 100 met hoogstens 2 decimalen).`,
  how: "Zo berekend",
  notComputable: "n.b.",
  // Instellingen
  heading: "Wat beter debiteurenbeheer oplevert (Overzicht en rapport)",
  settingDays: "DSO lager met (dagen)",
  settingDaysHint: "Hoeveel dagen sneller uw klanten zouden betalen: het geld dat dat vrijmaakt.",
  settingRate: "Rente op geleend geld (% per jaar)",
  settingRateHint: "Wat uw financiering kost, bijvoorbeeld de rente op de rekening-courant.",
  settingTarget: "Doel afschrijvingen oninbaar (% van de kredietverkoop)",
  settingTargetHint:
    "Het percentage oninbaar dat u haalbaar vindt; de besparing is het verschil met nu.",
  invalidPercent: (label: string) =>
    `${label}: vul een percentage van 0 tot 100 in, met hoogstens 2 decimalen (bijvoorbeeld 6,5).`,
  invalidDays: (label: string) => `${label}: vul een geheel aantal dagen van 0 tot 365 in.`,
};

const en: typeof nl = {
  dsoDays: "DSO lower by",
  days: "days",
  rate: "Interest a year",
  target: "Write-off target",
  percent: "%",
  save: "Save as setting",
  saved: "Saved in Settings.",
  badNumber: (field: string, value: string) =>
    `${field}: ‘${value}’ is not a valid number (days 0 to 365, percentages 0 to 100 with at most 2 decimals).`,
  how: "How",
  notComputable: "n/a",
  heading: "What better credit control yields (Overview and report)",
  settingDays: "DSO lower by (days)",
  settingDaysHint: "How many days sooner your customers would pay: the cash that releases.",
  settingRate: "Interest on borrowed money (% a year)",
  settingRateHint: "What your financing costs, for instance the rate on the overdraft.",
  settingTarget: "Bad-debt target (% of credit sales)",
  settingTargetHint:
    "The write-off rate you think achievable; the saving is the difference with now.",
  invalidPercent: (label: string) =>
    `${label}: enter a percentage from 0 to 100 with at most 2 decimals (for instance 6.5).`,
  invalidDays: (label: string) => `${label}: enter a whole number of days from 0 to 365.`,
};

/** The yield block's texts per language. */
export const YIELD_TEXTS: Record<Lang, typeof nl> = { nl, en };
