/**
 * The ladder step of one open invoice on a run day: excluded (with the reason), waiting for its next
 * stage, or due to move one stage on.
 */
import { nextBusinessDay, compareDays, type IsoDay, type Cents } from "../core";
import type { Policy } from "./dunning-policy";
import { nextReminder } from "./next-reminder";
import type { ArrangementStatus } from "./payment-arrangement";
import type { ReminderStop } from "./do-not-remind";
import type { ExclusionReason } from "./reminder-exclusion";

/** What {@link invoiceStep} needs to know about one invoice. */
export interface StepInput {
  dueDate: IsoDay | null;
  openAmount: Cents;
  currency: string;
  disputed: boolean;
  writtenOff: boolean;
  handedOver: boolean;
  /** The do-not-remind mark holding on the run day (ledger or user), or null. */
  stop: ReminderStop | null;
  lastStage: number;
  lastSent: IsoDay | null;
  /** Status of the payment arrangement covering the invoice, if any. */
  arrangement: { id: string; status: ArrangementStatus } | null;
  /** Last day a promise to pay covering the invoice holds the ladder (promised day + grace), or null. */
  promise?: IsoDay | null;
}

/** The step of one invoice. */
export type InvoiceStep =
  | {
      kind: "excluded";
      reason: ExclusionReason;
      date: IsoDay | null;
    }
  | { kind: "waiting" | "due"; dueDate: IsoDay; nextStage: number; nextDate: IsoDay };

/**
 * Decides the step of one positive open invoice on `asOf` under `policy`. Reasons are checked in
 * the order of {@link ExclusionReason}; an invoice is never reminded on or before its due date, and
 * never moves more than one stage (the next stage is computed from the last one actually sent).
 * A broken arrangement resumes the ladder: the next stage falls no earlier than the first business
 * day after the missed instalment.
 */
export function invoiceStep(
  input: StepInput,
  asOf: IsoDay,
  policy: Policy,
  tolerance: Cents
): InvoiceStep {
  const excluded = (reason: ExclusionReason, date: IsoDay | null = null): InvoiceStep => ({
    kind: "excluded",
    reason,
    date,
  });
  if (input.currency !== "EUR") return excluded("other-currency");
  if (input.writtenOff) return excluded("written-off");
  if (input.handedOver) return excluded("handed-over");
  if (input.disputed) return excluded("disputed");
  if (input.stop !== null) return excluded("do-not-remind", input.stop.until);
  if (input.dueDate === null) return excluded("no-due-date");
  if (compareDays(asOf, input.dueDate) <= 0) return excluded("not-due", input.dueDate);
  const arrangement = input.arrangement?.status;
  if (arrangement?.status === "kept")
    return excluded("arrangement", arrangement.nextInstalment?.due ?? null);
  if (input.promise && compareDays(asOf, input.promise) <= 0)
    return excluded("promise", input.promise);
  if (input.openAmount < tolerance) return excluded("below-tolerance");
  if (input.lastStage > 0 && input.lastSent === null) return excluded("missing-reminder-date");
  const next = nextReminder({
    due: input.dueDate,
    lastStage: input.lastStage,
    lastSent: input.lastSent ?? undefined,
    debtor: policy.debtor,
    policy,
  });
  if (next === null) return excluded("ladder-finished");
  let nextDate = next.date;
  if (arrangement?.status === "late") {
    const resume = nextBusinessDay(arrangement.missed.due);
    if (compareDays(resume, nextDate) > 0) nextDate = resume;
  }
  return {
    kind: compareDays(nextDate, asOf) <= 0 ? "due" : "waiting",
    dueDate: input.dueDate,
    nextStage: next.stage,
    nextDate,
  };
}
