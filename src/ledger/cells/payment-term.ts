/** Payment term in days: 30, "30", "30 dagen", "Net 30", "netto 14 dagen", "14 days". */
import { textOfCell, type Cell } from "./cell";
import { booleanNl, quote, readFailed, readOk, type FieldRead } from "../rows/field-read";

/** Longest term we believe; a bigger number is more likely a date serial or an amount in the wrong column. */
const MAX_TERM_DAYS = 3650;

/**
 * Reads a payment-term cell; blank is null. `label` and `labelNl` name the field in the English and
 * Dutch message.
 */
export function readPaymentTerm(
  cell: Cell,
  label: string,
  labelNl: string
): FieldRead<number | null> {
  if (cell.kind === "blank") return readOk(null);
  let days: number | null = null;
  if (cell.kind === "number") days = cell.value;
  else if (cell.kind === "text") {
    const match =
      /^(?:net(?:to)?\s*)?(\d{1,4})\s*(?:dagen|days|dgn|d|dag|day)?(?:\s*net(?:to)?)?\.?$/i.exec(
        cell.text.trim()
      );
    if (match !== null) days = Number(match[1]);
  }
  if (days !== null && Number.isInteger(days) && days >= 0 && days <= MAX_TERM_DAYS)
    return readOk(days);
  const raw =
    cell.kind === "text" ? cell.text : cell.kind === "number" ? String(cell.value) : cell.kind;
  // The Dutch message names what the cell holds (WAAR, #N/A, a day), the English one its kind.
  const rawNl = cell.kind === "boolean" ? booleanNl(cell.value) : textOfCell(cell);
  return readFailed(
    `${label} ${quote(raw)} is not a number of days.`,
    `${labelNl} ${quote(rawNl)} is geen aantal dagen.`
  );
}
