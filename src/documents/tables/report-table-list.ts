/**
 * A table of the monthly report (ageing, top debtors, key figures, trends) as an export table, so
 * the Rapport's tables leave the pane as every other list does (issue 17). Cents become euro
 * amounts, days dates, whole numbers and days integers; percentages and two-decimal figures are
 * written as the report shows them ("22,6%", "38,25"), as text. A table whose last row is its own
 * total (the ageing's "Totaal") keeps it as the control line; otherwise, when `addTotal` is set, a
 * control line is added with the count of rows and the sum of every amount column.
 */
import { centsToEuros, type Cents, type Lang } from "../../core";
import type { ReportCell, ReportFormat, ReportTable } from "../report/report-spec";
import { text } from "../report/report-texts";
import type { SheetColumnType, SheetTable } from "./sheet-table";

const TYPE: { readonly [F in ReportFormat]: SheetColumnType } = {
  text: "text",
  date: "date",
  cents: "amount",
  integer: "integer",
  days: "integer",
  number: "text",
  percent: "text",
};

/** A figure with `digits` decimals, grouped, in the language's notation (22,6 / 22.6). */
function figure(x: number, lang: Lang, digits: number): string {
  const [int = "", frac] = Math.abs(x).toFixed(digits).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
  const sign = x < 0 && Number(x.toFixed(digits)) !== 0 ? "-" : "";
  return `${sign}${grouped}${frac ? (lang === "nl" ? "," : ".") + frac : ""}`;
}

function cell(
  value: ReportCell | undefined,
  format: ReportFormat,
  lang: Lang
): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  switch (format) {
    case "cents":
      return centsToEuros(value as Cents);
    case "percent":
      return `${figure(value * 100, lang, 1)}%`;
    case "number":
      return figure(value, lang, 2);
    case "integer":
    case "days":
      return Math.round(value);
    default:
      return String(value);
  }
}

/** `table` as an export table, with how many of its last rows are control lines. */
export function reportTableSheet(
  table: ReportTable,
  lang: Lang,
  options: { addTotal?: { noun: { one: string; many: string } } } = {}
): SheetTable & { controlRows: number } {
  const formats = table.headers.map((_, c) => table.formats?.[c] ?? "text");
  const types = formats.map((f) => TYPE[f]);
  const rows = table.rows.map((row) => formats.map((f, c) => cell(row[c], f, lang)));
  const total = text(lang, "total");
  const last = table.rows[table.rows.length - 1];
  if (last !== undefined && last[0] === total)
    return { headers: table.headers, types, rows, controlRows: 1 };
  if (!options.addTotal) return { headers: table.headers, types, rows, controlRows: 0 };
  const n = table.rows.length;
  const { one, many } = options.addTotal.noun;
  const control = formats.map((f, c): string | number | null => {
    if (c === 0) return total;
    if (c === 1 && f === "text") return `${n} ${n === 1 ? one : many}`;
    if (f !== "cents") return null;
    const sum = table.rows.reduce(
      (s, row) => s + (typeof row[c] === "number" ? (row[c] as number) : 0),
      0
    );
    return centsToEuros(sum as Cents);
  });
  return { headers: table.headers, types, rows: [...rows, control], controlRows: 1 };
}
