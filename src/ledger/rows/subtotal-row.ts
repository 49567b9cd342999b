/**
 * Subtotal and total rows ("Totaal", "Subtotaal debiteur 1001", "Total", "Grand total", "Eindtotaal",
 * "Totaal generaal"). Their amounts repeat the invoices above them, so they are excluded, and
 * reported, never silently dropped. A row only counts as a total when it has no invoice number of
 * its own (or its invoice-number cell holds the label), so a customer called "Total Energies" on an
 * invoice row is safe.
 */
import { classifyCell } from "../cells/cell";

const TOTAL_LABEL = /^(?:sub[\s-]?|eind|grand\s+|generaal\s+)?tota(?:a)?l(?:en|s)?(?:\b|$)/;

/** True when `text` reads as a total label. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .trim()
      .toLowerCase()
  );
}

/** Columns to look in: the leading columns and the identifying ones. */
export interface SubtotalColumns {
  invoiceId: number;
  labelled: readonly number[];
}

/** How many leading columns may hold a total label. */
const LEADING_COLUMNS = 3;

/** The total label of `row` and its column index, or null when the row is no subtotal. */
export function subtotalLabel(
  row: readonly unknown[],
  columns: SubtotalColumns
): { label: string; index: number } | null {
  const idCell = classifyCell(row[columns.invoiceId]);
  const idIsLabel = idCell.kind === "text" && isTotalLabel(idCell.text);
  if (idCell.kind !== "blank" && !idIsLabel) return null;
  const indexes = new Set([columns.invoiceId, ...columns.labelled]);
  for (let index = 0; index < LEADING_COLUMNS; index++) indexes.add(index);
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const cell = classifyCell(row[index]);
    if (cell.kind === "text" && isTotalLabel(cell.text)) return { label: cell.text, index };
  }
  return null;
}
