/**
 * The timing of the reminder ladder: when the next stage of a policy falls for one invoice, and the
 * payment deadline a stage gives. Every planned date and deadline that falls on a Saturday, Sunday or
 * Dutch holiday moves to the next business day (art. 1 and 3 Algemene termijnenwet).
 */
import {
  assert,
  rollToBusinessDay,
  nextBusinessDay,
  addDays,
  isIsoDay,
  type IsoDay,
  describeValue,
} from "../core";
import { defaultPolicy, type DebtorKind, type Policy, type PolicyStage } from "./dunning-policy";

/** Input of {@link nextReminder}. */
export interface NextReminderInput {
  /** Due date of the invoice. */
  due: IsoDay;
  /** Last stage sent (1-based); 0 or absent when none was sent. */
  lastStage?: number;
  /** Day the last stage was sent; required when `lastStage` is 1 or more. */
  lastSent?: IsoDay;
  debtor: DebtorKind;
  /** The ladder; the default policy for `debtor` when absent. */
  policy?: Policy;
  /** Language of the returned stage name (default "nl"). */
  language?: "nl" | "en";
}

/** The next stage of the ladder and the business day it falls on. */
export interface NextReminder {
  /** 1-based stage number in the policy. */
  stage: number;
  /** Stage name in the requested language. */
  name: string;
  date: IsoDay;
}

/**
 * The day a stage's payment term runs out, moved to the next business day when it ends on a weekend
 * or holiday: sent + days, or for a term counted from receipt (the 14-dagenbrief) receipt + days,
 * where receipt = sent + `policy.deliveryDays` and the days start the day after receipt. Null for a
 * stage without a term (hand-over).
 */
export function stageDeadline(policy: Policy, stage: PolicyStage, sent: IsoDay): IsoDay | null {
  if (stage.term === null) return null;
  const start = stage.term.from === "receipt" ? addDays(sent, policy.deliveryDays) : sent;
  return rollToBusinessDay(addDays(start, stage.term.days));
}

/**
 * The business day stage `stageNumber` (1-based, 2 or more) falls on when the previous stage was sent
 * on `previousSent`.
 */
function laterStageDate(policy: Policy, stageNumber: number, previousSent: IsoDay): IsoDay {
  const stage = policy.stages[stageNumber - 1] as PolicyStage;
  const previous = policy.stages[stageNumber - 2] as PolicyStage;
  switch (stage.offset.from) {
    case "previous-term-end": {
      // The previous letter's term must have run out completely, so the stage falls on the first
      // business day *after* the (already rolled) last day of that term.
      const deadline = stageDeadline(policy, previous, previousSent);
      assert(deadline, "policy.invalid-offset", `Stage ${stageNumber - 1} gives no term.`);
      return nextBusinessDay(deadline);
    }
    case "previous-sent":
      return rollToBusinessDay(addDays(previousSent, stage.offset.days));
    case "due":
      throw new Error(`Stage ${stageNumber} counts from the due date; only stage 1 may.`);
  }
}

/**
 * The next stage for an invoice and the business day it falls on, or null when the ladder is
 * finished (the last stage was sent). The first stage counts from the due date; every later stage
 * from the day the previous one was actually sent (not from when it was planned), so a late letter
 * pushes the rest of the ladder back.
 */
export function nextReminder(input: NextReminderInput): NextReminder | null {
  const policy = input.policy ?? defaultPolicy(input.debtor);
  const last = input.lastStage ?? 0;
  assert(
    isIsoDay(input.due),
    "reminder.invalid-due",
    `${describeValue(input.due)} is not a due date (YYYY-MM-DD).`
  );
  assert(
    Number.isInteger(last) && last >= 0,
    "reminder.invalid-stage",
    `${describeValue(input.lastStage)} is not a reminder stage (a whole number, 0 for none).`
  );
  if (last >= policy.stages.length) return null;
  const stage = policy.stages[last] as PolicyStage;
  let date: IsoDay;
  if (last === 0) {
    assert(
      stage.offset.from === "due",
      "policy.invalid-offset",
      `Stage 1 of policy ${policy.id} must count from the due date.`
    );
    date = rollToBusinessDay(addDays(input.due, stage.offset.days));
  } else {
    assert(
      isIsoDay(input.lastSent),
      "reminder.missing-sent",
      `Stage ${last} was sent, but its date ${describeValue(input.lastSent)} is not a day (YYYY-MM-DD).`
    );
    date = laterStageDate(policy, last + 1, input.lastSent);
  }
  return { stage: last + 1, name: stage.name[input.language ?? "nl"], date };
}
