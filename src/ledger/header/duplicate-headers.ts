/**
 * Two columns with the same header ("Bedrag" twice): the reader takes one for the field and ignores
 * the other, which must not happen silently — the ignored column may hold the right values. One
 * warning per such header names every column (letter and header), says which one is read, and how
 * to choose the other: the column mapping names a column by its letter.
 */
import { cellText } from "../cells/cell";
import { columnIndexOfLetter, columnLetter } from "./column-letter";
import { FIELD_LABELS, FIELD_LABELS_NL } from "./ledger-fields";
import type { ColumnMatch, LedgerField, LedgerIssue } from "../types";

const list = (letters: readonly string[], and: string): string =>
  letters.length <= 1
    ? (letters[0] ?? "")
    : `${letters.slice(0, -1).join(", ")} ${and} ${letters[letters.length - 1]}`;

/**
 * Warnings for headers that occur more than once in `headerCells` where one column is read and
 * another ignored. A group whose field the mapping assigns by column letter is left alone: the
 * mapping made the choice.
 */
export function duplicateHeaderIssues(
  headerCells: readonly unknown[],
  headerRow: number,
  columns: readonly ColumnMatch[],
  mapping: Partial<Record<LedgerField, string>> = {}
): LedgerIssue[] {
  const groups = new Map<string, number[]>();
  Array.from(headerCells, (cell) => cellText(cell).trim()).forEach((text, index) => {
    if (text === "") return;
    const key = text.replace(/\s+/g, " ").toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const byIndex = new Map(columns.map((column) => [column.index, column]));
  const issues: LedgerIssue[] = [];
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const read = indexes.flatMap((index) => byIndex.get(index) ?? []);
    const ignored = indexes.filter((index) => !byIndex.has(index));
    if (read.length === 0 || ignored.length === 0) continue;
    const chosen = read[0] as ColumnMatch;
    const target = mapping[chosen.field];
    if (target !== undefined && columnIndexOfLetter(target) === chosen.index) continue;
    const header = cellText(headerCells[chosen.index]).trim();
    const letters = indexes.map((index) => columnLetter(index));
    const ignoredLetters = ignored.map((index) => columnLetter(index));
    const other = ignoredLetters[0] as string;
    const two = indexes.length === 2;
    const one = ignored.length === 1;
    issues.push({
      row: headerRow,
      column: header,
      value: header,
      message: `Columns ${list(letters, "and")} are ${two ? "both" : "all"} headed "${header}": column ${chosen.letter} is read as ${FIELD_LABELS[chosen.field]}, ${one ? "column" : "columns"} ${list(ignoredLetters, "and")} ${one ? "is" : "are"} ignored. If ${other} holds the right values, map ${FIELD_LABELS[chosen.field]} to column ${other} in the column mapping, or rename one of the headers.`,
      messageNl: `De kolommen ${list(letters, "en")} hebben ${two ? "allebei" : "allemaal"} de kop "${header}": kolom ${chosen.letter} wordt gelezen als ${FIELD_LABELS_NL[chosen.field]}, ${one ? "kolom" : "kolommen"} ${list(ignoredLetters, "en")} ${one ? "wordt" : "worden"} genegeerd. Staan de juiste waarden in ${other}, wijs ${FIELD_LABELS_NL[chosen.field]} dan toe aan kolom ${other} in de kolomindeling, of geef een van de kolommen een andere kop.`,
      severity: "warning",
    });
  }
  return issues;
}
