/**
 * Assigns fields to the columns of one header row: explicit mapping first, then the best-scoring
 * (column, field) pairs greedily, so each field gets at most one column and each column one field.
 */
import { cellText } from "./cell";
import { columnIndexOfLetter, columnLetter } from "./column-letter";
import { matchHeader } from "./header-match";
import { FIELD_LABELS, FIELD_LABELS_NL, isLedgerField } from "./ledger-fields";
import { LedgerError } from "./ledger-error";
import type { ColumnMatch, LedgerField } from "./types";

/** The outcome for one header row. */
export interface ColumnAssignment {
  columns: ColumnMatch[];
  ignoredHeaders: string[];
  /** Sum of the confidences of detected columns and of mapped columns named by header text. */
  score: number;
}

/**
 * Resolves a mapping target to a column index: a header text of this row (case-insensitive, trimmed),
 * else a column letter; null when it is neither.
 */
function resolveTarget(
  target: string,
  headers: readonly string[]
): { index: number; byText: boolean } | null {
  const wanted = target.trim().toLowerCase();
  const byText = headers.findIndex((header) => header.toLowerCase() === wanted);
  if (byText >= 0) return { index: byText, byText: true };
  const byLetter = columnIndexOfLetter(target);
  return byLetter === null ? null : { index: byLetter, byText: false };
}

/**
 * Assigns fields to the cells of `row`. With `strict`, an explicit mapping that names no column of
 * the row throws a {@link LedgerError}; otherwise such a mapping entry is skipped (used while scanning
 * candidate header rows).
 */
export function assignColumns(
  row: readonly unknown[],
  mapping: Partial<Record<LedgerField, string>> = {},
  strict = false
): ColumnAssignment {
  const headers = Array.from(row, (value) => cellText(value));
  const columns: ColumnMatch[] = [];
  const taken = new Set<number>();
  const done = new Set<LedgerField>();
  let score = 0;
  const place = (field: LedgerField, index: number, confidence: number): void => {
    const header = headers[index] ?? "";
    columns.push({
      field,
      header: header === "" ? columnLetter(index) : header,
      index,
      letter: columnLetter(index),
      confidence,
    });
    taken.add(index);
    done.add(field);
  };

  for (const [field, target] of Object.entries(mapping)) {
    if (target === undefined) continue;
    if (!isLedgerField(field)) {
      throw new LedgerError(
        `The mapping names an unknown field "${field}".`,
        [],
        `De kolomindeling noemt een onbekend veld "${field}".`
      );
    }
    const resolved = resolveTarget(target, headers);
    if (resolved === null) {
      if (!strict) continue;
      const found = headers.filter((header) => header !== "").join(", ");
      throw new LedgerError(
        `The mapping for ${FIELD_LABELS[field]} names column "${target}", which is neither a header (${found || "none"}) nor a column letter.`,
        headers,
        `De kolomindeling voor ${FIELD_LABELS_NL[field]} noemt kolom "${target}", maar dat is geen kolomkop (${found || "geen"}) en geen kolomletter.`
      );
    }
    place(field, resolved.index, 1);
    if (resolved.byText) score += 1;
  }

  const candidates = headers.flatMap((header, index) =>
    taken.has(index) ? [] : matchHeader(header).map((candidate) => ({ ...candidate, index }))
  );
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  for (const candidate of candidates) {
    if (taken.has(candidate.index) || done.has(candidate.field)) continue;
    place(candidate.field, candidate.index, candidate.confidence);
    score += candidate.confidence;
  }

  columns.sort((a, b) => a.index - b.index);
  const ignoredHeaders = headers.filter((header, index) => header !== "" && !taken.has(index));
  return { columns, ignoredHeaders, score };
}
