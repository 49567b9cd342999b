/**
 * What the agreements made with debtors mean on a day: a promise to pay holds the ladder for the
 * invoices it covers until the promised day plus a grace, then is kept or missed; a payment
 * arrangement is kept, late (an instalment unpaid but within the grace), broken or completed; an
 * open dispute holds that invoice only. Payments are read from the ledger: what was open on the
 * covered invoices when it was agreed, less what is open now (an invoice no longer in the ledger
 * counts as paid).
 */
import { addDays, compareDays, type IsoDay, cents, type Cents } from "../core";
import type { Ledger } from "../ledger";
import type { ConversationEntry } from "./conversation";
import type { ArrangementStatus, Instalment } from "./payment-arrangement";
import type { PromisePause } from "./reminder-run";

/** Days after a promised or instalment day before it counts as missed (default). */
export const DEFAULT_PROMISE_GRACE_DAYS = 3;

/** A promise to pay as it stands on the day. */
export interface PromiseView {
  entry: ConversationEntry;
  /** "pending": not yet paid, the promised day plus grace not yet past. */
  state: "pending" | "kept" | "missed";
  /** Paid on the covered invoices since the promise. */
  paid: Cents;
  /** Last day the promise holds the ladder (promised day + grace). */
  until: IsoDay;
}

/** A payment arrangement (its instalment rows) as it stands on the day. */
export interface ArrangementView {
  id: string;
  customerId: string;
  invoiceIds: readonly string[];
  /** Day it was agreed (the first instalment row's date). */
  agreedOn: IsoDay;
  instalments: Instalment[];
  total: Cents;
  paid: Cents;
  /**
   * kept: every instalment due so far is paid; late: one is unpaid but its day plus the grace has
   * not passed; broken: that grace has passed (the whole claim falls due, the ladder resumes);
   * completed: all paid.
   */
  state: "kept" | "late" | "broken" | "completed";
  /** The next instalment not yet covered by the payments (null when completed). */
  next: Instalment | null;
  /** For late and broken: the first instalment not paid in time, and what is short on it. */
  missed: Instalment | null;
  shortBy: Cents;
}

/** A dispute as it stands on the day. */
export interface DisputeView {
  entry: ConversationEntry;
  open: boolean;
  /** Open and its follow-up day has passed. */
  followUpPassed: boolean;
}

/** Every agreement of the conversation log, judged on one day. */
export interface Agreements {
  asOf: IsoDay;
  promises: PromiseView[];
  arrangements: ArrangementView[];
  disputes: DisputeView[];
}

/** The open amount now of `invoiceIds` of a customer (all its invoices when the list is empty). */
function openNow(ledger: Ledger, customerId: string, invoiceIds: readonly string[]): Cents {
  const c = ledger.columns;
  const wanted = new Set(invoiceIds);
  let sum = 0;
  for (let i = 0; i < ledger.length; i++)
    if (
      c.customerId[i] === customerId &&
      (wanted.size === 0 || wanted.has(c.invoiceId[i] as string))
    )
      sum += Math.max(0, c.openAmount[i] as number);
  return cents(sum);
}

/** Open on the covered invoices of `customerId` now: what an agreement made today would record. */
export function openOnInvoices(
  ledger: Ledger,
  customerId: string,
  invoiceIds: readonly string[]
): Cents {
  return openNow(ledger, customerId, invoiceIds);
}

function paidSince(ledger: Ledger, entry: ConversationEntry, agreed: Cents): Cents {
  const now = openNow(ledger, entry.customerId, entry.invoiceIds);
  // Nothing open any more on the covered invoices: the agreement is met, also when it took in
  // interest or costs the ledger does not show (they are not on the invoices).
  if (now === 0) return agreed;
  if (entry.openAtStart === null) return cents(0);
  return cents(Math.max(0, entry.openAtStart - now));
}

/**
 * The agreements of `log` judged on `asOf` against the ledger (entries dated after `asOf` are not
 * yet made and are left out). `graceDays` is how long after a promised or instalment day a payment
 * still counts as in time.
 */
export function agreementsOn(
  ledger: Ledger,
  log: readonly ConversationEntry[],
  asOf: IsoDay,
  graceDays = DEFAULT_PROMISE_GRACE_DAYS
): Agreements {
  const made = log.filter((e) => compareDays(e.date, asOf) <= 0);
  const promises: PromiseView[] = made
    .filter((e) => e.kind === "promise" && e.amount !== null && e.due !== null)
    .map((entry) => {
      const amount = entry.amount as Cents;
      const until = addDays(entry.due as IsoDay, graceDays);
      const paid = paidSince(ledger, entry, amount);
      const state = paid >= amount ? "kept" : compareDays(asOf, until) <= 0 ? "pending" : "missed";
      return { entry, state, paid, until };
    });

  const groups = new Map<string, ConversationEntry[]>();
  for (const e of made)
    if (e.kind === "instalment" && e.arrangementId && e.amount !== null && e.due !== null) {
      const key = `${e.customerId}\u0000${e.arrangementId}`;
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
  const arrangements: ArrangementView[] = [...groups.values()].map((rows) => {
    const first = rows[0] as ConversationEntry;
    const instalments = rows
      .map((r) => ({ due: r.due as IsoDay, amount: r.amount as Cents }))
      .sort((a, b) => compareDays(a.due, b.due));
    const total = cents(instalments.reduce((s, i) => s + i.amount, 0));
    const invoiceIds = [...new Set(rows.flatMap((r) => r.invoiceIds))];
    const start = rows.find((r) => r.openAtStart !== null)?.openAtStart ?? null;
    const paid = paidSince(ledger, { ...first, invoiceIds, openAtStart: start }, total);
    let owed = 0;
    let next: Instalment | null = null;
    let missed: Instalment | null = null;
    let shortBy = 0;
    for (const inst of instalments) {
      owed += inst.amount;
      if (paid >= owed) continue;
      next ??= inst;
      if (missed === null && compareDays(inst.due, asOf) < 0) {
        missed = inst;
        shortBy = owed - paid;
      }
    }
    const state: ArrangementView["state"] =
      paid >= total
        ? "completed"
        : missed === null
          ? "kept"
          : compareDays(asOf, addDays(missed.due, graceDays)) <= 0
            ? "late"
            : "broken";
    return {
      id: first.arrangementId as string,
      customerId: first.customerId,
      invoiceIds,
      agreedOn: rows.reduce((d, r) => (compareDays(r.date, d) < 0 ? r.date : d), first.date),
      instalments,
      total,
      paid,
      state,
      next,
      missed,
      shortBy: cents(shortBy),
    };
  });

  const disputes: DisputeView[] = made
    .filter((e) => e.kind === "dispute")
    .map((entry) => {
      const open = (entry.status ?? "open") === "open";
      return {
        entry,
        open,
        followUpPassed: open && entry.due !== null && compareDays(entry.due, asOf) < 0,
      };
    });
  return { asOf, promises, arrangements, disputes };
}

/**
 * The ledger with every invoice under an open dispute marked disputed (the ladder leaves that
 * invoice out and reminds the others). Pure: the input is not changed.
 */
export function applyDisputes(ledger: Ledger, agreements: Agreements): Ledger {
  const keys = new Set<string>();
  const whole = new Set<string>();
  for (const d of agreements.disputes)
    if (d.open) {
      if (d.entry.invoiceIds.length === 0) whole.add(d.entry.customerId);
      for (const id of d.entry.invoiceIds) keys.add(`${d.entry.customerId}\u0000${id}`);
    }
  if (keys.size === 0 && whole.size === 0) return ledger;
  const c = ledger.columns;
  const disputed = c.disputed.map(
    (flag, i) =>
      flag ||
      whole.has(c.customerId[i] as string) ||
      keys.has(`${c.customerId[i] as string}\u0000${c.invoiceId[i] as string}`)
  );
  return { length: ledger.length, columns: { ...c, disputed } };
}

/**
 * What the reminder run takes from the agreements: the pending promises (they hold the ladder up
 * to the promised day plus grace) and the arrangements' statuses (kept or late: held; broken: the
 * ladder resumes where it stood, from the first business day after the missed instalment).
 */
export function agreementRunOptions(agreements: Agreements): {
  promises: PromisePause[];
  arrangementStatuses: {
    id: string;
    customerId: string;
    invoiceIds: readonly string[];
    status: ArrangementStatus;
  }[];
} {
  return {
    promises: agreements.promises
      .filter((p) => p.state === "pending")
      .map((p) => ({
        customerId: p.entry.customerId,
        invoiceIds: p.entry.invoiceIds,
        until: p.until,
      })),
    arrangementStatuses: agreements.arrangements.map((a) => ({
      id: a.id,
      customerId: a.customerId,
      invoiceIds: a.invoiceIds,
      status:
        a.state === "completed"
          ? { status: "completed", paid: a.paid }
          : a.state === "broken" && a.missed
            ? {
                status: "late",
                paid: a.paid,
                missed: a.missed,
                index: a.instalments.indexOf(a.missed),
                shortBy: a.shortBy,
              }
            : { status: "kept", paid: a.paid, nextInstalment: a.next },
    })),
  };
}
