/**
 * Assigns fields to the columns of one header row: explicit mapping first, then the best-scoring
 * (column, field) pairs greedily, so each field gets at most one column and each column one field.
 * Given the data rows below the header, a candidate whose column's values do not fit the field
 * (see value-fit.ts) is not taken, and of two customer columns named equally well the one holding
 * codes is the customer number.
 */
import { cellText } from "../cells/cell";
import { columnIndexOfLetter, columnLetter } from "./column-letter";
import { matchHeader } from "./header-match";
import { FIELD_LABELS, FIELD_LABELS_NL, isLedgerField } from "./ledger-fields";
import { LedgerError } from "../ledger-error";
import type { ColumnMatch, LedgerField } from "../types";
import { codeLikeness, fieldFit, filledCells, MIN_EVIDENCE, MIN_FIT } from "../cells/value-fit";

/** An empty column (data given) ranks as if its name were this much weaker. */
const EMPTY_COLUMN_RANK = 0.7;

/** A definite name whose values contradict it ranks as if it were this much weaker. */
const MISFIT_RANK = 0.5;

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
 * candidate header rows). `data` are rows below the header (a sample is enough): with them, the
 * values decide between names that fit more than one field; without them, the names alone.
 */
export function assignColumns(
  row: readonly unknown[],
  mapping: Partial<Record<LedgerField, string>> = {},
  strict = false,
  data: readonly (readonly unknown[])[] = []
): ColumnAssignment {
  const headers = Array.from(row, (value) => cellText(value));
  const columns: ColumnMatch[] = [];
  const taken = new Set<number>();
  const done = new Set<LedgerField>();
  let score = 0;
  const cellsOf = new Map<number, ReturnType<typeof filledCells>>();
  const cells = (index: number) => {
    let found = cellsOf.get(index);
    if (found === undefined) cellsOf.set(index, (found = filledCells(data, index)));
    return found;
  };
  const fitOf = (field: LedgerField, index: number): number | null =>
    data.length === 0 ? null : fieldFit(field, cells(index), headers[index] ?? "");
  const place = (field: LedgerField, index: number, confidence: number): void => {
    const header = headers[index] ?? "";
    const fit = data.length > 0 && cells(index).length >= MIN_EVIDENCE ? fitOf(field, index) : null;
    columns.push({
      field,
      header: header === "" ? columnLetter(index) : header,
      index,
      letter: columnLetter(index),
      confidence,
      ...(fit === null ? {} : { fit: Math.round(fit * 100) / 100 }),
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

  const candidates = headers.flatMap((header, index) => {
    if (taken.has(index)) return [];
    const named = matchHeader(header).map((candidate) => ({
      ...candidate,
      fit: fitOf(candidate.field, index),
    }));
    const misfit = (fit: number | null) => fit !== null && fit < MIN_FIT;
    // A name the values contradict is dropped when it is weak, or when another meaning of the same
    // name fits ("Factuur" holding amounts); a definite name with bad values stays, so each bad
    // cell is reported on its row.
    const otherFits = (field: LedgerField) =>
      named.some((c) => c.field !== field && c.fit !== null && c.fit >= MIN_FIT);
    const empty = data.length > 0 && cells(index).length === 0;
    return named.flatMap((candidate) => {
      if (misfit(candidate.fit) && (candidate.confidence < 1 || otherFits(candidate.field)))
        return [];
      // Of equally named customer columns, codes make the number and names the name.
      const customer = candidate.field === "customerId" || candidate.field === "customerName";
      const codes = customer && data.length > 0 ? codeLikeness(cells(index)) : 0;
      return [
        {
          field: candidate.field,
          confidence: candidate.confidence,
          index,
          // An empty column, or one whose values contradict its name, yields to one whose values
          // fit; equal names rank codes first for the number.
          rank:
            candidate.confidence *
            (empty ? EMPTY_COLUMN_RANK : 1) *
            (misfit(candidate.fit) ? MISFIT_RANK : 1),
          order: candidate.field === "customerId" ? -codes : codes,
        },
      ];
    });
  });
  candidates.sort((a, b) => b.rank - a.rank || a.order - b.order || a.index - b.index);
  for (const candidate of candidates) {
    if (taken.has(candidate.index) || done.has(candidate.field)) continue;
    place(candidate.field, candidate.index, candidate.confidence);
    score += candidate.confidence;
  }

  columns.sort((a, b) => a.index - b.index);
  const ignoredHeaders = headers.filter((header, index) => header !== "" && !taken.has(index));
  return { columns, ignoredHeaders, score };
}
