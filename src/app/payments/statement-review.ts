/**
 * The pane's use-cases around one bank statement: match again with the user's corrections (an
 * invoice picked for an unmatched credit, or a proposal moved to another invoice), the open invoices
 * the picker offers, the proposals grouped as the pane shows them, and the statements confirmed
 * earlier with undo per statement. The matching itself stays in src/payments; nothing here decides
 * what a credit pays.
 */
import type { Cents, IsoDay } from "../../core";
import {
  matchPayments,
  openInvoicesOf,
  payOrder,
  undoStatement,
  type ChosenInvoice,
  type OpenInvoice,
  type PaymentProposal,
  type PaymentRecord,
} from "../../payments";
import type { PaymentProposals } from "./payments";

/** The user's corrections: entry key → the invoices picked for that credit (none: leave it open). */
export type PaymentChoices = ReadonlyMap<string, readonly ChosenInvoice[]>;

/**
 * `proposals` matched again with `choices` (the statements and the ledger as read, the record
 * applied as before). Every cent is accounted for again; an invoice picked that is no longer open
 * leaves the credit unmatched with the reason.
 */
export function rematchPayments(
  proposals: PaymentProposals,
  recorded: readonly PaymentRecord[],
  choices: PaymentChoices
): PaymentProposals {
  const match = matchPayments(proposals.statements, proposals.applied.ledger, recorded, choices);
  return { ...proposals, match };
}

/** The open invoices a credit can be assigned to: by customer name (then number), oldest due first. */
export function pickableInvoices(proposals: PaymentProposals): OpenInvoice[] {
  const name = (i: OpenInvoice) => (i.customerName ?? i.customerId).toLocaleLowerCase("nl");
  return openInvoicesOf(proposals.applied.ledger).sort(
    (a, b) =>
      name(a).localeCompare(name(b), "nl") ||
      a.customerId.localeCompare(b.customerId, "nl") ||
      payOrder(a, b)
  );
}

/** The proposals as the pane groups them. */
export interface ProposalGroups {
  /** Paid in full, to the cent. */
  matched: PaymentProposal[];
  /** All allocated, something stays open. */
  partial: PaymentProposal[];
  /** More than was open; the rest unallocated. */
  overpaid: PaymentProposal[];
  /** One credit for two or more invoices (also counted in the group of its status). */
  several: PaymentProposal[];
  unmatched: PaymentProposal[];
  /** Confirmed before (reading the same statement again). */
  recorded: PaymentProposal[];
}

/** Groups `proposals` by status; a credit paying several invoices is listed under `several` instead. */
export function groupProposals(proposals: readonly PaymentProposal[]): ProposalGroups {
  const groups: ProposalGroups = {
    matched: [],
    partial: [],
    overpaid: [],
    several: [],
    unmatched: [],
    recorded: [],
  };
  for (const p of proposals) {
    if (p.status !== "recorded" && p.allocations.length > 1) groups.several.push(p);
    else groups[p.status].push(p);
  }
  return groups;
}

/** A statement confirmed earlier, as the list with Undo shows it. */
export interface ConfirmedStatement {
  readonly statementKey: string;
  /** The credits recorded (one credit may pay several invoices). */
  readonly credits: number;
  readonly invoices: number;
  readonly total: Cents;
  readonly from: IsoDay | null;
  readonly to: IsoDay | null;
}

/** The statements in `records`, in the order they were first recorded. */
export function confirmedStatements(records: readonly PaymentRecord[]): ConfirmedStatement[] {
  const byKey = new Map<
    string,
    { entries: Set<string>; invoices: number; total: number; days: IsoDay[] }
  >();
  for (const r of records) {
    const s = byKey.get(r.statementKey) ?? { entries: new Set(), invoices: 0, total: 0, days: [] };
    s.entries.add(r.entryKey);
    s.invoices += 1;
    s.total += r.amount;
    if (r.day !== null) s.days.push(r.day);
    byKey.set(r.statementKey, s);
  }
  return [...byKey].map(([statementKey, s]) => {
    const days = [...s.days].sort();
    return {
      statementKey,
      credits: s.entries.size,
      invoices: s.invoices,
      total: s.total as Cents,
      from: days[0] ?? null,
      to: days[days.length - 1] ?? null,
    };
  });
}

/** The record without the statement `statementKey` (undo); the other rows as they were. */
export function undoPaymentStatement(
  records: readonly PaymentRecord[],
  statementKey: string
): PaymentRecord[] {
  return undoStatement(records, statementKey);
}
