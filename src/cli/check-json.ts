/**
 * The `--json` output of `openstaand check`: the keys the issue specifies, amounts in euros (numbers
 * with at most 2 decimals, exact from cents), plus dayOrder, notation, blankRows and each issue's
 * severity, and each issue's Dutch text (`messageNl`, whatever `--lang`).
 */
import { centsToEuros } from "../core/money";
import { blockedRows } from "../app/do-not-remind";
import type { LedgerFileResult } from "../files/read-ledger-file";

/** The JSON object `openstaand check --json` prints. */
export interface CheckJson {
  file: string;
  headerRow: number;
  columns: { field: string; header: string; confidence: number }[];
  rows: number;
  accepted: number;
  rejected: number;
  totals: { amount: number; open: number };
  issues: {
    row: number;
    column: string | null;
    value: string;
    message: string;
    /** The same message in Dutch. */
    messageNl: string;
    severity: "error" | "warning";
  }[];
  dayOrder: string | null;
  notation: string | null;
  blankRows: number;
  /** Rows the ledger marks as do-not-remind (a status such as "Niet aanmanen", or a yes/no column). */
  blocked: number;
}

/** Builds the JSON object for `result`, read from `file` (the path as the user gave it). */
export function checkJson(file: string, result: LedgerFileResult): CheckJson {
  const { control } = result;
  return {
    file,
    headerRow: result.headerRow,
    columns: result.columns.map(({ field, header, confidence }) => ({ field, header, confidence })),
    rows: control.rowsRead,
    accepted: control.accepted,
    rejected: control.rejected,
    totals: { amount: centsToEuros(control.amount.read), open: centsToEuros(control.open.read) },
    issues: result.issues.map(({ row, column, value, message, messageNl, severity }) => ({
      row,
      column,
      value,
      message,
      messageNl,
      severity,
    })),
    dayOrder: result.dayOrder,
    notation: result.notation,
    blankRows: control.blankRows,
    blocked: blockedRows(result.ledger),
  };
}
