/** Yes/no cells as sheets write them: Ja/Nee, J/N, Yes/No, Y/N, TRUE/FALSE, WAAR/ONWAAR, 1/0, x. */
import type { Cell } from "./cell";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";

const FILLED_NL = "gelezen als ja omdat de cel gevuld is.";

const YES: ReadonlySet<string> = new Set([
  "ja",
  "j",
  "yes",
  "y",
  "true",
  "waar",
  "1",
  "x",
  "✓",
  "✔",
  "v",
  "wel",
]);
const NO: ReadonlySet<string> = new Set([
  "nee",
  "n",
  "no",
  "false",
  "onwaar",
  "0",
  "-",
  "niet",
  "geen",
  "none",
]);

/** Yes, no, or null when the text is not a yes/no word. */
export function yesNoOf(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

/**
 * Reads a flag cell (Disputed, Afgeschreven, Incasso). Blank is no. Any other filled cell (a date, an
 * agency name, a dispute reason) is read as yes, with a warning, because someone filled it in.
 * `label` and `labelNl` name the field in the English and Dutch message.
 */
export function readYesNo(cell: Cell, label: string, labelNl: string): FieldRead<boolean> {
  switch (cell.kind) {
    case "blank":
      return readOk(false);
    case "boolean":
      return readOk(cell.value);
    case "number":
      if (cell.value === 0 || cell.value === 1) return readOk(cell.value === 1);
      return readOk(
        true,
        `${label} ${cell.value} is not yes/no; read as yes because the cell is filled.`,
        `${labelNl} ${String(cell.value).replace(".", ",")} is geen ja of nee; ${FILLED_NL}`
      );
    case "error":
      return readFailed(
        `${label} is the Excel error ${cell.code}; read as no.`,
        `${labelNl} bevat de Excel-foutwaarde ${cell.code}; gelezen als nee.`
      );
    case "date":
      return readOk(
        true,
        `${label} holds a date; read as yes because the cell is filled.`,
        `${labelNl} bevat een datum; ${FILLED_NL}`
      );
    case "text": {
      const value = yesNoOf(cell.text);
      if (value !== null) return readOk(value);
      return readOk(
        true,
        `${label} ${quote(cell.text)} is not yes/no; read as yes because the cell is filled.`,
        `${labelNl} ${quote(cell.text)} is geen ja of nee; ${FILLED_NL}`
      );
    }
  }
}
