/**
 * Reads a date cell: a Date (its UTC calendar day, as exceljs hands dates over), an Excel serial in
 * the workbook's date system, a compact number such as 20261122, or text in the column's day order.
 */
import { CoreError } from "../core/assert";
import { dayFromUtcDate, yearOf, type IsoDay } from "../core/day";
import { dayOrderOf, parseDayText, type DayOrder } from "../core/day-text";
import { serialToDay, type DateSystem } from "../core/excel-serial";
import type { Cell } from "./cell";
import type { ColumnDecision } from "./column-decision";
import { quote, readFailed, readOk, type FieldRead } from "./field-read";

/** Years outside this range are read but flagged: a serial such as 45 is most likely no date at all. */
const PLAUSIBLE_YEARS = { from: 1950, to: 2199 };

const ORDER_NAMES: Readonly<Record<DayOrder, string>> = { dmy: "day-first", mdy: "month-first" };

/** Reads a non-blank date cell; `label` names the field in messages ("Due date"). */
export function readDateCell(
  cell: Cell,
  label: string,
  decision: ColumnDecision<DayOrder>,
  dateSystem: DateSystem
): FieldRead<IsoDay> {
  switch (cell.kind) {
    case "blank":
      return readFailed(`${label} is empty.`);
    case "error":
      return readFailed(`${label} is the Excel error ${cell.code}, not a date.`);
    case "boolean":
      return readFailed(`${label} ${cell.value ? "TRUE" : "FALSE"} is a yes/no value, not a date.`);
    case "date":
      return plausible(dayFromUtcDate(cell.date), label, cell.date.toISOString());
    case "number":
      return readDateNumber(cell.value, label, dateSystem);
    case "text":
      return readDateText(cell.text, label, decision, dateSystem);
  }
}

function readDateNumber(value: number, label: string, dateSystem: DateSystem): FieldRead<IsoDay> {
  // A whole number 19000101..29991231 is a compact yyyymmdd date, as some exports write them.
  if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) {
    const compact = parseDayText(String(value));
    if (compact.ok) return readOk(compact.day);
  }
  try {
    return plausible(
      serialToDay(value, dateSystem),
      label,
      String(value),
      ` (Excel serial, ${dateSystem} date system)`
    );
  } catch (error) {
    if (error instanceof CoreError) return readFailed(`${label}: ${error.message}`);
    throw error;
  }
}

function readDateText(
  text: string,
  label: string,
  decision: ColumnDecision<DayOrder>,
  dateSystem: DateSystem
): FieldRead<IsoDay> {
  // A CSV of a sheet with date serials holds them as text ("45292", "45292.5").
  if (/^\d{5}(\.\d+)?$/.test(text)) return readDateNumber(Number(text), label, dateSystem);
  const own = dayOrderOf(text);
  const order = own === "dmy" || own === "mdy" ? own : (decision.value ?? undefined);
  const result = parseDayText(text, order);
  if (!result.ok) {
    const hint =
      own === "ambiguous" && decision.value === null
        ? " Give the day order (dmy or mdy) to read it."
        : "";
    return readFailed(`${label}: ${result.reason}${hint}`);
  }
  if (decision.conflicting && decision.value !== null) {
    if (own === "ambiguous") {
      return readOk(
        result.day,
        `${label} ${quote(text)} was read as ${result.day} (${ORDER_NAMES[decision.value]}, the column's majority), but the column mixes day orders.`
      );
    }
    if (own !== "none" && own !== decision.value) {
      return readOk(
        result.day,
        `${label} ${quote(text)} is written ${ORDER_NAMES[own]} while most of the column is ${ORDER_NAMES[decision.value]}; read as ${result.day}.`
      );
    }
  }
  return plausible(result.day, label, text);
}

function plausible(day: IsoDay, label: string, raw: string, how = ""): FieldRead<IsoDay> {
  const year = yearOf(day);
  if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return readOk(day);
  return readOk(
    day,
    `${label} ${quote(raw)} reads as ${day}${how}; please check that this is a real date.`
  );
}
