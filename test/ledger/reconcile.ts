/**
 * Test helper (not a test file): asserts the reconciliation invariant of a ledger read, stronger
 * than the tally itself checks: the control totals agree with the ledger's own columns and with the
 * issues (every rejected row has exactly one row with an error issue, no accepted row has one).
 */
import type { LedgerReadResult } from "../../src/ledger";

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Asserts accepted + rejected = read, in rows and in cents for amount and open amount. */
export function expectReconciled(result: LedgerReadResult, dataRowCount?: number): void {
  const { control, ledger, issues } = result;
  expect(control.accepted + control.rejected).toBe(control.rowsRead);
  expect(control.accepted).toBe(ledger.length);
  expect(control.amount.accepted + control.amount.rejected).toBe(control.amount.read);
  expect(control.open.accepted + control.open.rejected).toBe(control.open.read);
  expect(control.amount.accepted).toBe(sum(ledger.columns.amount));
  expect(control.open.accepted).toBe(sum(ledger.columns.openAmount));
  for (const value of [
    control.amount.read,
    control.amount.rejected,
    control.open.read,
    control.open.rejected,
  ]) {
    expect(Number.isSafeInteger(value)).toBe(true);
  }
  const errorRows = new Set(
    issues.filter((issue) => issue.severity === "error").map((issue) => issue.row)
  );
  expect(errorRows.size).toBe(control.rejected);
  for (const row of ledger.columns.sheetRow) expect(errorRows.has(row)).toBe(false);
  if (dataRowCount !== undefined)
    expect(control.rowsRead + control.blankRows + control.excluded.rows).toBe(dataRowCount);
}

/** The issues of one sheet row. */
export function issuesAt(result: LedgerReadResult, row: number): LedgerReadResult["issues"] {
  return result.issues.filter((issue) => issue.row === row);
}

/** The single field -> header text of a read, for compact assertions. */
export function mappedHeaders(result: LedgerReadResult): Record<string, string> {
  return Object.fromEntries(result.columns.map((column) => [column.field, column.header]));
}
