// Thin custom-function wrappers: Excel values in, a core call, a value or CustomFunctions.Error out.
// The JSDoc below is the Excel metadata (custom-functions-metadata generates functions.json from it);
// Dutch names and descriptions live in functions/locale/nl/ageing.json.
import { ageBucket, daysOverdue } from "../src/core/ageing";
import { dayArg, edgesArg, isBlankArg } from "./args";
import { guarded } from "./guarded";
import { today } from "./today";

/**
 * Days an invoice is overdue on a date: as_of minus the due date. Zero or less means not (yet) overdue.
 * @customfunction DAYSOVERDUE
 * @param due_date The due date of the invoice: a date cell, or text such as 2026-11-22.
 * @param [as_of] The date to count to; today when omitted.
 * @returns Days overdue; zero or negative when not overdue.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function daysOverdueFunction(due_date: any, as_of?: any): number {
  return guarded(() => {
    const due = dayArg("due_date", due_date);
    const asOf = isBlankArg(as_of) ? today() : dayArg("as_of", as_of);
    return daysOverdue(due, asOf);
  });
}

/**
 * The ageing bucket of an invoice on a date: "Not due", "1-30", "31-60", "61-90" or "90+" days overdue.
 * @customfunction AGEBUCKET
 * @param due_date The due date of the invoice: a date cell, or text such as 2026-11-22.
 * @param [as_of] The date to age on; today when omitted.
 * @param [edges] Upper edges of the buckets in days, increasing (a range such as 30, 60, 90); 30/60/90 when omitted.
 * @returns The bucket label.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ageBucketFunction(due_date: any, as_of?: any, edges?: any[][]): string {
  return guarded(() => {
    const due = dayArg("due_date", due_date);
    const asOf = isBlankArg(as_of) ? today() : dayArg("as_of", as_of);
    return ageBucket(daysOverdue(due, asOf), edgesArg("edges", edges));
  });
}
