/**
 * Use-case: which customers can be handed over to an incassobureau or factoring company — those
 * with overdue open invoices not handed over yet. Pure.
 */
import { diffDays, type IsoDay, type Cents } from "../../core";
import { isOverdueClaim, type ReminderReview } from "../../dunning";
import type { Ledger } from "../../ledger";

/** A customer that can be handed over: it has overdue open invoices not handed over yet. */
export interface HandoverCandidate {
  customerId: string;
  name: string | null;
  /** Sum of the overdue open invoices not yet handed over. */
  overdue: Cents;
  invoiceCount: number;
  /** Days past due of the oldest of them. */
  oldestDays: number;
  /** Highest reminder stage reached among them (0: none). */
  stage: number;
  /** The reminder run proposes the hand-over stage for this customer. */
  due: boolean;
}

/**
 * The customers with overdue, open, euro, non-written-off invoices that are not handed over,
 * those whose ladder reached the hand-over stage first, then by overdue amount.
 */
export function handoverCandidates(
  ledger: Ledger,
  review: ReminderReview,
  asOf: IsoDay
): HandoverCandidate[] {
  const c = ledger.columns;
  const dueIds = new Set(
    review.proposals.filter((p) => p.policyStage.kind === "handover").map((p) => p.customerId)
  );
  const byId = new Map<string, HandoverCandidate>();
  for (let i = 0; i < ledger.length; i++) {
    if (c.handedOver[i] || !isOverdueClaim(c, i, asOf)) continue;
    const due = c.dueDate[i] as IsoDay;
    const open = c.openAmount[i] as number;
    const id = c.customerId[i] as string;
    let cand = byId.get(id);
    if (!cand) {
      cand = {
        customerId: id,
        name: c.customerName[i] ?? null,
        overdue: 0 as Cents,
        invoiceCount: 0,
        oldestDays: 0,
        stage: 0,
        due: dueIds.has(id),
      };
      byId.set(id, cand);
    }
    cand.name ??= c.customerName[i] ?? null;
    cand.overdue = (cand.overdue + open) as Cents;
    cand.invoiceCount += 1;
    cand.oldestDays = Math.max(cand.oldestDays, diffDays(asOf, due));
    cand.stage = Math.max(cand.stage, c.reminderStage[i] ?? 0);
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.due) - Number(a.due) ||
      b.overdue - a.overdue ||
      a.customerId.localeCompare(b.customerId)
  );
}
