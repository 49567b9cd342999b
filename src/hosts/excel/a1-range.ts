/** A1 addresses from 0-based indexes, so every range works with ExcelApi 1.1's getRange(address). */
import { columnLetter } from "../../ledger";

/** "B3:D10" for the block at 0-based row 2, column 1, 8 rows by 3 columns ("B3" for one cell). */
export function a1Range(
  rowIndex: number,
  columnIndex: number,
  rows: number,
  columns: number
): string {
  const topLeft = `${columnLetter(columnIndex)}${rowIndex + 1}`;
  if (rows === 1 && columns === 1) return topLeft;
  return `${topLeft}:${columnLetter(columnIndex + columns - 1)}${rowIndex + rows}`;
}
