/**
 * Keeps every sum over a ledger's rows exact. Cents are exact up to Number.MAX_SAFE_INTEGER
 * (€ 90.071.992.547.409,91); two rows of € 50.000.000.000.000 each already sum beyond it. The budget
 * adds up the *absolute* amounts and open amounts of the rows taken so far, so that any sum over
 * any subset of them, in any order (control totals, a customer's balance, an ageing bucket), stays
 * exact; the row that would exceed it is left out with an issue naming its row, column and value.
 */
import { formatCents, type Cents } from "../core";
import { cellText } from "./cells/cell";
import type { ColumnMatch, LedgerField, LedgerIssue } from "./types";

/** The sum of absolute amounts and open amounts of the rows taken. */
export class CentsBudget {
  private amount = 0;
  private open = 0;

  /**
   * Takes a row's `amount` and `open` into the budget and returns null, or returns which of the two
   * would make the sum inexact (and takes nothing).
   */
  take(amount: Cents, open: Cents): "amount" | "openAmount" | null {
    const nextAmount = this.amount + Math.abs(amount);
    if (!Number.isSafeInteger(nextAmount)) return "amount";
    const nextOpen = this.open + Math.abs(open);
    if (!Number.isSafeInteger(nextOpen)) return "openAmount";
    this.amount = nextAmount;
    this.open = nextOpen;
    return null;
  }
}

const LIMIT = Number.MAX_SAFE_INTEGER as Cents;

/**
 * The issue for a row the budget refused: `field`'s column when the sheet has one (an open amount
 * derived from the amount names the amount column), with the cell as it reads in the sheet.
 */
export function tooLargeIssue(
  row: readonly unknown[],
  sheetRow: number,
  field: "amount" | "openAmount",
  columns: ReadonlyMap<LedgerField, ColumnMatch>
): LedgerIssue {
  const column = columns.get(field) ?? columns.get("amount");
  const value = column === undefined ? "" : cellText(row[column.index]);
  const what = field === "amount" ? "Amount" : "Open amount";
  const whatNl = field === "amount" ? "Bedrag" : "Openstaand bedrag";
  return {
    row: sheetRow,
    column: column?.header ?? null,
    value,
    message: `${what} ${value} is left out: together with the rows above it, the amounts of the ledger would add up to more than ${formatCents(LIMIT, "en")}, beyond which they cannot be added up exactly to the cent. Check the largest amounts (a misplaced decimal separator?) or split the ledger.`,
    messageNl: `${whatNl} ${value} is niet meegenomen: samen met de rijen erboven komen de bedragen van de lijst boven ${formatCents(LIMIT, "nl")}, en daarboven zijn ze niet meer tot op de cent exact op te tellen. Controleer de grootste bedragen (een verkeerd decimaalteken?) of splits de lijst.`,
    severity: "error",
  };
}
