// Thin custom-function wrappers: Excel values in, a core call, a value or CustomFunctions.Error out.
// The JSDoc below is the Excel metadata (custom-functions-metadata generates functions.json from it);
// Dutch names and descriptions live in functions/locale/nl/ageing.json.
//
// Both functions are @volatile: with the day left out they count to today, and Excel has no
// per-call volatility, so the whole function recalculates on every recalculation. That stays cheap:
// date serials take an arithmetic path (no day text), and the bucket labels of the last edges are
// kept, so a column of 100,000 cells costs well under a tenth of a second.
import { ageBucketLabels, DEFAULT_AGE_EDGES } from "../src/core";
import { text } from "../src/documents";
import { edgesArg, epochDayArg, isBlankArg } from "./args";
import { asExcelError } from "./guarded";
import { excelLanguage } from "./language";
import { languageArg } from "./reminders-args";
import { todayEpochDay } from "./today";

// The hot helpers bound once. Under CommonJS (tsx, jest, a bundle without module concatenation)
// every call through an import is a getter on the other module's exports object, which costs more
// than most of these helpers do; the bench (bench/functions.bench.ts) showed it in the profile.
const dayOf = epochDayArg;
const blank = isBlankArg;
const todayDay = todayEpochDay;
const languageOf = languageArg;
const hostLanguageOr = excelLanguage;

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
  try {
    const due = dayOf("due_date", due_date);
    const asOf = as_of === undefined || as_of === null ? todayDay() : asOfDay(as_of);
    return asOf - due;
  } catch (error) {
    throw asExcelError(error);
  }
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
  try {
    const due = dayOf("due_date", due_date);
    const asOf = as_of === undefined || as_of === null ? todayDay() : asOfDay(as_of);
    const lang =
      language === "nl" || language === "en"
        ? language
        : blank(language)
          ? hostLanguageOr("en")
          : languageOf("language", language);
    const buckets = edges === undefined || edges === null ? DEFAULT_BUCKETS : bucketsOf(edges);
    const days = asOf - due;
    // As ageBucketIndex in src/core/ageing (a test compares the two for every edge and day):
    // 0 = not due (<= 0 days), i = (edge[i-2], edge[i-1]], last = beyond the last edge.
    let index = 0;
    if (days > 0) {
      const upper = buckets.edges;
      index = upper.length + 1;
      for (let i = 0; i < upper.length; i++) {
        if (days <= (upper[i] as number)) {
          index = i + 1;
          break;
        }
      }
    }
    return (lang === "nl" ? buckets.nl : buckets.en)[index] as string;
  } catch (error) {
    throw asExcelError(error);
  }
}

/** The as_of argument (not null or undefined): a blank text cell still means today. */
function asOfDay(value: unknown): number {
  return blank(value) ? todayDay() : dayOf("as_of", value);
}

interface Buckets {
  /** The validated edges. */
  readonly edges: readonly number[];
  readonly en: readonly string[];
  readonly nl: readonly string[];
  /** The cells of the edges argument these were read from (flattened), to recognise it again. */
  readonly cells: readonly unknown[];
}

const DEFAULT_BUCKETS = buckets(DEFAULT_AGE_EDGES, []);
/** The buckets of the last edges range (a column usually shares one range of edges). */
let lastBuckets: Buckets = DEFAULT_BUCKETS;

/**
 * The buckets of an edges argument. The last range is recognised by its cell values, so a column of
 * calls with the same range validates the edges and builds the labels once.
 */
function bucketsOf(value: unknown): Buckets {
  // Recognised by value, not by identity: Excel passes a new array per call, and a range changed
  // in place (tests) must not keep its old edges.
  if (Array.isArray(value) && sameCells(value, lastBuckets.cells)) return lastBuckets;
  if (blank(value)) return DEFAULT_BUCKETS;
  const edges = edgesArg("edges", value);
  if (edges === undefined) return DEFAULT_BUCKETS;
  const cells = Array.isArray(value) ? value.flat() : [value];
  lastBuckets = buckets(edges, cells);
  return lastBuckets;
}

function buckets(edges: readonly number[], cells: readonly unknown[]): Buckets {
  const en = ageBucketLabels(edges);
  return { edges, en, nl: [text("nl", "notDue"), ...en.slice(1)], cells };
}

/** True when the rows of `range`, read row by row, hold exactly `cells` (no array is built). */
function sameCells(range: readonly unknown[], cells: readonly unknown[]): boolean {
  if (cells.length === 0) return false;
  let k = 0;
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        if (k >= cells.length || cells[k++] !== row[c]) return false;
      }
    } else if (k >= cells.length || cells[k++] !== row) {
      return false;
    }
  }
  return k === cells.length;
}
