/**
 * Use-case: the day records are made on. Whatever day an analysis is as of (the peildatum the
 * user chose, the demo's story day), what is recorded of it — letters sent (Verzendlog), claims
 * handed over — carries the real run day: the day it actually happened.
 */
import type { IsoDay } from "../../core";
import {
  markHandedOver,
  nextBatchId,
  type HandoverKind,
  type HandoverState,
  type ReminderLogEntry,
} from "../../records";

/** The log entries of letters sent, dated `runDay` (the letters themselves keep their own date). */
export function sentOn(entries: readonly ReminderLogEntry[], runDay: IsoDay): ReminderLogEntry[] {
  return entries.map((entry) => ({ ...entry, date: runDay }));
}

/**
 * The hand-over state with `claims` handed over on `runDay`, in a new batch named after that day
 * (`incasso-2026-12-07`, then `-2`, …), and the batch.
 */
export function handedOverOn(
  state: HandoverState,
  claims: readonly { customerId: string; invoiceId: string }[],
  kind: HandoverKind,
  runDay: IsoDay
): { state: HandoverState; batch: string } {
  const batch = nextBatchId(state, kind, runDay);
  return { state: markHandedOver(state, claims, runDay, batch, kind), batch };
}
