/**
 * Use-case: the reminder review of a run — who gets which letter on a day, and who is left out and
 * why — with the user's settings (tolerance, do-not-remind marks) and the kept hand-over records.
 * {@link analyse} builds it beside the report for the pane; the CLI's `remind` asks for it alone.
 * The review's texts (exclusion lines, JSON) are the same for every door.
 */
import type { Cents, IsoDay } from "../../core";
import {
  agreementRunOptions,
  agreementsOn,
  applyDisputes,
  type ConversationEntry,
  DEFAULT_PROMISE_GRACE_DAYS,
  reviewReminders,
  type ReminderReview,
} from "../../dunning";
import type { Ledger } from "../../ledger";
import { handoverKind, NO_HANDOVERS, type HandoverState } from "../../records";
import type { Settings } from "../settings/settings";

export { exclusionLines, reviewJson } from "../../dunning";

/**
 * The reminder review of `ledger` on `asOf` with `settings`' tolerance and do-not-remind marks;
 * `handovers`, the kept hand-over records, say to whom a handed-over invoice went. `conversation`,
 * the kept conversation log, is honoured (judged against `ledger`, so pass the ledger with the
 * payments applied — see applyRecords): a pending promise holds the invoices it covers until the
 * promised day plus the grace ("promise"), a kept or late arrangement holds its invoices
 * ("arrangement"), a broken one resumes the ladder, an open dispute holds its invoice only
 * ("disputed").
 */
export function reviewRun(
  ledger: Ledger,
  asOf: IsoDay,
  settings: Pick<Settings, "toleranceCents" | "doNotRemind"> & Partial<Pick<Settings, "calls">>,
  handovers: HandoverState = NO_HANDOVERS,
  conversation: readonly ConversationEntry[] = []
): ReminderReview {
  const agreements =
    conversation.length > 0
      ? agreementsOn(
          ledger,
          conversation,
          asOf,
          settings.calls?.promiseGraceDays ?? DEFAULT_PROMISE_GRACE_DAYS
        )
      : null;
  const review = reviewReminders(agreements ? applyDisputes(ledger, agreements) : ledger, asOf, {
    tolerance: settings.toleranceCents as Cents,
    doNotRemind: settings.doNotRemind,
    ...(agreements ? agreementRunOptions(agreements) : {}),
  });
  return withHandoverKinds(review, handovers);
}

/**
 * The review with each "handed-over" exclusion saying to whom, from the kept hand-over records:
 * an invoice of a factoring batch is "overgedragen aan de factor", not at the incassobureau.
 */
export function withHandoverKinds(review: ReminderReview, state: HandoverState): ReminderReview {
  if (state.records.length === 0) return review;
  const kinds = new Map(
    state.records.map((r) => [`${r.customerId}\u0000${r.invoiceId}`, handoverKind(r)])
  );
  return {
    ...review,
    excluded: review.excluded.map((e) => {
      const kind =
        e.reason === "handed-over" ? kinds.get(`${e.customerId}\u0000${e.invoiceId}`) : undefined;
      return kind === undefined ? e : { ...e, handedOverTo: kind };
    }),
  };
}
