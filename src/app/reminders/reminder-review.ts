/**
 * Use-case: the reminder review of a run — who gets which letter on a day, and who is left out and
 * why — with the user's settings (tolerance, do-not-remind marks) and the kept hand-over records.
 * {@link analyse} builds it beside the report for the pane; the CLI's `remind` asks for it alone.
 * The review's texts (exclusion lines, JSON) are the same for every door.
 */
import type { Cents, IsoDay } from "../../core";
import { reviewReminders, type ReminderReview } from "../../dunning";
import type { Ledger } from "../../ledger";
import { handoverKind, NO_HANDOVERS, type HandoverState } from "../../records";
import type { Settings } from "../settings/settings";

export { exclusionLines, reviewJson } from "../../dunning";

/**
 * The reminder review of `ledger` on `asOf` with `settings`' tolerance and do-not-remind marks;
 * `handovers`, the kept hand-over records, say to whom a handed-over invoice went.
 */
export function reviewRun(
  ledger: Ledger,
  asOf: IsoDay,
  settings: Pick<Settings, "toleranceCents" | "doNotRemind">,
  handovers: HandoverState = NO_HANDOVERS
): ReminderReview {
  const review = reviewReminders(ledger, asOf, {
    tolerance: settings.toleranceCents as Cents,
    doNotRemind: settings.doNotRemind,
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
