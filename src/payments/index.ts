/** src/payments: bank statements matched to open invoices, and confirmed payments applied to a ledger. */
export { matchPayments, nameKey, statementKeyOf } from "./match-payments";
export type {
  ChosenInvoice,
  ListedEntry,
  MatchBasis,
  PaymentAllocation,
  PaymentMatch,
  PaymentProposal,
  RecordedAllocation,
} from "./match-payments";
export { openInvoicesOf, payOrder } from "./open-invoices";
export type { OpenInvoice } from "./open-invoices";
export type { BankStatement, StatementBalance, StatementEntry } from "./statement";
export { applyPayments } from "./apply-payments";
export type { AppliedRecord, ApplyPaymentsResult, PaymentEffect } from "./apply-payments";
export { addPaymentRecords, confirmProposals, undoStatement } from "./payment-record";
export type { PaymentRecord } from "./payment-record";
