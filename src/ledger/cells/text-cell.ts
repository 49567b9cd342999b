/** Plain text fields (names, addresses, references): the cell as written, or null when blank. */
import { textOfCell, type Cell } from "./cell";
import { readFailed, readOk, type FieldRead } from "../rows/field-read";

/**
 * Reads a text cell: text trimmed, numbers as written (1001 -> "1001"), Dates as their UTC day,
 * booleans as TRUE/FALSE, blank as null. An Excel error value is a failure naming it. `label` and
 * `labelNl` name the field in the English and Dutch message ("Invoice number", "Factuurnummer").
 */
export function readTextCell(cell: Cell, label: string, labelNl: string): FieldRead<string | null> {
  switch (cell.kind) {
    case "blank":
      return readOk(null);
    case "error":
      return readFailed(
        `${label} is the Excel error ${cell.code}.`,
        `${labelNl} bevat de Excel-foutwaarde ${cell.code}.`
      );
    case "text":
      return readOk(cell.text);
    case "number":
      return readOk(String(cell.value));
    case "boolean":
      return readOk(cell.value ? "TRUE" : "FALSE");
    case "date":
      return readOk(textOfCell(cell));
  }
}
