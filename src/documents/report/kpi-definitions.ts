/**
 * The definition of each KPI, in Dutch and English: one text for the report's "Definities" and the
 * pane's explanation of a KPI (explainKpiText in src/app), so the two never say different things.
 */
import type { KpiKey } from "../../analytics";
import { text, type ReportLang, type TextKey } from "./report-texts";

/** The report text that defines each KPI. */
export const KPI_DEFINITION_KEYS: Readonly<Record<KpiKey, TextKey>> = {
  ar: "defAr",
  overduePct: "defOverduePct",
  dsoCountback: "defDsoCountback",
  bpdso: "defBpdso",
  add: "defAdd",
  cei: "defCei",
  badDebtRate12m: "defBadDebt",
};

/** The definition of `key` in `lang`, for a window of `months` months (BPDSO, CEI). */
export function kpiDefinition(key: KpiKey, lang: ReportLang, months: number): string {
  return text(lang, KPI_DEFINITION_KEYS[key], months);
}
