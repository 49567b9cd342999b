// Thin custom-function wrappers: Excel values in, a core call, a value or CustomFunctions.Error out.
// The JSDoc below is the Excel metadata (custom-functions-metadata generates functions.json from it);
// Dutch names and descriptions live in functions/locale/nl/ageing.json.
//
// Both functions are @volatile: with the day left out they count to today, and Excel has no
// per-call volatility, so the whole function recalculates on every recalculation. That stays cheap:
// date serials take an arithmetic path (no day text), and the bucket labels of the last edges are
// kept, so a column of 100,000 cells costs well under a tenth of a second.
import { ageBucketIndex, ageBucketLabels, DEFAULT_AGE_EDGES } from "../src/core/ageing";
import { text } from "../src/analytics/report-texts";
import { edgesArg, epochDayArg, isBlankArg } from "./args";
import { guarded } from "./guarded";
import { excelLanguage } from "./language";
import { languageArg } from "./reminders-args";
import { todayEpochDay } from "./today";

/**
 * Days an invoice is overdue on a date: as_of minus the due date. Zero or less means not (yet) overdue. Counts to today when as_of is left out (recalculated daily); give as_of to pin the day.
 * @customfunction DAYSOVERDUE
 * @volatile
 * @helpurl https://localhost:3000/support.html#en-daysoverdue
 * @param due_date The due date of the invoice: a date cell, or text such as 2026-11-22.
 * @param [as_of] The date to count to; today when omitted.
 * @returns Days overdue; zero or negative when not overdue.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function daysOverdueFunction(due_date: any, as_of?: any): number {
  return guarded(() => {
    const due = epochDayArg("due_date", due_date);
    const asOf = isBlankArg(as_of) ? todayEpochDay() : epochDayArg("as_of", as_of);
    return asOf - due;
  });
}

/**
 * The ageing bucket of an invoice on a date: "Not due" ("Niet vervallen"), "1-30", "31-60", "61-90" or "90+" days overdue. Ages to today when as_of is left out (recalculated daily); give as_of to pin the day.
 * @customfunction AGEBUCKET
 * @volatile
 * @helpurl https://localhost:3000/support.html#en-agebucket
 * @param due_date The due date of the invoice: a date cell, or text such as 2026-11-22.
 * @param [as_of] The date to age on; today when omitted.
 * @param [edges] Upper edges of the buckets in days, increasing (a range such as 30, 60, 90); 30/60/90 when omitted.
 * @param [language] Language of "Not due": "nl" (Niet vervallen) or "en"; Excel's own language when omitted.
 * @returns The bucket label.
 */
export function ageBucketFunction(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  due_date: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  as_of?: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  edges?: any[][],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  language?: any
): string {
  return guarded(() => {
    const due = epochDayArg("due_date", due_date);
    const asOf = isBlankArg(as_of) ? todayEpochDay() : epochDayArg("as_of", as_of);
    const lang = isBlankArg(language) ? excelLanguage("en") : languageArg("language", language);
    const ageEdges = edgesArg("edges", edges) ?? DEFAULT_AGE_EDGES;
    const buckets = bucketsFor(ageEdges);
    const index = ageBucketIndex(asOf - due, ageEdges);
    return (lang === "nl" ? buckets.nl : buckets.en)[index] as string;
  });
}

interface Buckets {
  readonly edges: readonly number[];
  readonly en: readonly string[];
  readonly nl: readonly string[];
}

/** The labels of the last edges asked for (a column usually shares one range of edges). */
let lastBuckets: Buckets | undefined;

function bucketsFor(edges: readonly number[]): Buckets {
  const last = lastBuckets;
  if (last !== undefined && sameEdges(last.edges, edges)) return last;
  const en = ageBucketLabels(edges);
  const nl = [text("nl", "notDue"), ...en.slice(1)];
  lastBuckets = { edges, en, nl };
  return lastBuckets;
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
