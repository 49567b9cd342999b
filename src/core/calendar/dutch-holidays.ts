/**
 * The Dutch "algemeen erkende feestdagen" that move a deadline, per art. 3 of the Algemene
 * termijnenwet (Atw):
 *
 * - lid 1: Nieuwjaarsdag, tweede paasdag, Hemelvaartsdag, tweede pinksterdag, both Christmas days,
 *   the day on which the King's birthday is celebrated (Koningsdag) and 5 May (every year, not only
 *   in a lustrum year: the Atw names "de vijfde mei" without condition);
 * - lid 2: Goede Vrijdag is put on a par with those days "voor de toepassing van deze wet". We include
 *   it: a deadline that ends on Good Friday is extended like one that ends on Easter Monday.
 * - lid 3: days declared equal by a decree published in the Staatscourant (e.g. the Friday after
 *   Hemelvaartsdag in some years) are ad hoc and cannot be computed; they are NOT included.
 *
 * Eerste paasdag and eerste pinksterdag are not in the list because they are Sundays, and a Sunday
 * already moves a deadline (art. 1 Atw); they are left out of {@link holidays} for that reason.
 *
 * Koningsdag: 27 April, or 26 April when the 27th is a Sunday (Besluit Koningsdag, since 2014).
 * Before 2014 the Queen's birthday was celebrated on 30 April, or 29 April when the 30th was a Sunday;
 * that rule is applied to every year before 2014 (exact from 1980; an approximation before).
 */
import { assert } from "../assert";
import { addDays, compareDays, dayOfWeek, makeDay, type IsoDay } from "./day";
import { describeValue } from "../describe-value";

/** A holiday that moves deadlines, with its Dutch and English name. */
export interface DutchHoliday {
  day: IsoDay;
  /** Stable key, e.g. "koningsdag". */
  key: HolidayKey;
  name: { nl: string; en: string };
}

/** The holidays of {@link holidays}, as stable keys. */
export type HolidayKey =
  | "nieuwjaarsdag"
  | "goede-vrijdag"
  | "tweede-paasdag"
  | "koningsdag"
  | "bevrijdingsdag"
  | "hemelvaartsdag"
  | "tweede-pinksterdag"
  | "eerste-kerstdag"
  | "tweede-kerstdag";

const NAMES: Record<HolidayKey, { nl: string; en: string }> = {
  nieuwjaarsdag: { nl: "Nieuwjaarsdag", en: "New Year's Day" },
  "goede-vrijdag": { nl: "Goede Vrijdag", en: "Good Friday" },
  "tweede-paasdag": { nl: "Tweede paasdag", en: "Easter Monday" },
  koningsdag: { nl: "Koningsdag", en: "King's Day" },
  bevrijdingsdag: { nl: "Bevrijdingsdag", en: "Liberation Day" },
  hemelvaartsdag: { nl: "Hemelvaartsdag", en: "Ascension Day" },
  "tweede-pinksterdag": { nl: "Tweede pinksterdag", en: "Whit Monday" },
  "eerste-kerstdag": { nl: "Eerste kerstdag", en: "Christmas Day" },
  "tweede-kerstdag": { nl: "Tweede kerstdag", en: "Boxing Day" },
};

function checkYear(year: number): void {
  assert(
    Number.isInteger(year) && year >= 1583 && year <= 9999,
    "holidays.invalid-year",
    `${describeValue(year)} is not a year of the Gregorian calendar (1583-9999).`
  );
}

/**
 * Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian computus (Meeus/Jones/
 * Butcher): integer arithmetic only, valid for every Gregorian year.
 */
export function easterSunday(year: number): IsoDay {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

/** The day the King's (before 2014: the Queen's) birthday is celebrated in `year`. */
function royalBirthday(year: number): IsoDay {
  if (year >= 2014) {
    const april27 = makeDay(year, 4, 27);
    return dayOfWeek(april27) === 7 ? makeDay(year, 4, 26) : april27;
  }
  const april30 = makeDay(year, 4, 30);
  return dayOfWeek(april30) === 7 ? makeDay(year, 4, 29) : april30;
}

const cache = new Map<number, readonly DutchHoliday[]>();

/**
 * The holidays of `year` that extend a deadline under art. 3 Atw (see the module comment for which
 * days count and why), sorted by date. Results are cached per year (the list is frozen).
 */
export function holidays(year: number): readonly DutchHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  checkYear(year);
  const easter = easterSunday(year);
  const entries: [HolidayKey, IsoDay][] = [
    ["nieuwjaarsdag", makeDay(year, 1, 1)],
    ["goede-vrijdag", addDays(easter, -2)],
    ["tweede-paasdag", addDays(easter, 1)],
    ["koningsdag", royalBirthday(year)],
    ["bevrijdingsdag", makeDay(year, 5, 5)],
    ["hemelvaartsdag", addDays(easter, 39)],
    ["tweede-pinksterdag", addDays(easter, 50)],
    ["eerste-kerstdag", makeDay(year, 12, 25)],
    ["tweede-kerstdag", makeDay(year, 12, 26)],
  ];
  const list = Object.freeze(
    entries
      .map(([key, day]): DutchHoliday => Object.freeze({ day, key, name: NAMES[key] }))
      .sort((a, b) => compareDays(a.day, b.day))
  );
  cache.set(year, list);
  return list;
}
