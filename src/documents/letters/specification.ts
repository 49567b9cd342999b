/**
 * The invoice specification of a letter (invoices, credit notes, interest, costs, total) as plain
 * text lines and as an HTML table. Labels are ours; every value is escaped in the HTML.
 */
import { escapeHtml } from "../../core";
import type { LetterModel } from "./letter-model";

const LABELS = {
  nl: {
    invoice: "Factuur",
    invoiceDate: "Factuurdatum",
    dueDate: "Vervaldatum",
    open: "Openstaand",
    days: "Dagen te laat",
    interestColumn: "Rente",
    credit: "Creditnota",
    overdue: "Totaal openstaande facturen",
    credits: "Af: creditnota's",
    interestB2B: "Wettelijke handelsrente tot en met",
    interestB2C: "Wettelijke rente tot en met",
    costs: "Buitengerechtelijke incassokosten",
    vat: "incl. 21% btw",
    total: "Totaal te betalen",
    of: "van",
    due: "vervaldatum",
    lateDays: (n: number) => `${n} ${n === 1 ? "dag" : "dagen"} te laat`,
  },
  en: {
    invoice: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    open: "Outstanding",
    days: "Days overdue",
    interestColumn: "Interest",
    credit: "Credit note",
    overdue: "Total of overdue invoices",
    credits: "Less: credit notes",
    interestB2B: "Statutory commercial interest up to and including",
    interestB2C: "Statutory interest up to and including",
    costs: "Extrajudicial collection costs",
    vat: "incl. 21% VAT",
    total: "Total due",
    of: "dated",
    due: "due",
    lateDays: (n: number) => `${n} ${n === 1 ? "day" : "days"} overdue`,
  },
} as const;

interface SummaryLine {
  label: string;
  amount: string;
  total?: boolean;
}

function summary(model: LetterModel): SummaryLine[] {
  const v = model.view;
  const l = LABELS[model.language];
  const lines: SummaryLine[] = [];
  if (v.hasCredits) {
    lines.push({ label: l.overdue, amount: v.overdue });
    lines.push({ label: l.credits, amount: v.creditTotal });
  }
  if (v.hasInterest)
    lines.push({
      label: `${model.debtor === "consumer" ? l.interestB2C : l.interestB2B} ${v.date}`,
      amount: v.interest,
    });
  if (v.hasCosts)
    lines.push({ label: v.costsVatIncluded ? `${l.costs} (${l.vat})` : l.costs, amount: v.costs });
  lines.push({ label: l.total, amount: v.total, total: true });
  return lines;
}

/** The specification as plain-text lines. */
export function specificationText(model: LetterModel): string {
  const v = model.view;
  const l = LABELS[model.language];
  const lines = v.invoices.map(
    (i) =>
      `- ${l.invoice} ${i.number}${i.date ? ` ${l.of} ${i.date}` : ""}, ${l.due} ${i.dueDate}: ${i.open} (${l.lateDays(i.daysOverdue)})`
  );
  for (const c of v.credits)
    lines.push(`- ${l.credit} ${c.number}${c.date ? ` ${l.of} ${c.date}` : ""}: ${c.open}`);
  lines.push("");
  for (const s of summary(model)) lines.push(`${s.label}: ${s.amount}`);
  return lines.join("\n");
}

/** The specification as an HTML table (class "specificatie"). */
export function specificationHtml(model: LetterModel): string {
  const v = model.view;
  const l = LABELS[model.language];
  const e = escapeHtml;
  const withInterest = v.hasInterest;
  const columns = 4 + (withInterest ? 1 : 0);
  const head = [
    l.invoice,
    l.invoiceDate,
    l.dueDate,
    l.days,
    l.open,
    ...(withInterest ? [l.interestColumn] : []),
  ];
  const rows = v.invoices.map(
    (i) =>
      `<tr><td>${e(i.number)}</td><td>${e(i.date)}</td><td>${e(i.dueDate)}</td><td class="n">${i.daysOverdue}</td><td class="n">${e(i.open)}</td>${withInterest ? `<td class="n">${e(i.interest)}</td>` : ""}</tr>`
  );
  for (const c of v.credits)
    rows.push(
      `<tr class="credit"><td>${e(l.credit)} ${e(c.number)}</td><td>${e(c.date)}</td><td></td><td></td><td class="n">${e(c.open)}</td>${withInterest ? "<td></td>" : ""}</tr>`
    );
  const foot = summary(model).map(
    (s) =>
      `<tr${s.total ? ' class="total"' : ""}><td colspan="${columns}">${e(s.label)}</td><td class="n">${e(s.amount)}</td></tr>`
  );
  return `<table class="specificatie"><thead><tr>${head.map((h, i) => `<th${i >= 3 ? ' class="n"' : ""}>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody><tfoot>${foot.join("")}</tfoot></table>`;
}
