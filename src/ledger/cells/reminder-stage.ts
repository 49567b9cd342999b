/**
 * The reminder stage reached, on the Dutch ladder: 0 none, 1 herinnering (reminder), 2 aanmaning
 * (the 14-dagenbrief), 3 ingebrekestelling (notice of default), 4 incasso (handed to an agency).
 * Sheets write it as a number ("2"), an ordinal ("2e aanmaning") or a word ("Herinnering").
 */
import type { Cell } from "./cell";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";
import { normalizeHeader } from "../header/header-text";

/** Words checked in order (the 14-dagenbrief before its digits are mistaken for stage 14). */
const STAGE_WORDS: readonly (readonly [RegExp, number])[] = [
  [/^(geen|none|nee|no|0)$/, 0],
  [/(14dagenbrief|veertiendagen|aanmaning|dunning)/, 2],
  [/(ingebrekestelling|sommatie|noticeofdefault|finalnotice)/, 3],
  [/(incasso|collection|deurwaarder)/, 4],
  [/(herinnering|reminder)/, 1],
];

/**
 * Reads a reminder-stage cell; blank is null. `label` and `labelNl` name the field in the English
 * and Dutch message.
 */
export function readReminderStage(
  cell: Cell,
  label: string,
  labelNl: string
): FieldRead<number | null> {
  if (cell.kind === "blank") return readOk(null);
  if (cell.kind === "number") {
    if (Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= 99)
      return readOk(cell.value);
    return readFailed(
      `${label} ${cell.value} is not a reminder stage (a whole number 0-99).`,
      `${labelNl} ${String(cell.value).replace(".", ",")} is geen geldige fase (een geheel getal 0-99).`
    );
  }
  if (cell.kind !== "text")
    return readFailed(
      `${label} is not a reminder stage.`,
      `${labelNl} is geen geldige fase van de aanmaningsladder.`
    );
  const leading = /^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\b/.exec(cell.text.trim().toLowerCase());
  const word = normalizeHeader(cell.text);
  if (leading !== null && !word.startsWith("14dagen")) return readOk(Number(leading[1]));
  for (const [pattern, stage] of STAGE_WORDS) if (pattern.test(word)) return readOk(stage);
  return readFailed(
    `${label} ${quote(cell.text)} is not a reminder stage (a number, or herinnering / aanmaning / ingebrekestelling).`,
    `${labelNl} ${quote(cell.text)} is geen geldige fase (een getal, of herinnering / aanmaning / ingebrekestelling).`
  );
}
