/**
 * Use-case: explain one KPI of the analysis, as the pane's Overzicht shows it when a KPI card is
 * opened — its definition (the report's own text, see kpiDefinition), the figures it was computed
 * from, the computation written out with those figures, the bridge from the ledger's open total to
 * the analysed AR, and the invoices and customers behind it (explainKpi in src/analytics). The pane
 * only renders this; the texts are in the language asked for.
 */
import {
  explainKpi,
  type CountbackMonth,
  type KpiBasisKind,
  type KpiCustomer,
  type KpiInputKey,
  type KpiInvoice,
  type KpiKey,
  type ReportModel,
} from "../../analytics";
import { formatMoney, type Cents, type Lang, type Text } from "../../core";
import { bridgeSentence, kpiDefinition, text, type TextKey } from "../../documents";

/** One figure a KPI was computed from, labelled and formatted. */
export interface KpiInputLine {
  key: KpiInputKey;
  label: string;
  value: number;
  unit: "cents" | "days" | "count";
  shown: string;
}

/** A KPI explained, in one language. */
export interface KpiExplanationText {
  key: KpiKey;
  /** The KPI's name as the report has it. */
  label: string;
  /** Percent, days or cents as the report model has it; null: not computable. */
  value: number | null;
  definition: string;
  /** The computation with the figures, e.g. "€ 52.000,00 ÷ € 100.000,00 × 100 = 52,0%"; null when n.b. */
  computation: string | null;
  /** Why the KPI is not computable (the report's notes), when it is not. */
  whyNot: string[];
  inputs: KpiInputLine[];
  /** For DSO (countback): the months counted back, newest first. */
  countback: CountbackMonth[];
  /** From the ledger's open total to the analysed AR (written off etc.); null when they are equal. */
  bridge: string | null;
  basis: KpiBasisKind;
  /** What the invoices below are, e.g. "Vervallen facturen op de peildatum". */
  basisLabel: string;
  /** Σ of the invoices; equals the basis figure in {@link inputs}. */
  basisTotal: number;
  invoices: KpiInvoice[];
  customers: KpiCustomer[];
}

const REPORT_LABEL: Record<KpiKey, TextKey> = {
  ar: "ar",
  overduePct: "overduePct",
  dsoCountback: "dsoCountback",
  bpdso: "bpdso",
  add: "add",
  cei: "cei",
  badDebtRate12m: "badDebt12m",
};

/** The input labels the report texts do not have. */
const INPUT_LABEL: Record<KpiInputKey, Text | TextKey> = {
  ledgerOpen: "ledgerOpen",
  ar: "ar",
  current: "current",
  overdue: "overdue",
  sales: {
    nl: "Omzet op rekening in de meetperiode",
    en: "Credit sales in the measuring period",
  },
  days: { nl: "Dagen in de meetperiode", en: "Days in the measuring period" },
  settledInWindow: {
    nl: "Betaalde facturen in de meetperiode",
    en: "Paid invoices in the measuring period",
  },
  arAtStart: {
    nl: "Openstaand aan het begin van de meetperiode",
    en: "Open at the start of the measuring period",
  },
  dsoStandard: { nl: "DSO (standaard)", en: "DSO (standard)" },
  bpdso: "bpdso",
  writtenOff12m: {
    nl: "Afgeschreven als oninbaar (12 mnd)",
    en: "Written off as uncollectable (12 months)",
  },
  sales12m: { nl: "Omzet op rekening (12 mnd)", en: "Credit sales (12 months)" },
};

const BASIS_LABEL: Record<KpiBasisKind, Text> = {
  open: { nl: "Openstaande facturen op de peildatum", en: "Open invoices on the as-of day" },
  overdue: { nl: "Vervallen facturen op de peildatum", en: "Overdue invoices on the as-of day" },
  current: {
    nl: "Nog niet vervallen facturen op de peildatum",
    en: "Invoices not yet due on the as-of day",
  },
  writtenOff12m: {
    nl: "Afgeschreven facturen in de 12 maanden tot de peildatum",
    en: "Invoices written off in the 12 months up to the as-of day",
  },
};

/** A figure with one decimal in the language's notation (38,3 / 38.3), grouped thousands. */
function decimal(x: number, lang: Lang, digits = 1): string {
  const [int = "", frac] = Math.abs(x).toFixed(digits).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
  const sign = x < 0 && Number(x.toFixed(digits)) !== 0 ? "-" : "";
  return `${sign}${grouped}${frac ? (lang === "nl" ? "," : ".") + frac : ""}`;
}

/** The computation of `key` written out with its figures; null when the KPI is n.b. */
function computation(
  key: KpiKey,
  value: number | null,
  input: (k: KpiInputKey) => number,
  countback: readonly CountbackMonth[],
  lang: Lang,
  money: (c: number) => string
): string | null {
  if (value === null) return null;
  const days = lang === "nl" ? "dagen" : "days";
  const d = (x: number) => decimal(x, lang);
  switch (key) {
    case "ar":
      return null;
    case "overduePct":
      return `${money(input("overdue"))} ÷ ${money(input("ar"))} × 100 = ${d(value)}%`;
    case "dsoCountback": {
      const parts = countback.map((m) =>
        m.counted === m.days
          ? `${m.days}`
          : lang === "nl"
            ? `${d(m.counted)} (${money(m.sales)} omzet, ${m.days} dagen)`
            : `${d(m.counted)} (${money(m.sales)} sales, ${m.days} days)`
      );
      return `${parts.join(" + ")} = ${d(value)} ${days}`;
    }
    case "bpdso":
      return `${money(input("current"))} ÷ ${money(input("sales"))} × ${input("days")} = ${d(value)} ${days}`;
    case "add":
      return `${d(input("dsoStandard"))} − ${d(input("bpdso"))} = ${d(value)} ${days}`;
    case "cei": {
      const a = money(input("arAtStart"));
      const s = money(input("sales"));
      return `(${a} + ${s} − ${money(input("ar"))}) ÷ (${a} + ${s} − ${money(input("current"))}) × 100 = ${d(value)}%`;
    }
    case "badDebtRate12m":
      return `${money(input("writtenOff12m"))} ÷ ${money(input("sales12m"))} × 100 = ${d(value)}%`;
  }
}

/**
 * Explains the KPI `key` of `report` in `lang`: definition, figures, computation, bridge and the
 * invoices behind it (largest first).
 */
export function explainKpiText(report: ReportModel, key: KpiKey, lang: Lang): KpiExplanationText {
  const x = explainKpi(report, key);
  const money = (c: number) => formatMoney(Math.round(c) as Cents, report.currency, lang);
  const label = (k: KpiInputKey): string => {
    const l = INPUT_LABEL[k];
    return typeof l === "string" ? text(lang, l) : l[lang];
  };
  const inputs: KpiInputLine[] = x.inputs.map((i) => ({
    ...i,
    label: label(i.key),
    shown:
      i.unit === "cents"
        ? money(i.value)
        : i.unit === "days"
          ? `${decimal(i.value, lang, Number.isInteger(i.value) ? 0 : 1)} ${lang === "nl" ? "dagen" : "days"}`
          : decimal(i.value, lang, 0),
  }));
  const input = (k: KpiInputKey): number => x.inputs.find((i) => i.key === k)?.value ?? 0;
  return {
    key,
    label: text(lang, REPORT_LABEL[key], report.months),
    value: x.value,
    definition: kpiDefinition(key, lang, report.months),
    computation: computation(key, x.value, input, x.countback, lang, money),
    whyNot: x.value === null ? report.history.notes.map((n) => n[lang]) : [],
    inputs,
    countback: x.countback,
    bridge: key === "ar" ? bridgeSentence(report, lang) : null,
    basis: x.basis,
    basisLabel: BASIS_LABEL[x.basis][lang],
    basisTotal: x.basisTotal,
    invoices: x.invoices,
    customers: x.customers,
  };
}
