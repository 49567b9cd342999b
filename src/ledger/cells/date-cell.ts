/**
 * Reads a date cell: a Date (its UTC calendar day, as exceljs hands dates over), an Excel serial in
 * the workbook's date system, a compact number such as 20261122, or text in the column's day order.
 * Every message comes in English and Dutch; the Dutch one writes days out ("1 februari 2025"), so a
 * message about day/month order cannot itself be misread.
 */
import {
  CoreError,
  dayFromUtcDate,
  yearOf,
  type IsoDay,
  dayOrderOf,
  parseDayText,
  type DayOrder,
  serialToDay,
  type DateSystem,
  longDay,
} from "../../core";
import type { Cell } from "./cell";
import type { ColumnDecision } from "../header/column-decision";
import { booleanNl, quote, readFailed, readOk, type FieldRead } from "../rows/field-read";

/** Years outside this range are read but flagged: a serial such as 45 is most likely no date at all. */
const PLAUSIBLE_YEARS = { from: 1950, to: 2199 };

const ORDER_NAMES: Readonly<Record<DayOrder, string>> = { dmy: "day-first", mdy: "month-first" };
const ORDER_NAMES_NL: Readonly<Record<DayOrder, string>> = {
  dmy: "de dag eerst",
  mdy: "de maand eerst",
};

/** A text in English and Dutch. */
interface Bilingual {
  en: string;
  nl: string;
}

const NOTHING: Bilingual = { en: "", nl: "" };

/** How a number was read as a date, for the doubt about an implausible year. */
const SERIAL_NOTES: Readonly<Record<DateSystem, Bilingual>> = {
  1900: { en: " (Excel serial, 1900 date system)", nl: " (Excel-datumgetal, datumsysteem 1900)" },
  1904: { en: " (Excel serial, 1904 date system)", nl: " (Excel-datumgetal, datumsysteem 1904)" },
};

/** A failure whose message ends in a core error; its Dutch twin uses the error's Dutch message. */
function coreFailure(label: string, labelNl: string, error: CoreError): FieldRead<IsoDay> {
  return readFailed(
    `${label}: ${error.message}`,
    `${labelNl}: ${error.messageNl ?? error.message}`
  );
}

/**
 * Reads a non-blank date cell; `label` and `labelNl` name the field in the English and Dutch
 * messages ("Due date", "Vervaldatum").
 */
export function readDateCell(
  cell: Cell,
  label: string,
  labelNl: string,
  decision: ColumnDecision<DayOrder>,
  dateSystem: DateSystem
): FieldRead<IsoDay> {
  switch (cell.kind) {
    case "blank":
      return readFailed(`${label} is empty.`, `${labelNl} is leeg.`);
    case "error":
      return readFailed(
        `${label} is the Excel error ${cell.code}, not a date.`,
        `${labelNl} bevat de Excel-foutwaarde ${cell.code}, geen datum.`
      );
    case "boolean":
      return readFailed(
        `${label} ${cell.value ? "TRUE" : "FALSE"} is a yes/no value, not a date.`,
        `${labelNl} ${booleanNl(cell.value)} is een ja/nee-waarde, geen datum.`
      );
    case "date":
      try {
        return plausible(dayFromUtcDate(cell.date), label, labelNl, cell.date.toISOString());
      } catch (error) {
        // A Date before the year 1000 or after 9999 has no IsoDay.
        if (error instanceof CoreError) return coreFailure(label, labelNl, error);
        throw error;
      }
    case "number":
      return readDateNumber(cell.value, label, labelNl, dateSystem);
    case "text":
      return readDateText(cell.text, label, labelNl, decision, dateSystem);
  }
}

function readDateNumber(
  value: number,
  label: string,
  labelNl: string,
  dateSystem: DateSystem
): FieldRead<IsoDay> {
  // A whole number 19000101..29991231 is a compact yyyymmdd date, as some exports write them.
  if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) {
    const compact = parseDayText(String(value));
    if (compact.ok) return readOk(compact.day);
  }
  try {
    return plausible(
      serialToDay(value, dateSystem),
      label,
      labelNl,
      String(value),
      SERIAL_NOTES[dateSystem]
    );
  } catch (error) {
    if (error instanceof CoreError) return coreFailure(label, labelNl, error);
    throw error;
  }
}

function readDateText(
  text: string,
  label: string,
  labelNl: string,
  decision: ColumnDecision<DayOrder>,
  dateSystem: DateSystem
): FieldRead<IsoDay> {
  // A CSV of a sheet with date serials holds them as text ("45292", "45292.5").
  if (/^\d{5}(\.\d+)?$/.test(text)) return readDateNumber(Number(text), label, labelNl, dateSystem);
  const own = dayOrderOf(text);
  const order = own === "dmy" || own === "mdy" ? own : (decision.value ?? undefined);
  const result = parseDayText(text, order);
  if (!result.ok) {
    const hint = own === "ambiguous" && decision.value === null;
    return readFailed(
      `${label}: ${result.reason.en}${hint ? " Give the day order (dmy or mdy) to read it." : ""}`,
      `${labelNl}: ${result.reason.nl}${hint ? " Geef de volgorde van dag en maand op (dmy of mdy) om de datum te lezen." : ""}`
    );
  }
  if (decision.conflicting && decision.value !== null) {
    const shown = quote(text);
    const day = longDay(result.day, "nl");
    if (own === "ambiguous") {
      return readOk(
        result.day,
        `${label} ${shown} was read as ${result.day} (${ORDER_NAMES[decision.value]}, the column's majority), but the column mixes day orders.`,
        `${labelNl} ${shown} is gelezen als ${day} (met ${ORDER_NAMES_NL[decision.value]}, zoals de meeste datums in de kolom), maar de kolom mengt de volgorde van dag en maand.`
      );
    }
    if (own !== "none" && own !== decision.value) {
      return readOk(
        result.day,
        `${label} ${shown} is written ${ORDER_NAMES[own]} while most of the column is ${ORDER_NAMES[decision.value]}; read as ${result.day}.`,
        `${labelNl} ${shown} is geschreven met ${ORDER_NAMES_NL[own]}, terwijl de meeste datums in de kolom ${ORDER_NAMES_NL[decision.value]} hebben; gelezen als ${day}.`
      );
    }
  }
  return plausible(result.day, label, labelNl, text);
}

function plausible(
  day: IsoDay,
  label: string,
  labelNl: string,
  raw: string,
  how: Bilingual = NOTHING
): FieldRead<IsoDay> {
  const year = yearOf(day);
  if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return readOk(day);
  return readOk(
    day,
    `${label} ${quote(raw)} reads as ${day}${how.en}; please check that this is a real date.`,
    `${labelNl} ${quote(raw)} wordt gelezen als ${longDay(day, "nl")}${how.nl}; controleer of dit een echte datum is.`
  );
}
