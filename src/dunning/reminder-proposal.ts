/** What a reminder run proposes: one communication per customer, and the items it leaves out. */
import type { IsoDay, Cents } from "../core";
import type { DebtorKind, PolicyStage } from "./dunning-policy";
import type { ReminderExclusion } from "./reminder-exclusion";

/** An overdue invoice listed in a proposal. */
export interface ProposalInvoice {
  invoiceId: string;
  sheetRow: number;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay;
  openAmount: Cents;
  daysOverdue: number;
  /** Stage last sent (0: none). */
  fromStage: number;
  /**
   * Stage the invoice reaches with this proposal: `fromStage + 1` when its next stage is due
   * (an invoice moves at most one stage per run), else `fromStage` (listed because it is overdue).
   */
  toStage: number;
  /** Day its next stage falls (or fell) on, by the ladder; null when the ladder is finished. */
  nextStageDate: IsoDay | null;
  /**
   * What the invoice's own stage (`toStage`) allows a letter to claim on it: a new invoice listed
   * in an aanmaning is claimed as its own first reminder would be — no interest or collection costs
   * before its own ladder reaches them (for a consumer, no costs without its own 14-dagenbrief).
   */
  mayChargeInterest: boolean;
  mayChargeCollectionCosts: boolean;
}

/** An open credit note listed as a deduction. */
export interface ProposalCredit {
  invoiceId: string;
  sheetRow: number;
  invoiceDate: IsoDay | null;
  /** Negative. */
  openAmount: Cents;
}

/**
 * One proposed communication to one customer, at the highest stage among its listed invoices (the
 * stages due and the stages already sent).
 */
export interface ReminderProposal {
  customerId: string;
  customerName: string | null;
  debtor: DebtorKind;
  language: "nl" | "en";
  policyId: string;
  /**
   * 1-based stage number in the policy: the highest of the stages its invoices reach and
   * {@link ReminderProposal.highestSent} (never softer than the last letter while an invoice from it
   * is open).
   */
  stage: number;
  /** Highest stage already sent on one of the listed invoices (0: none). */
  highestSent: number;
  /** The policy stage (channels, template, what may be charged). */
  policyStage: PolicyStage;
  /** Stage name in the customer's language. */
  stageName: string;
  /** Day the run was made on; the proposal is to be sent that day. */
  sendOn: IsoDay;
  /** New payment deadline (business day), or null for a stage without a term (hand-over). */
  paymentDeadline: IsoDay | null;
  /** All the customer's overdue, non-excluded invoices, oldest due date first. */
  invoices: ProposalInvoice[];
  /** The customer's open credit notes, shown as deductions. */
  credits: ProposalCredit[];
  overdueTotal: Cents;
  /** Sum of the credit notes (zero or negative). */
  creditTotal: Cents;
  /** overdueTotal + creditTotal. */
  amountDue: Cents;
}

/** The full result of a run: the proposals and every open item left out, with its reason. */
export interface ReminderReview {
  asOf: IsoDay;
  proposals: ReminderProposal[];
  excluded: ReminderExclusion[];
}
