/**
 * Which claims were handed over, as saved state: pure functions that return a new state, an undo by
 * batch, and the ledger with its "handed over" flags set so the reminder ladder stops for them.
 */
import type { IsoDay } from "../core/day";
import type { Ledger } from "../ledger/types";

/** One claim handed over. */
export interface HandoverRecord {
  customerId: string;
  invoiceId: string;
  date: IsoDay;
  /** The export it went out with; undo works per batch. */
  batch: string;
}

/** The saved hand-over state. */
export interface HandoverState {
  readonly records: readonly HandoverRecord[];
}

/** The empty state. */
export const NO_HANDOVERS: HandoverState = Object.freeze({ records: Object.freeze([]) });

const key = (r: { customerId: string; invoiceId: string }): string =>
  `${r.customerId}\u0000${r.invoiceId}`;

/** The state with `claims` marked as handed over on `date` in `batch` (claims already marked stay as they were). */
export function markHandedOver(
  state: HandoverState,
  claims: readonly { customerId: string; invoiceId: string }[],
  date: IsoDay,
  batch: string
): HandoverState {
  const known = new Set(state.records.map(key));
  const added: HandoverRecord[] = [];
  for (const claim of claims) {
    if (known.has(key(claim))) continue;
    known.add(key(claim));
    added.push({ customerId: claim.customerId, invoiceId: claim.invoiceId, date, batch });
  }
  return { records: [...state.records, ...added] };
}

/** The state without the records of `batch` (undo of one export). */
export function undoHandover(state: HandoverState, batch: string): HandoverState {
  return { records: state.records.filter((r) => r.batch !== batch) };
}

/** The ledger with `handedOver` set for every recorded claim; the input is not changed. */
export function applyHandovers(ledger: Ledger, state: HandoverState): Ledger {
  const marked = new Set(state.records.map(key));
  const c = ledger.columns;
  const handedOver = c.handedOver.map(
    (flag, i) => flag || marked.has(`${c.customerId[i]}\u0000${c.invoiceId[i]}`)
  );
  return { length: ledger.length, columns: { ...c, handedOver } };
}
