/** src/dunning: the whole ladder — policy, timing, arrangements, the run, exclusions, claims owed on a day. */
export { claimsOwed, fourteenDayLetterState, invoiceSum, isOverdueClaim } from "./claims-owed";
export type {
  ClaimsOwed,
  ClaimsOwedOptions,
  InvoiceRef,
  OwedInvoice,
  OwedLine,
  SentStage,
} from "./claims-owed";
export { stopHolds, stopIndex } from "./do-not-remind";
export type { DoNotRemindEntry, ReminderStop } from "./do-not-remind";
export {
  DEFAULT_B2B_POLICY,
  DEFAULT_B2C_POLICY,
  defaultPolicy,
  validatePolicy,
} from "./dunning-policy";
export type { DebtorKind, DunningChannel, Policy, PolicyStage, StageKind } from "./dunning-policy";
export { nextReminder, stageDeadline } from "./next-reminder";
export { arrangementStatus } from "./payment-arrangement";
export type { ArrangementPayment, PaymentArrangement } from "./payment-arrangement";
export { describeExclusion } from "./reminder-exclusion";
export type { ExclusionReason, ReminderExclusion } from "./reminder-exclusion";
export type { ReminderLogEntry } from "./reminder-log-entry";
export type {
  ProposalCredit,
  ProposalInvoice,
  ReminderProposal,
  ReminderReview,
} from "./reminder-proposal";
export { DEFAULT_REMINDER_TOLERANCE, reminderRun, reviewReminders } from "./reminder-run";
export type { ReminderRunOptions } from "./reminder-run";
export { exclusionLines, reviewJson } from "./review-json";
export {
  DEFAULT_PROMISE_GRACE_DAYS,
  agreementRunOptions,
  agreementsOn,
  applyDisputes,
  openOnInvoices,
} from "./agreements";
export type { Agreements, ArrangementView, DisputeView, PromiseView } from "./agreements";
export { planInstalments } from "./arrangement-plan";
export type { InstalmentFrequency, PlanRequest } from "./arrangement-plan";
export type {
  Contact,
  ConversationEntry,
  ConversationKind,
  DisputeStatus,
  Weekday,
} from "./conversation";
export type { PromisePause } from "./reminder-run";
export type { Instalment } from "./payment-arrangement";
export { deliveryStopAdvice, reclaimText } from "./delivery-stop";
export type {
  DeliveryStop,
  DeliveryStopCode,
  DeliveryStopOptions,
  DeliveryStopReason,
} from "./delivery-stop";
export { reclaimPeriods, reclaimWindows } from "./reclaim";
export type { ReclaimOptions, ReclaimPeriods, ReclaimWindow } from "./reclaim";
export { callList } from "./call-list";
export type { CallItem, CallListOptions, CallReason, CallReasonCode } from "./call-list";
