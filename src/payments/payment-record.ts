/**
 * The "Betalingen" record: the payments the user confirmed, one row per invoice a credit paid. It is
 * what {@link applyPayments} applies before every analysis and what {@link matchPayments} shows as
 * recorded when the same statement is read again. Undo is per statement: all its rows go.
 */
import type { Cents, IsoDay } from "../core";
import type { PaymentMatch, PaymentProposal } from "./match-payments";

/** One confirmed allocation of a credit to an invoice. */
export interface PaymentRecord {
  /** The statement (account and statement id): the unit of undo. */
  readonly statementKey: string;
  /** The credit within the statement. */
  readonly entryKey: string;
  readonly day: IsoDay | null;
  readonly customerId: string;
  readonly invoiceId: string;
  readonly amount: Cents;
  readonly name: string | null;
  readonly iban: string | null;
  readonly reference: string | null;
  /**
   * What the user's ledger itself (no record applied) showed open on the invoice when the payment
   * was confirmed: the base the payment comes off (see applyPayments). Absent or null in a record
   * from before this column, or typed by hand: then the invoice amount is the base.
   */
  readonly ledgerOpen?: Cents | null;
}

/**
 * The records of the proposals given (by default every proposal with an allocation, not recorded
 * yet). `ledgerOpen` gives the open amount of a ledger row as the user's ledger has it (no record
 * applied); each record keeps it as its base (see {@link PaymentRecord.ledgerOpen}).
 */
export function confirmProposals(
  match: PaymentMatch,
  accept: (proposal: PaymentProposal) => boolean = () => true,
  ledgerOpen: (row: number) => Cents | null = () => null
): PaymentRecord[] {
  return match.proposals
    .filter((p) => p.status !== "recorded" && p.allocations.length > 0 && accept(p))
    .flatMap((p) =>
      p.allocations.map((a): PaymentRecord => {
        const base = ledgerOpen(a.row);
        return {
          statementKey: p.statementKey,
          entryKey: p.entryKey,
          day: p.entry.bookingDay,
          customerId: a.customerId,
          invoiceId: a.invoiceId,
          amount: a.amount,
          name: p.entry.name,
          iban: p.entry.iban,
          reference: p.reference,
          ...(base === null ? {} : { ledgerOpen: base }),
        };
      })
    );
}

/** The record without the rows of one statement (undo); the other rows unchanged, in order. */
export function undoStatement(
  records: readonly PaymentRecord[],
  statementKey: string
): PaymentRecord[] {
  return records.filter((r) => r.statementKey !== statementKey);
}

/** The record with `added` appended; rows of a credit recorded before are replaced by the new ones. */
export function addPaymentRecords(
  records: readonly PaymentRecord[],
  added: readonly PaymentRecord[]
): PaymentRecord[] {
  const replaced = new Set(added.map((r) => r.entryKey));
  return [...records.filter((r) => !replaced.has(r.entryKey)), ...added];
}
