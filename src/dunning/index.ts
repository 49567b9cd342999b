/** src/dunning: the reminder run over a ledger (the dunning policy itself is in src/core). */
export {
  DEFAULT_REMINDER_TOLERANCE,
  reminderRun,
  reviewReminders,
  type ReminderRunOptions,
} from "./reminder-run";
export {
  describeExclusion,
  type ExclusionReason,
  type ReminderExclusion,
} from "./reminder-exclusion";
export type {
  ProposalCredit,
  ProposalInvoice,
  ReminderProposal,
  ReminderReview,
} from "./reminder-proposal";
export { stopHolds, stopIndex, type DoNotRemindEntry, type ReminderStop } from "./do-not-remind";
