/** src/payments: bank statements matched to open invoices, and confirmed payments applied to a ledger. */
export type { BankStatement, StatementBalance, StatementEntry } from "./statement";
