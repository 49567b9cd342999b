/**
 * The payments use-case, one for every door: a bank statement file read and matched to the open
 * invoices of a ledger — with the payments confirmed earlier applied first — and the JSON the CLI
 * prints and the pane shows. The record itself is kept by each host (CSV for the CLI).
 */
import { centsToEuros, type Cents } from "../../core";
import type { Ledger } from "../../ledger";
import { exportCsvBytes, readBankStatement } from "../../formats";
import { paymentsTable } from "../../records";
import {
  addPaymentRecords,
  applyPayments,
  confirmProposals,
  matchPayments,
  type ApplyPaymentsResult,
  type BankStatement,
  type PaymentMatch,
  type PaymentRecord,
} from "../../payments";

/** A statement read and matched. */
export interface PaymentProposals {
  /** The ledger as read (no record applied): each confirmed payment keeps its open amount as base. */
  readonly read: Ledger;
  readonly statements: readonly BankStatement[];
  readonly match: PaymentMatch;
  /** The ledger as the matcher saw it: the record applied (what the next analysis sees too). */
  readonly applied: ApplyPaymentsResult;
}

/** Reads a CAMT.053 or MT940 file and matches its credits to `ledger` with `recorded` applied first. */
export function proposePayments(
  ledger: Ledger,
  statementBytes: Uint8Array,
  statementName: string,
  recorded: readonly PaymentRecord[] = []
): PaymentProposals {
  const statements = readBankStatement(statementBytes, statementName);
  const applied = applyPayments(ledger, recorded);
  const match = matchPayments(statements, applied.ledger, recorded);
  return { read: ledger, statements, match, applied };
}

const euros = (c: Cents): number => centsToEuros(c);

/**
 * The JSON of a match (euro amounts as numbers): `{ statement: { account, from, to, credits },
 * matched: [{ invoiceId, customerId, amount, reference, status, basis }], unmatched: [{ amount, name,
 * iban, text }], notApplicable, debits, totals: { matched, unmatched, notApplicable } }`. With more than
 * one statement in the file, `statement` spans them and `statements` lists each.
 */
export function paymentsJson(match: PaymentMatch): unknown {
  const first = match.statements[0];
  const days = match.statements
    .flatMap((s) => [s.from, s.to])
    .filter((d): d is string => d !== null)
    .sort();
  const entry = (e: PaymentMatch["proposals"][number]["entry"]) => ({
    amount: euros(e.amount),
    name: e.name,
    iban: e.iban,
    text: e.text,
    day: e.bookingDay,
  });
  return {
    statement: {
      account: first?.account ?? null,
      from: days[0] ?? null,
      to: days[days.length - 1] ?? null,
      credits: { count: match.totals.credits.count, total: euros(match.totals.credits.total) },
    },
    statements: match.statements.map((s) => ({
      ...s,
      credits: { count: s.credits.count, total: euros(s.credits.total) },
    })),
    matched: match.proposals.flatMap((p) =>
      p.allocations.map((a) => ({
        invoiceId: a.invoiceId,
        customerId: a.customerId,
        amount: euros(a.amount),
        reference: p.reference,
        status: p.status,
        basis: p.basis,
        entry: p.entryKey,
      }))
    ),
    unmatched: match.proposals
      .filter((p) => p.unallocated > 0)
      .map((p) => ({
        ...entry(p.entry),
        amount: euros(p.unallocated),
        status: p.status,
        reason: p.reason,
      })),
    notApplicable: match.notApplicable.map((n) => ({ ...entry(n.entry), reason: n.reason })),
    debits: match.debits.map((d) => entry(d.entry)),
    totals: {
      matched: euros(match.totals.matched),
      unmatched: euros(match.totals.unmatched),
      notApplicable: euros(match.totals.notApplicable),
      debits: euros(match.totals.debits.total),
    },
  };
}

/**
 * The record after confirming the proposals (all with an allocation, or those `accept` keeps) on
 * top of `recorded`: a credit confirmed again replaces its earlier rows. Given the proposals (not
 * only their match), each row keeps what the ledger as read showed open on its invoice, so the
 * payment comes off that and is not mistaken for one the ledger already has (see applyPayments).
 */
export function recordProposals(
  recorded: readonly PaymentRecord[],
  proposals: PaymentProposals | PaymentMatch,
  accept?: (proposal: PaymentMatch["proposals"][number]) => boolean
): PaymentRecord[] {
  if (!("match" in proposals))
    return addPaymentRecords(recorded, confirmProposals(proposals, accept));
  const open = proposals.read.columns.openAmount;
  return addPaymentRecords(
    recorded,
    confirmProposals(proposals.match, accept, (row) => (row >= 0 ? (open[row] ?? null) : null))
  );
}

/** The record as the CLI's `betalingen.csv` (UTF-8 with BOM, ";", control line last). */
export function paymentsCsvBytes(records: readonly PaymentRecord[]): Uint8Array {
  return exportCsvBytes(paymentsTable(records));
}
