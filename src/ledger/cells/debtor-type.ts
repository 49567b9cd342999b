/**
 * Consumer or business, which matters in Dutch law (collection costs, statutory interest rate):
 * from words ("Particulier", "Consument", "B2C" / "Zakelijk", "Bedrijf", "B2B") or from a yes/no
 * column whose header says which one yes means ("Particulier: Ja").
 */
import { textOfCell, type Cell } from "./cell";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";
import { normalizeHeader } from "../header/header-text";
import { yesNoOf } from "./yes-no";
import type { DebtorKind } from "../types";

const CONSUMER =
  /^(particulier|particulieren|consument|consumer|consumers|prive|private|b2c|natuurlijkpersoon|individual|person)$/;
const BUSINESS =
  /^(zakelijk|zakelijke?klant|bedrijf|bedrijven|business|company|b2b|onderneming|organisatie|organisation|organization|rechtspersoon)$/;

/** The debtor type a word names, or null. */
export function debtorTypeOf(text: string): DebtorKind | null {
  const word = normalizeHeader(text);
  if (CONSUMER.test(word)) return "consumer";
  if (BUSINESS.test(word)) return "business";
  return null;
}

/**
 * Reads a debtor-type cell; `header` is the column header, which gives meaning to yes/no values.
 * `label` and `labelNl` name the field in the English and Dutch message.
 */
export function readDebtorType(
  cell: Cell,
  header: string,
  label: string,
  labelNl: string
): FieldRead<DebtorKind | null> {
  if (cell.kind === "blank") return readOk(null);
  if (cell.kind === "error") {
    return readFailed(
      `${label} is the Excel error ${cell.code}.`,
      `${labelNl} bevat de Excel-foutwaarde ${cell.code}.`
    );
  }
  const text = textOfCell(cell);
  const named = debtorTypeOf(text);
  if (named !== null) return readOk(named);
  const yes = yesNoOf(text);
  const meaning = debtorTypeOf(header);
  if (yes !== null && meaning !== null) {
    const other: DebtorKind = meaning === "consumer" ? "business" : "consumer";
    return readOk(yes ? meaning : other);
  }
  return readFailed(
    `${label} ${quote(text)} is neither consumer (particulier) nor business (zakelijk).`,
    `${labelNl} ${quote(text)} is niet particulier (consument) en niet zakelijk.`
  );
}
