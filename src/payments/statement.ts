/**
 * A bank statement as the payment matcher sees it, whatever file it came from (CAMT.053 or MT940):
 * the account, the period, the opening and closing balances the bank states, and one entry per
 * booked line. Money in cents (entry amounts positive, the direction apart), days as ISO days.
 */
import type { Cents, IsoDay } from "../core";

/** A balance the bank states: signed cents (negative for a debit balance) on a day. */
export interface StatementBalance {
  readonly amount: Cents;
  readonly day: IsoDay | null;
}

/** One booked line of a statement. */
export interface StatementEntry {
  /** Where the line is in the file, for messages: "Ntry 3" (CAMT) or "line 14" (MT940). */
  readonly where: string;
  /** A key of the line unique within its statement (the bank's reference, or the line's position). */
  readonly key: string;
  /** Positive cents; see {@link direction}. */
  readonly amount: Cents;
  readonly direction: "credit" | "debit";
  /** ISO 4217 code of the amount booked (the account's currency). */
  readonly currency: string;
  readonly bookingDay: IsoDay | null;
  /** The counterparty: the payer of a credit, the payee of a debit. */
  readonly name: string | null;
  readonly iban: string | null;
  /** The unstructured remittance text (omschrijving), as the bank gave it; "" when none. */
  readonly text: string;
  /** A structured creditor reference (RF or betalingskenmerk) when the bank gave one apart. */
  readonly reference: string | null;
  /** A reversal (storno) of an earlier line: listed, never matched. */
  readonly reversal: boolean;
}

/** One statement: an account over a period. */
export interface BankStatement {
  /** "camt.053.001.02" and newer, or "MT940". */
  readonly format: string;
  /** The statement's own identification (CAMT Stmt/Id, MT940 :20: and :28C:). */
  readonly id: string;
  /** The account's IBAN (or account number as the bank wrote it). */
  readonly account: string;
  readonly currency: string;
  readonly from: IsoDay | null;
  readonly to: IsoDay | null;
  readonly opening: StatementBalance;
  readonly closing: StatementBalance;
  readonly entries: readonly StatementEntry[];
}
