/**
 * Totals rows of the export itself: "Totaal" at the end, "Subtotaal debiteur 1001" between the
 * customers, or a bare sum row (no invoice number, no customer, an amount equal to the rows above
 * it). They are normal in an export and not invoices: each is left out of every figure (counted
 * apart, like a blank row) and reported as information with its amount, which is checked against
 * the rows it sums; a totals row that does not match them is a warning, for then the file and what
 * was read disagree.
 */
import { addCents, formatCents, ZERO, type Cents } from "../../core";
import { RowCells, rowMoney, type RowContext } from "./row-reader";
import { subtotalLabel } from "./subtotal-row";
import type { LedgerIssue } from "../types";

/** A totals row found in the data. */
export interface TotalRow {
  /** The label as written ("Totaal"), or null for a bare sum row. */
  label: string | null;
  /** Header of the label's column, or null. */
  column: string | null;
  amount: Cents | null;
  open: Cents | null;
}

/** Money sums of the rows read, in all and since the last totals row. */
export interface RunningSums {
  rows: number;
  amount: Cents;
  open: Cents;
  sectionRows: number;
  sectionAmount: Cents;
  sectionOpen: Cents;
}

/** No rows yet. */
export function emptySums(): RunningSums {
  return {
    rows: 0,
    amount: ZERO,
    open: ZERO,
    sectionRows: 0,
    sectionAmount: ZERO,
    sectionOpen: ZERO,
  };
}

/** `sums` with one more data row (accepted or rejected) of `amount` and `open`. */
export function addToSums(sums: RunningSums, amount: Cents, open: Cents): RunningSums {
  return {
    rows: sums.rows + 1,
    amount: addCents(sums.amount, amount),
    open: addCents(sums.open, open),
    sectionRows: sums.sectionRows + 1,
    sectionAmount: addCents(sums.sectionAmount, amount),
    sectionOpen: addCents(sums.sectionOpen, open),
  };
}

/** `sums` after a totals row: a new section starts. */
export function closeSection(sums: RunningSums): RunningSums {
  return { ...sums, sectionRows: 0, sectionAmount: ZERO, sectionOpen: ZERO };
}

/** The money of a row, quietly: an unreadable cell is null (its row is no invoice anyway). */
function quietMoney(row: readonly unknown[], sheetRow: number, ctx: RowContext) {
  const cells = new RowCells(row, sheetRow, ctx.columns);
  return {
    cells,
    amount: rowMoney(cells, "amount", ctx, "warning")?.cents ?? null,
    open: rowMoney(cells, "openAmount", ctx, "warning")?.cents ?? null,
  };
}

/**
 * The totals row `row` is (at 1-based `sheetRow`), or null when it is none. A labelled row counts
 * whatever its amount; a bare row only when it has no invoice number and no customer, and its amount
 * (or open amount) is the sum of all rows or of the section above it, not zero.
 */
export function totalRowOf(
  row: readonly unknown[],
  sheetRow: number,
  ctx: RowContext,
  sums: RunningSums
): TotalRow | null {
  const labelled = subtotalLabel(row, ctx.subtotal);
  if (labelled !== null) {
    const { amount, open } = quietMoney(row, sheetRow, ctx);
    const column =
      [...ctx.columns.values()].find((c) => c.index === labelled.index)?.header ?? null;
    return { label: labelled.label, column, amount, open };
  }
  const { cells, amount, open } = quietMoney(row, sheetRow, ctx);
  const blank = (field: "invoiceId" | "customerId" | "customerName") =>
    cells.cell(field).kind === "blank";
  if (!blank("invoiceId") || !blank("customerId") || !blank("customerName")) return null;
  if (sums.rows < 2 || (amount === null && open === null)) return null;
  const figure = amount ?? open;
  if (figure === null || figure === ZERO) return null;
  if (!matches(amount, open, sums)) return null;
  return { label: null, column: null, amount, open };
}

/** Which rows a totals row sums: all rows read, the section since the last totals row, or neither. */
function matches(
  amount: Cents | null,
  open: Cents | null,
  sums: RunningSums
): "all" | "section" | null {
  const fits = (a: Cents, o: Cents) =>
    (amount === null || amount === a) && (open === null || open === o);
  if (amount === null && open === null) return null;
  if (fits(sums.amount, sums.open)) return "all";
  if (sums.sectionRows > 0 && fits(sums.sectionAmount, sums.sectionOpen)) return "section";
  return null;
}

const rowsEn = (n: number, where: string) =>
  n === 1 ? `the row ${where}` : `the ${n} rows ${where}`;
const rowsNl = (n: number, where: string) =>
  n === 1 ? `de regel ${where}` : `de ${n} regels ${where}`;

/** The issue that reports `total` at `sheetRow`: info when it matches the rows it sums, else a warning. */
export function totalRowIssue(total: TotalRow, sheetRow: number, sums: RunningSums): LedgerIssue {
  const en = (c: Cents) => formatCents(c, "en");
  const nl = (c: Cents) => formatCents(c, "nl");
  const name = total.label === null ? "Totals row" : `Totals row "${total.label}"`;
  const nameNl = total.label === null ? "Totaalregel" : `Totaalregel "${total.label}"`;
  const lead = `${name} is not an invoice; it is left out of every figure.`;
  const leadNl = `${nameNl} is geen factuur en telt nergens mee.`;
  const shown = total.amount ?? total.open;
  const base = { row: sheetRow, column: total.column, value: total.label ?? "" };
  if (shown === null) {
    return {
      ...base,
      message: `${lead} It shows no amount.`,
      messageNl: `${leadNl} Er staat geen bedrag in.`,
      severity: "info",
    };
  }
  const what = total.amount === null ? "open amount" : "amount";
  const whatNl = total.amount === null ? "openstaand bedrag" : "bedrag";
  const scope = matches(total.amount, total.open, sums);
  if (scope === "all") {
    return {
      ...base,
      message: `${lead} Its ${what} ${en(shown)} equals the sum of ${rowsEn(sums.rows, "above it")}.`,
      messageNl: `${leadNl} Het ${whatNl} van ${nl(shown)} is gelijk aan de som van ${rowsNl(sums.rows, "erboven")}.`,
      severity: "info",
    };
  }
  if (scope === "section") {
    return {
      ...base,
      message: `${lead} Its ${what} ${en(shown)} equals the sum of ${rowsEn(sums.sectionRows, "since the previous total")}.`,
      messageNl: `${leadNl} Het ${whatNl} van ${nl(shown)} is gelijk aan de som van ${rowsNl(sums.sectionRows, "sinds het vorige totaal")}.`,
      severity: "info",
    };
  }
  // Name the figure that does not add up: the amount, or else the open amount.
  const amountOff =
    total.amount !== null && total.amount !== sums.amount && total.amount !== sums.sectionAmount;
  const off = amountOff || total.open === null ? shown : total.open;
  const offWhat = off === total.amount && amountOff ? what : "open amount";
  const offWhatNl = off === total.amount && amountOff ? whatNl : "openstaand bedrag";
  const sum = offWhat === "open amount" ? sums.open : sums.amount;
  return {
    ...base,
    message: `${lead} Its ${offWhat} ${en(off)} does not equal the sum of the rows above it (${en(sum)}): check that the export is complete and that every row was read.`,
    messageNl: `${leadNl} Het ${offWhatNl} van ${nl(off)} wijkt af van de som van de regels erboven (${nl(sum)}): controleer of de export volledig is en of elke regel is gelezen.`,
    severity: "warning",
  };
}
