import {
  describeValue,
  dayToSerial as serialOfDay,
  serialToDay,
  isIsoDay,
  toEpochDay,
  type IsoDay,
  parseDayText,
  validateAgeEdges,
  CoreError,
} from "../src/core";

/**
 * A custom-function argument that cannot be used; the message names the argument (as Excel shows
 * it in the function's tooltip) and the value, so the user sees which cell is wrong.
 */
export class ArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string
  ) {
    super(`${argument}: ${message}`);
    this.name = "ArgumentError";
  }
}

/** The serial of 9999-12-31, the last day of Excel's calendar. */
const LAST_SERIAL = 2_958_465;

/** True for what Excel passes when an optional argument is omitted or a referenced cell is empty. */
export function isBlankArg(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * A date argument: an Excel date serial (what a date cell passes; the 1900 date system, as Excel's
 * default) or text such as "2026-11-22" or "22-11-2026".
 */
export function dayArg(argument: string, value: unknown): IsoDay {
  if (isBlankArg(value)) throw new ArgumentError(argument, "the date is empty");
  if (typeof value === "number") {
    if (value >= LAST_SERIAL + 1) {
      throw new ArgumentError(
        argument,
        `${describeValue(value)} is after 9999-12-31 (serial ${LAST_SERIAL}), the last day Excel can show`
      );
    }
    try {
      return serialToDay(value);
    } catch (error) {
      if (error instanceof CoreError) throw new ArgumentError(argument, error.message);
      throw error;
    }
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (isIsoDay(text)) return text;
    const parsed = parseDayText(text);
    if (parsed.ok) return parsed.day;
    throw new ArgumentError(argument, `${parsed.reason.en} Use a date cell or YYYY-MM-DD.`);
  }
  throw new ArgumentError(argument, `${describeValue(value)} is not a date`);
}

/** Epoch day of Excel serial 1 (1900-01-01) minus one. */
const SERIAL_EPOCH = -25568;

/**
 * A date argument as an epoch day. Serials in the 1900 system (the usual date cell) are converted
 * arithmetically; anything else goes through `dayArg` (text dates, its error messages). A test checks
 * the arithmetic against `serialToDay` for every serial.
 */
export function epochDayArg(argument: string, value: unknown): number {
  if (typeof value === "number" && value >= 61 && value < LAST_SERIAL + 1) {
    // From 1900-03-01 on, Excel's serials are one too high (the fictitious 1900-02-29 at 60).
    return SERIAL_EPOCH + Math.floor(value) - 1;
  }
  return toEpochDay(dayArg(argument, value));
}

/**
 * Bucket edges from a range or a single number: blanks are skipped, the rest must be positive whole
 * numbers in increasing order (30, 60, 90 gives Not due, 1-30, 31-60, 61-90, 90+).
 */
export function edgesArg(argument: string, value: unknown): readonly number[] | undefined {
  if (isBlankArg(value)) return undefined;
  const cells = Array.isArray(value) ? value.flat() : [value];
  const edges: number[] = [];
  for (const cell of cells) {
    if (isBlankArg(cell)) continue;
    const n = typeof cell === "string" ? Number(cell.trim()) : cell;
    if (typeof n !== "number" || !Number.isFinite(n)) {
      throw new ArgumentError(argument, `${describeValue(cell)} is not a number of days`);
    }
    edges.push(n);
  }
  if (edges.length === 0) return undefined;
  try {
    return validateAgeEdges(edges);
  } catch (error) {
    if (error instanceof CoreError) throw new ArgumentError(argument, error.message);
    throw error;
  }
}

/**
 * The answer is a day Excel cannot show: before 1900-01-01 or after 9999-12-31 (guarded turns it
 * into #NUM!, as Excel's own WORKDAY does).
 */
export class OutOfCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutOfCalendarError";
  }
}

/** True for a core error saying that day arithmetic left the calendar (years 1000-9999). */
export function isOutOfCalendar(error: unknown): boolean {
  return (
    error instanceof CoreError &&
    (error.code === "day.out-of-range" || error.code === "serial.out-of-range")
  );
}

const FIRST_EXCEL_DAY = "1900-01-01" as IsoDay;

/**
 * A computed day as an Excel date serial. `what` names the answer in the message ("The next
 * reminder", "The date 5 business days before 1900-01-02") when it falls outside Excel's calendar.
 */
export function dateResult(what: string, compute: () => IsoDay): number {
  let day: IsoDay;
  try {
    day = compute();
  } catch (error) {
    if (isOutOfCalendar(error)) {
      throw new OutOfCalendarError(
        `${what} falls outside the days Excel can show (1900-01-01 to 9999-12-31).`
      );
    }
    throw error;
  }
  if (day < FIRST_EXCEL_DAY) {
    throw new OutOfCalendarError(
      `${what} falls on ${day}, before 1900-01-01, the first day Excel can show.`
    );
  }
  return serialOfDay(day);
}
