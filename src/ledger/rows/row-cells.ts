/**
 * Access to one data row by field, and the issues raised while reading it. Each issue names the
 * sheet row, the column's header text and the raw cell, so a person can find and fix it.
 */
import { cellText, classifyCell, type Cell } from "../cells/cell";
import type { FieldRead } from "./field-read";
import type { ColumnMatch, LedgerField, LedgerIssue } from "../types";

/** One data row being read. */
export class RowCells {
  /** Errors: any one of them rejects the row. */
  readonly errors: LedgerIssue[] = [];
  /** Warnings: reported only when the row is accepted. */
  readonly warnings: LedgerIssue[] = [];

  constructor(
    private readonly row: readonly unknown[],
    readonly sheetRow: number,
    private readonly columns: ReadonlyMap<LedgerField, ColumnMatch>
  ) {}

  /** True when the sheet has a column for `field`. */
  has(field: LedgerField): boolean {
    return this.columns.has(field);
  }

  /** The header text of `field`'s column, or null when there is none. */
  header(field: LedgerField): string | null {
    return this.columns.get(field)?.header ?? null;
  }

  /** The raw value of `field`'s cell (undefined without a column). */
  raw(field: LedgerField): unknown {
    const column = this.columns.get(field);
    return column === undefined ? undefined : this.row[column.index];
  }

  /** The classified cell of `field` (blank without a column). */
  cell(field: LedgerField): Cell {
    return classifyCell(this.raw(field));
  }

  /**
   * Records an issue about `field`'s cell, or a whole-row issue when `field` is null, with its
   * message in English and Dutch.
   */
  report(
    field: LedgerField | null,
    message: string,
    messageNl: string,
    severity: LedgerIssue["severity"],
    value?: string
  ): void {
    const issue: LedgerIssue = {
      row: this.sheetRow,
      column: field === null ? null : this.header(field),
      value: value ?? (field === null ? "" : cellText(this.raw(field))),
      message,
      messageNl,
      severity,
    };
    (severity === "error" ? this.errors : this.warnings).push(issue);
  }

  /**
   * The value of a read, reporting its warning; on failure reports the message with `severity`
   * and returns `fallback`.
   */
  take<T>(
    field: LedgerField,
    read: FieldRead<T>,
    severity: LedgerIssue["severity"],
    fallback: T
  ): T {
    if (read.ok) {
      if (read.warning !== undefined) this.report(field, read.warning, read.warningNl, "warning");
      return read.value;
    }
    this.report(field, read.message, read.messageNl, severity);
    return fallback;
  }
}
