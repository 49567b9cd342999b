/**
 * Reading the cells of a record table leniently — text or numbers for ids, ISO or Dutch date text
 * or an Excel serial (1900 system) for days, euro numbers or Dutch amount text for money. What
 * cannot be read says why, in English and Dutch.
 */
import {
  parseAmount,
  yearOf,
  type IsoDay,
  parseDayText,
  describeValue,
  serialToDay,
  centsFromEuros,
  type Cents,
} from "../core";
import { classifyCell, textOfCell } from "../ledger";
import { csvCellOriginal } from "../documents";
import type { RecordDecodeOptions } from "./record-table";

/** A cell read: the value, or why not (English and Dutch). */
export type CellRead<T> = { ok: true; value: T } | { ok: false; en: string; nl: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(en: string, nl: string): CellRead<T> => ({ ok: false, en, nl });

/** Years a logged day may have; a serial such as 45 typed into a date column is no log date. */
const YEARS = { from: 1950, to: 2199 };

/**
 * The cell as it was before the CSV export wrote it (when `options.neutralised`): the neutralising
 * apostrophe removed, and an id kept as text with `="00049"` read as 00049.
 */
function raw(value: unknown, options: RecordDecodeOptions): unknown {
  if (options.neutralised && typeof value === "string") return csvCellOriginal(value);
  return value;
}

/** The cell as text for an issue. */
export function cellShown(value: unknown): string {
  return textOfCell(classifyCell(value));
}

/** True when the cell is blank (null, "", spaces). */
export function isBlankCell(value: unknown): boolean {
  return classifyCell(value).kind === "blank";
}

/** Text, trimmed; null when blank. Numbers as written (10004 -> "10004"). */
export function readText(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<string | null> {
  const cell = classifyCell(raw(value, options));
  switch (cell.kind) {
    case "blank":
      return ok(null);
    case "error":
      return fail(`is the Excel error ${cell.code}`, `is de Excel-fout ${cell.code}`);
    case "text":
      return ok(cell.text);
    default:
      return ok(textOfCell(cell));
  }
}

/** A day: ISO or Dutch date text ("20-11-2026"), or an Excel serial (1900 system); null when blank. */
export function readDay(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<IsoDay | null> {
  const cell = classifyCell(raw(value, options));
  let day: IsoDay;
  if (cell.kind === "blank") return ok(null);
  if (cell.kind === "number" || (cell.kind === "text" && /^\d{5}(\.\d+)?$/.test(cell.text))) {
    const serial = cell.kind === "number" ? cell.value : Number(cell.text);
    try {
      day = serialToDay(serial, 1900);
    } catch {
      return fail(
        `${describeValue(serial)} is not a date`,
        `${describeValue(serial)} is geen datum`
      );
    }
  } else if (cell.kind === "text") {
    const parsed = parseDayText(cell.text, "dmy");
    if (!parsed.ok)
      return fail(
        `${describeValue(cell.text)} is not a date (write it as 20-11-2026 or 2026-11-20)`,
        `${describeValue(cell.text)} is geen datum (schrijf 20-11-2026 of 2026-11-20)`
      );
    day = parsed.day;
  } else if (cell.kind === "date") {
    day = textOfCell(cell) as IsoDay;
  } else {
    const shown = cell.kind === "error" ? cell.code : textOfCell(cell);
    return fail(`${shown} is not a date`, `${shown} is geen datum`);
  }
  const year = yearOf(day);
  if (year < YEARS.from || year > YEARS.to)
    return fail(
      `${describeValue(cellShown(value))} reads as ${day}, which cannot be a date in this record`,
      `${describeValue(cellShown(value))} wordt ${day}, en dat kan hier geen datum zijn`
    );
  return ok(day);
}

/**
 * Euros to cents: a number (at most two decimals, so 12.345 is refused rather than rounded) or
 * amount text in Dutch notation ("1.234,56", "€ 12,50", "-12,50"); null when blank.
 */
export function readCents(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<Cents | null> {
  const cell = classifyCell(raw(value, options));
  if (cell.kind === "blank") return ok(null);
  if (cell.kind === "number") {
    let amount: Cents;
    try {
      amount = centsFromEuros(cell.value);
    } catch {
      return fail(
        `${describeValue(cell.value)} is too large for an amount`,
        `${describeValue(cell.value)} is te groot voor een bedrag`
      );
    }
    // Whole cents, up to the float noise of a sum (0.1 + 0.2); 12.345 is refused, not rounded.
    if (Math.abs(cell.value - amount / 100) > 1e-9 * Math.max(1, Math.abs(cell.value)))
      return fail(
        `${describeValue(cell.value)} is not an amount in whole cents`,
        `${describeValue(cell.value)} is geen bedrag in hele centen`
      );
    return ok(amount);
  }
  if (cell.kind === "text") {
    const parsed = parseAmount(cell.text, "nl");
    if (parsed.ok) return ok(parsed.cents);
    return fail(
      `${describeValue(cell.text)} is not an amount in euros`,
      `${describeValue(cell.text)} is geen bedrag in euro's`
    );
  }
  const shown = cell.kind === "error" ? cell.code : textOfCell(cell);
  return fail(`${shown} is not an amount`, `${shown} is geen bedrag`);
}

/** A whole number of at least 1 (a stage); null when blank. */
export function readPositiveInteger(
  value: unknown,
  options: RecordDecodeOptions = {}
): CellRead<number | null> {
  const cell = classifyCell(raw(value, options));
  if (cell.kind === "blank") return ok(null);
  const n =
    cell.kind === "number"
      ? cell.value
      : cell.kind === "text" && /^\d+$/.test(cell.text)
        ? Number(cell.text)
        : NaN;
  if (Number.isSafeInteger(n) && n >= 1) return ok(n);
  const shown = describeValue(cellShown(value));
  return fail(`${shown} is not a whole number from 1 up`, `${shown} is geen heel getal vanaf 1`);
}
