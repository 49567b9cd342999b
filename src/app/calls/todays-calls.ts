/**
 * Use-cases: the reminder run with the conversation applied (promises and arrangements hold the
 * ladder, a disputed invoice waits and the others do not), "Vandaag bellen" — who to call today and
 * why, most urgent first — and the call card that prepares one call: open invoices with days
 * overdue, statutory interest and collection costs to date (the claim engine of the hand-over),
 * disputes, payment behaviour, earlier promises and arrangements and whether they were kept, the
 * contact and the last contacts. One engine for the pane and the CLI.
 */
import { frameFromLedger, paymentBehaviour } from "../../analytics";
import { daysOverdue, toEpochDay, type IsoDay, type Cents, cents } from "../../core";
import {
  agreementRunOptions,
  agreementsOn,
  applyDisputes,
  callList,
  DEFAULT_PROMISE_GRACE_DAYS,
  deliveryStopAdvice,
  reclaimWindows,
  type DeliveryStop,
  type DeliveryStopReason,
  type ReclaimWindow,
  reviewReminders,
  type Agreements,
  type ArrangementView,
  type CallItem,
  type CallListOptions,
  type Contact,
  type ConversationEntry,
  type DisputeView,
  type DoNotRemindEntry,
  type PromiseView,
  type ReminderReview,
} from "../../dunning";
import { debtorDetails, handoffClaims } from "../../documents";
import type { Ledger } from "../../ledger";
import type { ConversationRecords } from "./conversation-records";

/** What the conversation-aware run takes besides the records. */
export interface CallOptions extends CallListOptions {
  /** Days after a promised or instalment day before it counts as missed (default 3). */
  graceDays?: number;
  /** The reminder tolerance (cents). */
  tolerance?: Cents;
  /** The user's do-not-remind marks. */
  doNotRemind?: readonly DoNotRemindEntry[];
  /** Collection costs include VAT (the creditor cannot deduct it). */
  costsIncludeVat?: boolean;
  /**
   * The company delivers goods (settings.calls): the right of reclamation of each open invoice is
   * watched, a window closing within `reclaimWarningDays` is a reason to call and to stop delivery.
   */
  goods?: { deliversGoods: boolean; retentionOfTitle: boolean; reclaimWarningDays: number };
}

/** The open reclaim windows on `asOf` when the company delivers goods (none otherwise). */
export function reclaimOn(ledger: Ledger, asOf: IsoDay, options: CallOptions): ReclaimWindow[] {
  if (!options.goods?.deliversGoods) return [];
  return reclaimWindows(ledger, asOf, { warningDays: options.goods.reclaimWarningDays });
}

/** The reminder run on `asOf` with the conversation applied. */
export interface ConversationReview {
  /** The ledger with the open disputes marked disputed. */
  ledger: Ledger;
  agreements: Agreements;
  review: ReminderReview;
}

/**
 * The reminder review of `ledger` on `asOf` honouring the conversation: a pending promise holds
 * the invoices it covers until the promised day plus the grace, a kept or late arrangement holds
 * its invoices, a broken one resumes the ladder, an open dispute holds its invoice only. `made`:
 * this review made already with the same ledger, conversation, day and options (the analysis'
 * reminders, reviewRun), taken as it is.
 */
export function conversationReview(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries">,
  asOf: IsoDay,
  options: CallOptions = {},
  made?: ReminderReview
): ConversationReview {
  const agreements = agreementsOn(
    ledger,
    conversation.entries,
    asOf,
    options.graceDays ?? DEFAULT_PROMISE_GRACE_DAYS
  );
  const disputed = applyDisputes(ledger, agreements);
  // `made`: the same review made already (the analysis' reminders, see analyseForWorkbench) — the
  // reminder run over the whole ledger is the costly part, so it is not made twice.
  if (made) return { ledger: disputed, agreements, review: made };
  const review = reviewReminders(disputed, asOf, {
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    ...(options.doNotRemind ? { doNotRemind: options.doNotRemind } : {}),
    ...agreementRunOptions(agreements),
  });
  return { ledger: disputed, agreements, review };
}

/** "Vandaag bellen" on a day. */
export interface TodaysCalls {
  asOf: IsoDay;
  calls: CallItem[];
}

/** The contact of a customer: the kept one, else what the ledger says (person, e-mail, phone). */
function contactsWithLedger(ledger: Ledger, kept: readonly Contact[]): Contact[] {
  const byId = new Map(kept.map((c) => [c.customerId, c]));
  for (const d of debtorDetails(ledger).values())
    if (!byId.has(d.customerId) && (d.contactPerson || d.email || d.phone))
      byId.set(d.customerId, {
        customerId: d.customerId,
        person: d.contactPerson,
        phone: d.phone,
        email: d.email,
        paymentDay: null,
        note: "",
      });
  return [...byId.values()];
}

/** Who to call on `asOf` and why, most urgent first. */
export function todaysCalls(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  asOf: IsoDay,
  options: CallOptions = {}
): TodaysCalls {
  return callsOfRun(
    ledger,
    conversation,
    conversationReview(ledger, conversation, asOf, options),
    asOf,
    options
  );
}

/**
 * {@link todaysCalls} from a conversation run already made (`run`, conversationReview of the same
 * ledger, conversation, day and options): the morning notice and the workbench analysis make the
 * run once for both.
 */
export function callsOfRun(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  run: ConversationReview,
  asOf: IsoDay,
  options: CallOptions = {}
): TodaysCalls {
  const calls = callList(
    ledger,
    run.review,
    run.agreements,
    conversation.entries,
    contactsWithLedger(ledger, conversation.contacts),
    {
      ...options,
      reclaim: reclaimOn(ledger, asOf, options),
      retentionOfTitle: options.goods?.retentionOfTitle === true,
    }
  );
  return { asOf, calls };
}

/** One open invoice on the call card. */
export interface CardInvoice {
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  open: Cents;
  /** Days past the due date (0 when not yet due). */
  daysOverdue: number;
  /** Statutory interest to date (0 when not yet due). */
  interest: Cents;
  /** Its share of the collection costs (staffel on the overdue claims, pro rata). */
  costs: Cents;
  disputed: boolean;
  /** What holds the ladder for it, if anything ("dispute", "promise", "arrangement"). */
  heldBy: "dispute" | "promise" | "arrangement" | null;
}

/** Everything to prepare one call. */
export interface CallCard {
  asOf: IsoDay;
  customerId: string;
  name: string;
  contact: Contact | null;
  /** Why to call today (empty when the customer is not on today's list). */
  reasons: CallItem["reasons"];
  invoices: CardInvoice[];
  totals: { open: Cents; overdue: Cents; interest: Cents; costs: Cents; total: Cents };
  /** Payment behaviour over the last 12 months (null figures without settled invoices). */
  behaviour: {
    settled: number;
    avgDaysLate: number | null;
    paidLatePct: number | null;
    /** Last 3 months against the 9 before, in days (positive = paying later). */
    trend: number | null;
  };
  promises: PromiseView[];
  arrangements: ArrangementView[];
  disputes: DisputeView[];
  /** The last contacts, newest first (at most 10). */
  lastContacts: ConversationEntry[];
  /** Open invoices whose goods can still be reclaimed (art. 7:44 BW; companies delivering goods). */
  reclaim: ReclaimWindow[];
  /** Why to stop delivering on account (empty: no leveringsstop advice). */
  deliveryStop: DeliveryStopReason[];
}

/**
 * The leveringsstop advice on `asOf` for every customer with a reason (past the ladder's last
 * letter or handed over, over the credit limit, a broken arrangement, a reclaim window closing):
 * Kredietcheck, the dossier and the call card show it.
 */
export function deliveryStops(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries">,
  asOf: IsoDay,
  options: CallOptions = {}
): DeliveryStop[] {
  const run = conversationReview(ledger, conversation, asOf, options);
  return deliveryStopAdvice(ledger, run.agreements, {
    reclaim: reclaimOn(ledger, asOf, options),
    retentionOfTitle: options.goods?.retentionOfTitle === true,
  });
}

/**
 * The call card of `customerId` on `asOf` made from that customer's rows only (`rows`, its ledger
 * rows as the customer index lists them): the same card as {@link callCard} over the whole ledger
 * — everything on a card is the customer's own (its invoices, agreements, claims, behaviour) — at
 * a cost proportional to the customer, so the pane can make it again on every call recorded.
 */
export function customerCallCard(
  ledger: Ledger,
  rows: readonly number[],
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  customerId: string,
  asOf: IsoDay,
  options: CallOptions = {}
): CallCard {
  const own = (e: { customerId: string }) => e.customerId === customerId;
  return callCard(
    ledgerOfRows(ledger, rows),
    { entries: conversation.entries.filter(own), contacts: conversation.contacts.filter(own) },
    customerId,
    asOf,
    options
  );
}

/** The ledger of `rows` of `ledger` only, in their order. */
function ledgerOfRows(ledger: Ledger, rows: readonly number[]): Ledger {
  const columns: Record<string, unknown[]> = {};
  for (const [key, column] of Object.entries(ledger.columns) as [string, unknown[]][]) {
    const picked = new Array<unknown>(rows.length);
    for (let k = 0; k < rows.length; k++) picked[k] = column[rows[k] as number];
    columns[key] = picked;
  }
  return { length: rows.length, columns: columns as unknown as Ledger["columns"] };
}

/** The call card of `customerId` on `asOf`. */
export function callCard(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  customerId: string,
  asOf: IsoDay,
  options: CallOptions = {}
): CallCard {
  const run = conversationReview(ledger, conversation, asOf, options);
  const today = todaysCalls(ledger, conversation, asOf, options).calls.find(
    (c) => c.customerId === customerId
  );
  const claims = new Map(
    handoffClaims(ledger, [customerId], asOf, {
      costsIncludeVat: options.costsIncludeVat === true,
    }).claims.map((claim) => [claim.invoiceId, claim])
  );
  const held = new Map<string, CardInvoice["heldBy"]>();
  for (const e of run.review.excluded)
    if (e.customerId === customerId) {
      if (e.reason === "disputed") held.set(e.invoiceId, "dispute");
      if (e.reason === "promise") held.set(e.invoiceId, "promise");
      if (e.reason === "arrangement") held.set(e.invoiceId, "arrangement");
    }
  const c = run.ledger.columns;
  const invoices: CardInvoice[] = [];
  let name = customerId;
  for (let i = 0; i < run.ledger.length; i++) {
    if (c.customerId[i] !== customerId) continue;
    name = c.customerName[i] ?? name;
    if ((c.openAmount[i] as number) <= 0 || c.writtenOff[i]) continue;
    const id = c.invoiceId[i] as string;
    const claim = claims.get(id);
    const due = c.dueDate[i] ?? null;
    invoices.push({
      invoiceId: id,
      invoiceDate: c.invoiceDate[i] ?? null,
      dueDate: due,
      open: c.openAmount[i] as Cents,
      daysOverdue: due ? Math.max(0, daysOverdue(due, asOf)) : 0,
      interest: claim?.interest ?? cents(0),
      costs: claim?.costs ?? cents(0),
      disputed: c.disputed[i] === true,
      heldBy: held.get(id) ?? null,
    });
  }
  invoices.sort((a, b) => b.daysOverdue - a.daysOverdue || a.invoiceId.localeCompare(b.invoiceId));
  const sum = (f: (x: CardInvoice) => number) => cents(invoices.reduce((s, x) => s + f(x), 0));
  const open = sum((x) => x.open);
  const interest = sum((x) => x.interest);
  const costs = sum((x) => x.costs);

  const frame = frameFromLedger(ledger);
  const behaviour = paymentBehaviour(frame, toEpochDay(asOf));
  const index = frame.customers.findIndex((k) => k.id === customerId);
  const b = index >= 0 ? behaviour.customers[index] : undefined;
  const mine = <T extends { entry: ConversationEntry }>(list: readonly T[]) =>
    list.filter((x) => x.entry.customerId === customerId);
  return {
    asOf,
    customerId,
    name,
    contact:
      contactsWithLedger(ledger, conversation.contacts).find((k) => k.customerId === customerId) ??
      null,
    reasons: today?.reasons ?? [],
    invoices,
    totals: {
      open,
      overdue: sum((x) => (x.daysOverdue > 0 ? x.open : 0)),
      interest,
      costs,
      total: cents(open + interest + costs),
    },
    behaviour: {
      settled: b?.settled ?? 0,
      avgDaysLate: b?.avgDaysLate ?? null,
      paidLatePct: b?.paidLatePct ?? null,
      trend: b?.trend ?? null,
    },
    promises: mine(run.agreements.promises),
    arrangements: run.agreements.arrangements.filter((a) => a.customerId === customerId),
    disputes: mine(run.agreements.disputes),
    reclaim: reclaimOn(ledger, asOf, options).filter((w) => w.customerId === customerId),
    deliveryStop:
      deliveryStops(ledger, conversation, asOf, options).find((x) => x.customerId === customerId)
        ?.reasons ?? [],
    lastContacts: conversation.entries
      .filter((e) => e.customerId === customerId && e.kind !== "instalment")
      .sort((a, b2) => (a.date < b2.date ? 1 : a.date > b2.date ? -1 : 0))
      .slice(0, 10),
  };
}
