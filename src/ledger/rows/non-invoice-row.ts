/**
 * A row of the data range that is not an invoice and is rejected: a row that repeats the header.
 * (Totals rows are left out apart, as information: see total-row.ts.)
 */
import { ZERO } from "../../core";
import { cellText } from "../cells/cell";
import { isRepeatedHeader } from "../header/repeated-header";
import type { RowContext, RowOutcome } from "./row-context";
import type { RowCells } from "./row-cells";

/**
 * The rejection of the data row `row` (at 1-based `sheetRow`, its cells `cells`) when it repeats
 * the header; null for any other row.
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
  return null;
}
