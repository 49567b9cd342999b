/**
 * The reminder run's exclusions as an export table (issue 17): every open item the run leaves out
 * for a reason other than "not yet due" — the pane shows the largest 300, the table holds all —
 * with its customer, invoice, due date, days overdue on the reporting day, open amount and the
 * reason in words (describeExclusion, the same sentence the pane shows). Euro items carry their
 * amount in the euro column; items in another currency their amount in their own currency beside
 * it (they are never added to euros). Then the control line: the number of items and the euro sum,
 * one more line per other currency.
 */
import {
  centsToEuros,
  diffDays,
  formatMoney,
  type Cents,
  type IsoDay,
  type Lang,
} from "../../core";
import { describeExclusion, type ReminderExclusion } from "../../dunning";
import { text } from "../report/report-texts";
import type { SheetColumnType, SheetTable } from "./sheet-table";

type Row = (string | number | null)[];

const HEAD = {
  nl: {
    daysLate: "Dagen over vervaldatum",
    otherCurrency: "Bedrag andere valuta",
    reason: "Reden",
    item: (n: number) => `${n} ${n === 1 ? "post" : "posten"}`,
  },
  en: {
    daysLate: "Days overdue",
    otherCurrency: "Amount other currency",
    reason: "Reason",
    item: (n: number) => `${n} ${n === 1 ? "item" : "items"}`,
  },
} as const;

/** The exclusions the pane lists (everything but "not yet due"), largest open amount first. */
export function listedExclusions(excluded: readonly ReminderExclusion[]): ReminderExclusion[] {
  return excluded
    .filter((x) => x.reason !== "not-due")
    .sort((a, b) => b.openAmount - a.openAmount || a.sheetRow - b.sheetRow);
}

/** Days `item` is overdue on `asOf` (0 when not yet due or without a due date). */
function daysOverdue(item: ReminderExclusion, asOf: IsoDay): number {
  return item.dueDate !== null && item.dueDate < asOf ? diffDays(asOf, item.dueDate) : 0;
}

/**
 * `excluded` (as the run returned them) as a table on `asOf`: the listed exclusions (see
 * {@link listedExclusions}), then the control lines — how many control lines there are is
 * `controlRows` of the result.
 */
export function exclusionListTable(
  excluded: readonly ReminderExclusion[],
  asOf: IsoDay,
  lang: Lang
): SheetTable & { controlRows: number; euroTotal: Cents } {
  const h = HEAD[lang];
  const items = listedExclusions(excluded);
  const headers = [
    text(lang, "customer"),
    text(lang, "name"),
    text(lang, "invoice"),
    text(lang, "due"),
    h.daysLate,
    text(lang, "open"),
    h.otherCurrency,
    h.reason,
  ];
  const types: SheetColumnType[] = [
    "text",
    "text",
    "text",
    "date",
    "integer",
    "amount",
    "text",
    "text",
  ];
  const euro = (x: ReminderExclusion) => x.currency === "EUR";
  const rows: Row[] = items.map((x) => [
    x.customerId,
    x.customerName ?? "",
    x.invoiceId,
    x.dueDate,
    daysOverdue(x, asOf),
    euro(x) ? centsToEuros(x.openAmount) : null,
    euro(x) ? null : formatMoney(x.openAmount, x.currency, lang),
    describeExclusion(x, lang),
  ]);
  let euroTotal = 0;
  const others = new Map<string, number>();
  for (const x of items) {
    if (euro(x)) euroTotal += x.openAmount;
    else others.set(x.currency, (others.get(x.currency) ?? 0) + x.openAmount);
  }
  const total = text(lang, "total");
  rows.push([
    total,
    h.item(items.length),
    null,
    null,
    null,
    centsToEuros(euroTotal as Cents),
    null,
    null,
  ]);
  const currencies = [...others.keys()].sort();
  for (const currency of currencies)
    rows.push([
      `${total} ${currency}`,
      h.item(items.filter((x) => x.currency === currency).length),
      null,
      null,
      null,
      null,
      formatMoney(others.get(currency)! as Cents, currency, lang),
      null,
    ]);
  return {
    headers,
    types,
    rows,
    controlRows: 1 + currencies.length,
    euroTotal: euroTotal as Cents,
  };
}
