/** Report cells and formats as Excel takes them: euros from cents, date serials, number formats. */
import type { ReportCell, ReportFormat } from "./report-spec";
import { isIsoDay, dayToSerial, type DateSystem } from "../../core";

/**
 * Excel number format codes (invariant, as `range.numberFormat` takes them). Money in the Dutch
 * way, "€ 1.234,56" and "€ -1.234,56" (Excel shows the separators of the user's locale); dates as
 * dd-mm-yyyy, the usual Dutch order.
 */
export const NUMBER_FORMATS: { readonly [F in ReportFormat]: string } = {
  text: "@",
  integer: "#,##0",
  days: "0",
  number: "#,##0.00",
  cents: '"€ "#,##0.00;"€ -"#,##0.00',
  date: "dd-mm-yyyy",
  percent: "0.0%",
};

/**
 * The value to write for `cell` in a column of `format`: cents / 100 for money, the serial of an
 * ISO day, "" for null. Text that Excel would take for a formula ("=", "+", "-", "@" first) gets a
 * leading apostrophe outside text columns (text columns are formatted "@" before writing).
 */
export function excelCell(cell: ReportCell, format: ReportFormat, system: DateSystem): unknown {
  if (cell === null) return "";
  if (format === "cents" && typeof cell === "number") return cell / 100;
  if (format === "date" && isIsoDay(cell)) return dayToSerial(cell, system);
  if (typeof cell === "string" && format !== "text" && /^[=+\-@]/.test(cell)) return `'${cell}`;
  return cell;
}
