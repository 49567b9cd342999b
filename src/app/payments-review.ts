/**
 * Use-case: the Betalingen tab — a bank statement read and matched ({@link proposePayments}),
 * corrected ({@link rematchPayments}, the picker's {@link pickableInvoices}), grouped for review
 * ({@link groupProposals}), confirmed into the record ({@link recordProposals}), and the statements
 * confirmed earlier with undo ({@link confirmedStatements}, {@link undoPaymentStatement}). This
 * module gathers them so the task pane loads them (and the statement readers) as one chunk on first
 * use ({@link loadPaymentsReview}).
 */
export { proposePayments, recordProposals, type PaymentProposals } from "./payments/payments";
export {
  confirmedStatements,
  groupProposals,
  pickableInvoices,
  rematchPayments,
  undoPaymentStatement,
  type ConfirmedStatement,
  type PaymentChoices,
  type ProposalGroups,
} from "./payments/statement-review";
