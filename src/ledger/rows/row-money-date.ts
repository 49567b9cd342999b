/**
 * Reading a money or a date cell of a data row with the sheet's notation or day order; a blank
 * cell gives null without an issue, an unreadable one an issue of the given severity.
 */
import type { IsoDay } from "../../core";
import { readDateCell } from "../cells/date-cell";
import { FIELD_LABELS, FIELD_LABELS_NL } from "../header/ledger-fields";
import { readMoneyCell, type Money } from "../cells/money-cell";
import type { DateField, MoneyField, RowContext } from "./row-context";
import type { RowCells } from "./row-cells";
import type { LedgerIssue } from "../types";

/** Reads a money cell; blank gives null without an issue. */
export function rowMoney(
  cells: RowCells,
  field: MoneyField,
  ctx: RowContext,
  severity: LedgerIssue["severity"]
): Money | null {
  const cell = cells.cell(field);
  if (cell.kind === "blank") return null;
  return cells.take(
    field,
    readMoneyCell(cell, FIELD_LABELS[field], FIELD_LABELS_NL[field], ctx.notations[field]),
    severity,
    null
  );
}

/** Reads a date cell; blank gives null without an issue. */
export function rowDay(
  cells: RowCells,
  field: DateField,
  ctx: RowContext,
  severity: LedgerIssue["severity"]
): IsoDay | null {
  const cell = cells.cell(field);
  if (cell.kind === "blank") return null;
  return cells.take(
    field,
    readDateCell(
      cell,
      FIELD_LABELS[field],
      FIELD_LABELS_NL[field],
      ctx.dayOrders[field],
      ctx.dateSystem
    ),
    severity,
    null
  );
}
