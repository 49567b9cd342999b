/**
 * Finds the header row of a sheet: title rows ("Openstaande posten per 31-12-2025"), filter rows
 * ("Debiteur: alle") and blank rows above it are skipped by scoring each of the first rows on how
 * many of its cells name a ledger field, and taking the best row that has every required column.
 */
import { cellText } from "../cells/cell";
import { assignColumns, type ColumnAssignment } from "./column-assignment";
import { FIELD_LABELS, FIELD_LABELS_NL, REQUIRED_FIELDS } from "./ledger-fields";
import { LedgerError } from "../ledger-error";
import type { LedgerField } from "../types";
import { FIT_SAMPLE_ROWS } from "../cells/value-fit";

/** How many rows from the top may hold the header. */
export const HEADER_SCAN_ROWS = 30;

/** A row must score at least this much (two good names) to be taken for a header. */
const MIN_HEADER_SCORE = 1.5;

/** The detected header. */
export interface HeaderDetection extends ColumnAssignment {
  /** 0-based index of the header row in the values array. */
  index: number;
}

/** Required fields that `assignment` lacks, each a list of alternatives. */
function missingRequired(assignment: ColumnAssignment): (readonly LedgerField[])[] {
  const mapped = new Set(assignment.columns.map((column) => column.field));
  return REQUIRED_FIELDS.filter((alternatives) => !alternatives.some((field) => mapped.has(field)));
}

/** The cell texts of `row` in column order, "" for a blank cell. */
function rowTexts(row: readonly unknown[]): string[] {
  return Array.from(row, (value) => cellText(value));
}

/** The filled header texts of `row`, quoted and joined, or `none` when there are none. */
function describeHeaders(row: readonly unknown[], none = "no headers"): string {
  const texts = rowTexts(row).filter((text) => text !== "");
  return texts.length === 0 ? none : texts.map((text) => `"${text}"`).join(", ");
}

/** The data rows below the row at `index` that value fit looks at. */
function sampleBelow(
  values: readonly (readonly unknown[])[],
  index: number
): readonly (readonly unknown[])[] {
  return values.slice(index + 1, index + 1 + FIT_SAMPLE_ROWS);
}

function missingError(
  missing: readonly (readonly LedgerField[])[],
  row: readonly unknown[],
  sheetRow: number,
  sample: readonly (readonly unknown[])[]
): LedgerError {
  const names = (labels: { readonly [F in LedgerField]: string }, or: string): string =>
    missing.map((alternatives) => alternatives.map((field) => labels[field]).join(or)).join(", ");
  return new LedgerError(
    `The header row (row ${sheetRow}) has no column for ${names(FIELD_LABELS, " or ")}. Headers found: ${describeHeaders(row)}. ` +
      `Rename the column or map it explicitly.`,
    rowTexts(row),
    `De kopregel (rij ${sheetRow}) heeft geen kolom voor ${names(FIELD_LABELS_NL, " of ")}. Gevonden kolomkoppen: ${describeHeaders(row, "geen")}. ` +
      `Geef de kolom een herkenbare naam of wijs hem toe in de kolomindeling.`,
    sample
  );
}

/**
 * Detects (or, with `headerRow`, takes) the header row and maps its columns. Throws a
 * {@link LedgerError} when no row in the first {@link HEADER_SCAN_ROWS} looks like a header, or the
 * header lacks a required column (invoice number, amount, customer number or name).
 */
export function detectHeader(
  values: readonly (readonly unknown[])[],
  options: { headerRow?: number; firstRow: number; mapping?: Partial<Record<LedgerField, string>> }
): HeaderDetection {
  const { firstRow, mapping } = options;
  if (options.headerRow !== undefined) {
    const index = options.headerRow - firstRow;
    const row = values[index];
    if (row === undefined) {
      const rows = `${firstRow}-${firstRow + values.length - 1}`;
      throw new LedgerError(
        `Header row ${options.headerRow} is outside the sheet (rows ${rows}).`,
        [],
        `Kopregel ${options.headerRow} ligt buiten het blad (rijen ${rows}).`
      );
    }
    const sample = sampleBelow(values, index);
    const assignment = assignColumns(row, mapping, true, sample);
    const missing = missingRequired(assignment);
    if (missing.length > 0) throw missingError(missing, row, options.headerRow, sample);
    return { ...assignment, index };
  }

  let best: HeaderDetection | null = null;
  let bestComplete: HeaderDetection | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < limit; index++) {
    const assignment = assignColumns(
      values[index] ?? [],
      mapping,
      false,
      sampleBelow(values, index)
    );
    if (assignment.score < MIN_HEADER_SCORE) continue;
    const detection = { ...assignment, index };
    if (best === null || detection.score > best.score) best = detection;
    if (
      missingRequired(assignment).length === 0 &&
      (bestComplete === null || detection.score > bestComplete.score)
    ) {
      bestComplete = detection;
    }
  }
  if (bestComplete !== null) {
    // Re-assign strictly so a mapping that names no column of this row is reported, not skipped.
    const row = values[bestComplete.index] ?? [];
    const sample = sampleBelow(values, bestComplete.index);
    return { ...assignColumns(row, mapping, true, sample), index: bestComplete.index };
  }
  if (best !== null) {
    const row = values[best.index] ?? [];
    const sample = sampleBelow(values, best.index);
    throw missingError(missingRequired(best), row, firstRow + best.index, sample);
  }
  const firstFilled = values.slice(0, limit).find((row) => rowTexts(row).some((t) => t !== ""));
  const firstTexts = firstFilled === undefined ? undefined : describeHeaders(firstFilled);
  throw new LedgerError(
    `No header row found in the first ${HEADER_SCAN_ROWS} rows: expected column names such as ` +
      `Factuurnummer / Invoice number, Debiteur / Customer and Bedrag / Amount` +
      (firstTexts === undefined
        ? " (the sheet is empty)."
        : `; the first filled row has ${firstTexts}.`) +
      ` Rename the headers, or give the header row and a column mapping.`,
    firstFilled === undefined ? [] : rowTexts(firstFilled),
    `Geen kopregel gevonden in de eerste ${HEADER_SCAN_ROWS} rijen: verwacht werden kolomnamen zoals ` +
      `Factuurnummer / Invoice number, Debiteur / Customer en Bedrag / Amount` +
      (firstTexts === undefined
        ? " (het blad is leeg)."
        : `; de eerste gevulde rij bevat ${firstTexts}.`) +
      ` Pas de kolomkoppen aan, of geef de kopregel en een kolomindeling op.`
  );
}
