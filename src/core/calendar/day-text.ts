import { MONTH_NAMES } from "./month-names";
import { describeValue, describeValueNl } from "../describe-value";
import { daysInMonth, makeDay, type IsoDay } from "./day";
import type { Text } from "../text";

/** Order of day and month in numeric text dates: "22/11/2026" is dmy, "11/22/2026" is mdy. */
export type DayOrder = "dmy" | "mdy";

/**
 * The outcome of {@link parseDayText}: a day, or a plain reason that names the text, in English and
 * Dutch.
 */
export type DayResult = { ok: true; day: IsoDay } | { ok: false; reason: Text };

const failed = (en: string, nl: string): DayResult => ({ ok: false, reason: { en, nl } });

/** English and Dutch month names and their usual abbreviations. */
// A Map, not an object literal, so "constructor" or "toString" are no months.
// prettier-ignore
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2,
  mar: 3, march: 3, mrt: 3, maart: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8, augustus: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
}));

/** An optional time of day after the date, dropped: " 0:00", "T14:30:00.000Z", " 2:15 PM". */
const TIME = String.raw`(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]\.?m\.?)?(?: ?(?:z|[+-]\d{2}:?\d{2}))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const DAY_NAME_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th|e)?\.?[ \-/]*([a-z]+)\.?,?[ \-/]*(\d{4}|\d{2})${TIME}$`
);
const NAME_DAY_YEAR = new RegExp(
  String.raw`^([a-z]+)\.?[ \-]*(\d{1,2})(?:st|nd|rd|th)?,?[ \-]*(\d{4}|\d{2})${TIME}$`
);

/**
 * Reads a day from text. Accepted forms (time of day, if any, is dropped):
 * - year first: "2026-11-22", "2026-11-22T00:00:00", "2026/11/22", "20261122";
 * - numeric day and month: "22-11-2026", "22.11.2026", "22/11/2026", "11/22/2026", "22-11-26";
 * - month names, English or Dutch, full or abbreviated: "22 nov 2026", "22 november 2026",
 *   "22-nov-2026", "22 mrt. 2026", "nov 22, 2026", "November 22nd 2026".
 * Two-digit years: 00-69 -> 2000-2069, 70-99 -> 1970-1999.
 * Numeric dates whose day and month could be swapped ("01-02-2026") need `order` (the column's, see
 * {@link detectDayOrder}); a part above 12 settles the order by itself, whatever `order` says.
 */
export function parseDayText(text: string, order?: DayOrder): DayResult {
  if (typeof text !== "string") {
    return failed(
      `${describeValue(text)} is not a date text.`,
      `${describeValueNl(text)} is geen datumtekst.`
    );
  }
  const s = text.replace(/\s+/g, " ").trim().toLowerCase();
  if (s === "")
    return failed(
      `${describeValue(text)} is empty, not a date.`,
      `${describeValueNl(text)} is leeg, geen datum.`
    );

  let match = YEAR_FIRST.exec(s) ?? COMPACT.exec(s);
  if (match) {
    const year = Number(match[1]);
    const [month, day] = match.length === 4 ? [match[2], match[3]] : [match[3], match[4]];
    return build(text, year, Number(month), Number(day));
  }
  if ((match = NUMERIC.exec(s))) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = fullYear(match[4] ?? "");
    const settled = orderFromParts(first, second);
    if (settled === "invalid") {
      return failed(
        `${describeValue(text)} is not a date: neither ${first} nor ${second} can be a month.`,
        `${describeValueNl(text)} is geen datum: ${first} en ${second} kunnen geen van beide een maand zijn.`
      );
    }
    const used = settled === "ambiguous" ? order : settled;
    if (used === undefined) {
      return failed(
        `${describeValue(text)} is ambiguous: ${first} ${MONTH_NAMES.en[second - 1]} or ${MONTH_NAMES.en[first - 1]} ${second}? ` +
          "No other date in the column shows whether the day or the month comes first.",
        `${describeValueNl(text)} is dubbelzinnig: ${first} ${MONTH_NAMES.nl[second - 1]} of ${second} ${MONTH_NAMES.nl[first - 1]}? ` +
          "Geen andere datum in de kolom laat zien of de dag of de maand voorop staat."
      );
    }
    return used === "mdy" ? build(text, year, first, second) : build(text, year, second, first);
  }
  if ((match = DAY_NAME_YEAR.exec(s))) {
    return buildNamed(text, match[2] ?? "", Number(match[1]), match[3] ?? "");
  }
  if ((match = NAME_DAY_YEAR.exec(s))) {
    return buildNamed(text, match[1] ?? "", Number(match[2]), match[3] ?? "");
  }
  return failed(
    `${describeValue(text)} is not a date this reader knows (e.g. 2026-11-22, 22-11-2026, 22 nov 2026).`,
    `${describeValueNl(text)} is geen datum in een vorm die deze lezer kent (bijv. 2026-11-22, 22-11-2026, 22 nov 2026).`
  );
}

/** "dmy"/"mdy" when a part above 12 settles it; "none" when day = month; "invalid" when both exceed 12. */
function orderFromParts(
  first: number,
  second: number
): DayOrder | "ambiguous" | "none" | "invalid" {
  if (first > 12 && second > 12) return "invalid";
  if (first > 12) return "dmy";
  if (second > 12) return "mdy";
  return first === second ? "none" : "ambiguous";
}

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n <= 69 ? 2000 + n : 1900 + n;
}

function buildNamed(text: string, name: string, day: number, year: string): DayResult {
  const month = MONTHS.get(name);
  if (month === undefined) {
    return failed(
      `${describeValue(text)} is not a date: "${name}" is not a month name.`,
      `${describeValueNl(text)} is geen datum: "${name}" is geen naam van een maand.`
    );
  }
  return build(text, fullYear(year), month, day);
}

function build(text: string, year: number, month: number, day: number): DayResult {
  if (year < 1000 || year > 9999) {
    return failed(
      `${describeValue(text)} is not a date in the years 1000-9999.`,
      `${describeValueNl(text)} is geen datum in de jaren 1000-9999.`
    );
  }
  if (month < 1 || month > 12) {
    return failed(
      `${describeValue(text)} is not a date: ${month} is not a month.`,
      `${describeValueNl(text)} is geen datum: ${month} is geen maand.`
    );
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return failed(
      `${describeValue(text)} is not a date: ${MONTH_NAMES.en[month - 1]} ${year} has no day ${day}.`,
      `${describeValueNl(text)} is geen datum: ${day} ${MONTH_NAMES.nl[month - 1]} ${year} bestaat niet.`
    );
  }
  return { ok: true, day: makeDay(year, month, day) };
}

/**
 * The day/month order evidence in one text value: "dmy" when the first part of a numeric date is
 * above 12 ("22/11/2026"), "mdy" when the second is ("11/22/2026"), "ambiguous" when both are 1..12
 * and differ ("01/02/2026"), "none" otherwise (ISO dates, month names, day = month, not a date).
 */
export function dayOrderOf(text: string): DayOrder | "ambiguous" | "none" {
  if (typeof text !== "string") return "none";
  const match = NUMERIC.exec(text.replace(/\s+/g, " ").trim().toLowerCase());
  if (!match) return "none";
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (first < 1 || second < 1 || first > 31 || second > 31) return "none";
  const order = orderFromParts(first, second);
  return order === "invalid" ? "none" : order;
}

/**
 * Decides a column's day/month order from its text values (Dates and numbers are no evidence).
 * `order` is the majority evidence (null with no evidence or a tie); `conflicting` is true when both
 * orders occur; `ambiguousCount` counts values that need the order.
 */
export function detectDayOrder(values: readonly unknown[]): {
  order: DayOrder | null;
  conflicting: boolean;
  ambiguousCount: number;
} {
  let dmy = 0;
  let mdy = 0;
  let ambiguousCount = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const evidence = dayOrderOf(value);
    if (evidence === "dmy") dmy++;
    else if (evidence === "mdy") mdy++;
    else if (evidence === "ambiguous") ambiguousCount++;
  }
  const order = dmy > mdy ? "dmy" : mdy > dmy ? "mdy" : null;
  return { order, conflicting: dmy > 0 && mdy > 0, ambiguousCount };
}
