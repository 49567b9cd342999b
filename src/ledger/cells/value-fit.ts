/**
 * Value fit: whether the values below a header fit the field its name suggests. A name alone
 * misleads on real exports: "Vervaldagen" (a day count) sounds like a due date, "Factuur" holds the
 * invoice amount in one package and the invoice number in the next, "Soort" is the document type
 * (Factuur / Creditfactuur) in e-Boekhouden and the debtor type elsewhere, "Boekstuk" holds a date
 * in one report. So a column is only taken for a date field when its values are dates, for a money
 * field when they are amounts, and so on; header detection drops a candidate whose column does not
 * fit, and the mapping dialog proposes no such column.
 *
 * Fit is the share of the filled cells (blank cells, Excel errors and total rows aside) that read as
 * the field's kind; null when the field has no kind to check or the column has no filled cell.
 */
import { parseAmount, parseDayText } from "../../core";
import { classifyCell, type Cell } from "./cell";
import { debtorTypeOf } from "./debtor-type";
import { documentTypeOf } from "./document-type";
import { readMoneyCell } from "./money-cell";
import { isTotalLabel } from "../rows/subtotal-row";
import type { ColumnMatch, LedgerField } from "../types";
import { yesNoOf } from "./yes-no";

/** Data rows below a header that are looked at. */
export const FIT_SAMPLE_ROWS = 200;

/** Below this share a candidate is not taken; from {@link SURE_FIT} on its values confirm it. */
export const MIN_FIT = 0.5;
/** A weak name (confidence below 1) whose values fit this well is sure enough to need no question. */
export const SURE_FIT = 0.9;

/** Values it takes before a column's fit is reported (and can make a weak name sure). */
export const MIN_EVIDENCE = 3;

/** Excel serials of 1950-01-01 and 2199-12-31: numbers between them may be dates. */
const FIRST_SERIAL = 18264;
const LAST_SERIAL = 109574;

/** True when a cell reads as a day: a date, a serial in 1950-2199, or a date text. */
function isDay(cell: Cell): boolean {
  if (cell.kind === "date") return true;
  if (cell.kind === "number") return isSerialOrCompact(cell.value);
  if (cell.kind !== "text") return false;
  const text = cell.text;
  if (/^\d{5}(\.\d+)?$/.test(text)) return isSerialOrCompact(Number(text));
  return parseDayText(text, "dmy").ok || parseDayText(text, "mdy").ok;
}

function isSerialOrCompact(value: number): boolean {
  if (Number.isInteger(value) && value >= 19500101 && value <= 21991231)
    return parseDayText(String(value)).ok;
  return value >= FIRST_SERIAL && value <= LAST_SERIAL;
}

const AS_NL = { value: "nl", conflicting: false } as const;
const AS_EN = { value: "en", conflicting: false } as const;

/** True when a cell reads as an amount in either notation (a currency code in it included). */
function isAmount(cell: Cell): boolean {
  if (cell.kind === "number") return true;
  if (cell.kind !== "text") return false;
  if (parseAmount(cell.text, "nl").ok || parseAmount(cell.text, "en").ok) return true;
  return readMoneyCell(cell, "", "", AS_NL).ok || readMoneyCell(cell, "", "", AS_EN).ok;
}

/** A date written as one (separators or a month name), or a Date: never an invoice number. */
function isWrittenDay(cell: Cell): boolean {
  if (cell.kind === "date") return true;
  return cell.kind === "text" && /\d[-/.\s]\d|[a-z]{3}/i.test(cell.text) && isDay(cell);
}

/** An amount with cents ("1.234,56", 12.5 as a number): never an invoice number. */
function isCentAmount(cell: Cell): boolean {
  if (cell.kind === "number") return !Number.isInteger(cell.value);
  return cell.kind === "text" && /\d[.,]\d{2}$/.test(cell.text) && isAmount(cell);
}

/** A whole number of days, with or without a word ("30", "30 dagen", "14 days"). */
function isDayCount(cell: Cell): boolean {
  if (cell.kind === "number") return Number.isInteger(cell.value);
  return cell.kind === "text" && /^-?\d{1,4}(\s*(dagen|dgn|days|d))?$/i.test(cell.text);
}

/** How a field's cells are checked; absent: any filled cell fits. */
const CHECKS: Partial<Record<LedgerField, (cell: Cell, header: string) => boolean>> = {
  invoiceDate: isDay,
  dueDate: isDay,
  settledDate: isDay,
  reminderDate: isDay,
  deliveryDate: isDay,
  amount: isAmount,
  openAmount: isAmount,
  creditLimit: isAmount,
  invoiceId: (cell) => !isWrittenDay(cell) && !isCentAmount(cell),
  paymentTermDays: (cell) => isDayCount(cell) || (cell.kind === "text" && /\d/.test(cell.text)),
  documentType: (cell) => cell.kind === "text" && documentTypeOf(cell.text) !== null,
  debtorType: (cell, header) => {
    const text =
      cell.kind === "text" ? cell.text : cell.kind === "boolean" ? String(cell.value) : "";
    if (debtorTypeOf(text) !== null) return true;
    return yesNoOf(text) !== null && debtorTypeOf(header) !== null;
  },
};

/** The filled cells of column `index` in `rows`, total rows left out. */
export function filledCells(rows: readonly (readonly unknown[])[], index: number): Cell[] {
  const cells: Cell[] = [];
  for (const row of rows) {
    const cell = classifyCell(row[index]);
    if (cell.kind === "blank" || cell.kind === "error") continue;
    if (row.some((value) => typeof value === "string" && isTotalLabel(value))) continue;
    cells.push(cell);
  }
  return cells;
}

/**
 * The share of `cells` that fit `field` (with the column's `header`, which gives yes/no columns
 * their meaning); null when the field is not checked or there are no cells.
 */
export function fieldFit(field: LedgerField, cells: readonly Cell[], header = ""): number | null {
  const check = CHECKS[field];
  if (check === undefined || cells.length === 0) return null;
  let fit = 0;
  for (const cell of cells) if (check(cell, header)) fit++;
  return fit / cells.length;
}

/**
 * How much a column looks like codes rather than names (0..1): the share of short values without
 * spaces that hold a digit ("1001", "D-0042", "K12"). Decides between two customer columns with an
 * equally good name ("Relatie" with names, "Relatiecode" with numbers).
 */
export function codeLikeness(cells: readonly Cell[]): number {
  if (cells.length === 0) return 0;
  let codes = 0;
  for (const cell of cells) {
    if (cell.kind === "number") codes++;
    else if (cell.kind === "text" && cell.text.length <= 16 && /^[^\s]*\d[^\s]*$/.test(cell.text))
      codes++;
  }
  return codes / cells.length;
}

/**
 * True when a detected column needs no confirmation: its name is definite (confidence 1), or a
 * weaker name ("Factuur" for the amount, "Datum" for the invoice date) whose values fit the field
 * almost without exception. A name whose values contradict it (a day count under "Vervaldag") is
 * never sure. The mapping dialog asks about the other ones.
 */
export function isSureMatch(match: Pick<ColumnMatch, "confidence" | "fit">): boolean {
  if (!fitsValues(match)) return false;
  if (match.confidence >= 1) return true;
  return match.confidence >= 0.5 && match.fit !== undefined && match.fit >= SURE_FIT;
}

/** False when the column's values contradict the field (fit known and below {@link MIN_FIT}). */
export function fitsValues(match: Pick<ColumnMatch, "fit">): boolean {
  return match.fit === undefined || match.fit >= MIN_FIT;
}
