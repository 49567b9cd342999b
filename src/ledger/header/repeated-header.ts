/**
 * Repeated header rows: printed or paged exports (and sheets pasted together from several exports)
 * repeat the header further down. Such a row is no invoice; it is rejected with a message that says
 * what it is, rather than "Amount "Bedrag" is not an amount".
 */
import { classifyCell } from "../cells/cell";
import type { ColumnMatch } from "../types";

/** True when at least half of the mapped cells (and at least two) repeat their column's header. */
export function isRepeatedHeader(
  row: readonly unknown[],
  columns: readonly ColumnMatch[]
): boolean {
  let same = 0;
  for (const column of columns) {
    const cell = classifyCell(row[column.index]);
    if (cell.kind === "text" && cell.text.toLowerCase() === column.header.toLowerCase()) same++;
  }
  return same >= 2 && same * 2 >= columns.length;
}
