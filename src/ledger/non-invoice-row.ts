/**
 * Rows of the data range that are not invoices: a row that repeats the header, and a subtotal row
 * (left out, its amount counted as rejected so the totals still reconcile).
 */
import { formatCents, ZERO, type Cents } from "../core/money";
import { cellText } from "./cell";
import { isRepeatedHeader } from "./repeated-header";
import type { RowContext, RowOutcome } from "./row-context";
import type { RowCells } from "./row-cells";
import { rowMoney } from "./row-money-date";
import { subtotalLabel } from "./subtotal-row";
import type { LedgerIssue } from "./types";

const euros = (c: Cents): string => formatCents(c, "en");
const eurosNl = (c: Cents): string => formatCents(c, "nl");

/**
 * The rejection of the data row `row` (at 1-based `sheetRow`, its cells `cells`) when it repeats
 * the header or is a subtotal row; null for any other row.
 */
export function nonInvoiceRow(
  row: readonly unknown[],
  sheetRow: number,
  ctx: RowContext,
  cells: RowCells
): RowOutcome | null {
  if (isRepeatedHeader(row, [...ctx.columns.values()])) {
    cells.report(
      null,
      "This row repeats the header; it is left out.",
      "Deze rij herhaalt de kopregel en is niet meegenomen.",
      "error",
      cellText(row[0])
    );
    return { accepted: false, amount: ZERO, open: ZERO, issues: cells.errors };
  }
  const subtotal = subtotalLabel(row, ctx.subtotal);
  if (subtotal !== null) {
    // Issues about the cells of a subtotal row would only repeat the one below, so they are dropped.
    const amount = rowMoney(cells, "amount", ctx, "error")?.cents ?? ZERO;
    const open = rowMoney(cells, "openAmount", ctx, "error")?.cents ?? amount;
    const header =
      [...ctx.columns.values()].find((column) => column.index === subtotal.index)?.header ?? null;
    const issue: LedgerIssue = {
      row: sheetRow,
      column: header,
      value: subtotal.label,
      message: `Subtotal row "${subtotal.label}" is not an invoice; it is left out, and its amount ${euros(amount)} counts as rejected.`,
      messageNl: `Subtotaalregel "${subtotal.label}" is geen factuur; de regel is niet meegenomen en het bedrag van ${eurosNl(amount)} telt als afgekeurd.`,
      severity: "error",
    };
    return { accepted: false, amount, open, issues: [issue] };
  }
  return null;
}
