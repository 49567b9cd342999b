/**
 * Which claims were handed over, as saved state: pure functions that return a new state, an undo by
 * batch, and the ledger with its "handed over" flags set so the reminder ladder stops for them.
 */
import type { IsoDay } from "../core";
import type { Ledger } from "../ledger";

/** To whom a claim went: an incassobureau or deurwaarder ("collection") or a factoring company. */
export type HandoverKind = "collection" | "factoring";

/**
 * How a hand-over is described wherever a batch is shown or recorded (the pane's list, the CLI's
 * summary, the record's Soort column): a claim goes to the incassobureau, an invoice to the factor.
 */
export const HANDOVER_KIND_TEXTS: {
  readonly [K in HandoverKind]: { readonly nl: string; readonly en: string };
} = {
  collection: {
    nl: "uit handen gegeven aan het incassobureau",
    en: "handed over to the collection agency",
  },
  factoring: { nl: "overgedragen aan de factor", en: "assigned to the factor" },
};

/** The description of a hand-over of `kind` in `lang` ("overgedragen aan de factor"). */
export function handoverKindText(kind: HandoverKind, lang: "nl" | "en"): string {
  return HANDOVER_KIND_TEXTS[kind][lang];
}

/** One claim handed over. */
export interface HandoverRecord {
  customerId: string;
  invoiceId: string;
  date: IsoDay;
  /** The export it went out with; undo works per batch. */
  batch: string;
  /** To whom; absent means "collection" (records made before factoring was recorded). */
  kind?: HandoverKind;
}

/** The saved hand-over state. */
export interface HandoverState {
  readonly records: readonly HandoverRecord[];
}

/** The empty state. */
export const NO_HANDOVERS: HandoverState = Object.freeze({ records: Object.freeze([]) });

const key = (r: { customerId: string; invoiceId: string }): string =>
  `${r.customerId}\u0000${r.invoiceId}`;

/**
 * The state with `claims` marked as handed over on `date` in `batch` (claims already marked stay as
 * they were). `kind` says to whom; without it the records carry no kind, which reads as "collection".
 */
export function markHandedOver(
  state: HandoverState,
  claims: readonly { customerId: string; invoiceId: string }[],
  date: IsoDay,
  batch: string,
  kind?: HandoverKind
): HandoverState {
  const known = new Set(state.records.map(key));
  const added: HandoverRecord[] = [];
  for (const claim of claims) {
    if (known.has(key(claim))) continue;
    known.add(key(claim));
    added.push({
      customerId: claim.customerId,
      invoiceId: claim.invoiceId,
      date,
      batch,
      ...(kind === undefined ? {} : { kind }),
    });
  }
  return { records: [...state.records, ...added] };
}

/** A batch id not used in `state`: "incasso-2026-11-20", then "-2", "-3", … */
export function nextBatchId(state: HandoverState, kind: HandoverKind, asOf: IsoDay): string {
  const base = `${kind === "factoring" ? "factoring" : "incasso"}-${asOf}`;
  const used = new Set(state.records.map((r) => r.batch));
  let batch = base;
  for (let n = 2; used.has(batch); n++) batch = `${base}-${n}`;
  return batch;
}

/** The state without the records of `batch` (undo of one export). */
export function undoHandover(state: HandoverState, batch: string): HandoverState {
  return { records: state.records.filter((r) => r.batch !== batch) };
}

/** The kind of a record: its own, else "collection". */
export function handoverKind(record: HandoverRecord): HandoverKind {
  return record.kind ?? "collection";
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
