/**
 * The `--json` output of `openstaand check`: the keys the issue specifies, amounts in euros (numbers
 * with at most 2 decimals, exact from cents), plus dayOrder, notation, blankRows and each issue's
 * severity, and each issue's Dutch text (`messageNl`, whatever `--lang`); and the control totals
 * split into read / accepted / rejected, per currency when there is more than one. `totals` stays
 * the column sums as before (for compatibility); with several currencies read `control` instead.
 */
import { centsToEuros } from "../core";
import { blockedRows } from "../app";
import type { ControlTotals, CurrencyControl } from "../ledger";
import type { LedgerFileResult } from "../formats";

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
    severity: "error" | "warning" | "info";
  }[];
  dayOrder: string | null;
  notation: string | null;
  blankRows: number;
  /** Rows the ledger marks as do-not-remind (a status such as "Niet aanmanen", or a yes/no column). */
  blocked: number;
  /** The currencies of the rows read, the default currency first. */
  currencies: string[];
  /**
   * The control totals split: rows, amount and open of the rows read, accepted and rejected. With
   * one currency each is `{ rows, amount, open }`; with more, each is keyed by currency code
   * (`{ EUR: { rows, amount, open }, USD: { … } }`), amounts in units of that currency: amounts in
   * different currencies are never added.
   */
  control: Record<ControlSide, ControlPart | Record<string, ControlPart>>;
  /** Totals rows of the export itself: left out of every figure, their amounts as printed. */
  excluded: { rows: number; amount: number; open: number };
}

type ControlSide = "read" | "accepted" | "rejected";

/** Rows, amount and open amount of one part of the control totals (amounts in units, 2 decimals). */
export interface ControlPart {
  rows: number;
  amount: number;
  open: number;
}

function controlSplit(control: ControlTotals): CheckJson["control"] {
  const part = (c: Omit<CurrencyControl, "currency">, side: ControlSide): ControlPart => ({
    rows: side === "read" ? c.rowsRead : c[side],
    amount: centsToEuros(c.amount[side]),
    open: centsToEuros(c.open[side]),
  });
  const sides: ControlSide[] = ["read", "accepted", "rejected"];
  const split = {} as CheckJson["control"];
  for (const side of sides) {
    split[side] =
      control.currencies.length > 1
        ? Object.fromEntries(control.currencies.map((c) => [c.currency, part(c, side)]))
        : part(control, side);
  }
  return split;
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
    currencies: control.currencies.map((c) => c.currency),
    control: controlSplit(control),
    excluded: {
      rows: control.excluded.rows,
      amount: centsToEuros(control.excluded.amount),
      open: centsToEuros(control.excluded.open),
    },
  };
}
