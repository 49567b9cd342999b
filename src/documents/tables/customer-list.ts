/**
 * The pane's customer lists as export tables (issue 17): Debiteuren (number, name, open, the ageing
 * buckets, signals) and Kredietcheck (number, name, open, each signal with its reason). Every row the
 * list holds — not the page the pane shows — then the control line: the number of customers and the
 * sum open, which equals the total under the list in the pane. Words are the report's.
 */
import { centsToEuros, type Cents, type Lang } from "../../core";
import type { CustomerRow } from "../../analytics";
import { bucketLabel, text } from "../report/report-texts";
import type { SheetColumnType, SheetTable } from "./sheet-table";

type Row = (string | number | null)[];

const euros = (c: number): number => centsToEuros(c as Cents);

/** The control line's first cells: "Totaal", "12 debiteuren". */
function controlCells(n: number, lang: Lang): [string, string] {
  const customers =
    lang === "nl" ? (n === 1 ? "debiteur" : "debiteuren") : n === 1 ? "customer" : "customers";
  return [text(lang, "total"), `${n} ${customers}`];
}

/**
 * Debiteuren as a table: one row per customer of `rows` (in their order) with its open amount per
 * ageing bucket of `labels`, then the control line with the sums.
 */
export function customerListTable(
  rows: readonly CustomerRow[],
  labels: readonly string[],
  lang: Lang
): SheetTable {
  const headers = [
    text(lang, "customer"),
    text(lang, "name"),
    text(lang, "open"),
    ...labels.map((label) => bucketLabel(lang, label)),
    text(lang, "flags"),
  ];
  const types: SheetColumnType[] = [
    "text",
    "text",
    "amount",
    ...labels.map(() => "amount" as const),
    "text",
  ];
  const out: Row[] = rows.map((row) => [
    row.id,
    row.name ?? "",
    euros(row.open),
    ...labels.map((_, b) => euros(row.buckets[b] ?? 0)),
    row.flags.map((f) => f.reason[lang]).join(" "),
  ]);
  const sums = labels.map((_, b) => rows.reduce((s, row) => s + (row.buckets[b] ?? 0), 0));
  out.push([
    ...controlCells(rows.length, lang),
    euros(rows.reduce((s, row) => s + row.open, 0)),
    ...sums.map(euros),
    null,
  ]);
  return { headers, types, rows: out };
}

/** Kredietcheck as a table: one row per signal of each customer of `rows`, then the control line. */
export function creditListTable(rows: readonly CustomerRow[], lang: Lang): SheetTable {
  const headers = [
    text(lang, "customer"),
    text(lang, "name"),
    text(lang, "open"),
    text(lang, "flags"),
  ];
  const types: SheetColumnType[] = ["text", "text", "amount", "text"];
  const out: Row[] = rows.flatMap((row) =>
    row.flags.map((f): Row => [row.id, row.name ?? "", euros(row.open), f.reason[lang]])
  );
  out.push([
    ...controlCells(rows.length, lang),
    euros(rows.reduce((s, row) => s + row.open, 0)),
    null,
  ]);
  return { headers, types, rows: out };
}
