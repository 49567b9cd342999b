/**
 * Use-case: the batches of the hand-over state — a fresh batch id for a new export (from
 * handover-state) and the list of batches (with undo in the task pane). Pure.
 */
import { compareDays, type IsoDay } from "../../core";
import type { HandoverRecord, HandoverState } from "../../records";

// The batch id lives with the state it must be unique in; the CLI uses the same one.
export { nextBatchId } from "../../records";

/** One batch of the hand-over state, for the list with undo. */
export interface HandoverBatch {
  batch: string;
  date: IsoDay;
  kind: NonNullable<HandoverRecord["kind"]>;
  customers: number;
  claims: number;
}

/** The batches of `state`, newest first. */
export function handoverBatches(state: HandoverState): HandoverBatch[] {
  const byBatch = new Map<string, HandoverBatch & { ids: Set<string> }>();
  for (const r of state.records) {
    let b = byBatch.get(r.batch);
    if (!b) {
      b = {
        batch: r.batch,
        date: r.date,
        kind: r.kind ?? "collection",
        customers: 0,
        claims: 0,
        ids: new Set(),
      };
      byBatch.set(r.batch, b);
    }
    b.ids.add(r.customerId);
    b.customers = b.ids.size;
    b.claims += 1;
    if (compareDays(r.date, b.date) > 0) b.date = r.date;
  }
  return [...byBatch.values()]
    .map(({ batch, date, kind, customers, claims }) => ({ batch, date, kind, customers, claims }))
    .sort((a, b) => compareDays(b.date, a.date) || b.batch.localeCompare(a.batch));
}
