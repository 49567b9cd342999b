/**
 * "Vandaag bellen": the customers to call on a day and why, most urgent first. A call is due when
 * the ladder's stage for the customer is a phone step, a promise or an instalment was missed, an
 * open dispute is past its follow-up day, a new customer's first invoice is overdue, or the amount
 * overdue is large or long overdue. A customer already spoken to (or tried) that day is off the
 * list. Invoices held by an agreement count for no size or age reason. Pure: the day, the
 * thresholds and the records are parameters.
 */
import {
  addDays,
  compareDays,
  daysOverdue,
  formatCents,
  type IsoDay,
  type Text,
  cents,
  type Cents,
} from "../core";
import type { Ledger } from "../ledger";
import type { Agreements } from "./agreements";
import type { Contact, ConversationEntry } from "./conversation";
import type { ReminderReview } from "./reminder-proposal";
import { reclaimText } from "./delivery-stop";
import type { ReclaimWindow } from "./reclaim";

/** Why a customer is on the call list; in order of weight. */
export type CallReasonCode =
  | "promise-missed"
  | "arrangement-broken"
  | "instalment-late"
  | "dispute-follow-up"
  | "phone-step"
  | "reclaim-closing"
  | "new-customer"
  | "long-overdue"
  | "large-overdue";

const WEIGHT: { readonly [K in CallReasonCode]: number } = {
  "promise-missed": 100,
  "arrangement-broken": 100,
  "instalment-late": 60,
  "dispute-follow-up": 80,
  "phone-step": 70,
  "reclaim-closing": 75,
  "new-customer": 60,
  "long-overdue": 50,
  "large-overdue": 40,
};

/** One reason, with its text. */
export interface CallReason {
  code: CallReasonCode;
  text: Text;
}

/** One customer to call. */
export interface CallItem {
  /** 1 = call first. */
  priority: number;
  customerId: string;
  name: string;
  reasons: CallReason[];
  /** Open and overdue on the day (euro items not written off or handed over). */
  overdue: Cents;
  /** Days overdue of the oldest overdue invoice. */
  oldestDays: number;
  contact: Contact | null;
}

/** Thresholds of the call list. */
export interface CallListOptions {
  /** Overdue at or above this is a reason to call (default € 5.000,00). */
  largeAmount?: Cents;
  /** An invoice more than this many days overdue is a reason to call (default 60). */
  longDays?: number;
  /** A customer whose first invoice is less than this many days old is new (default 90). */
  newCustomerDays?: number;
  /** Windows of the right of reclamation: one that is closing is a reason to call. */
  reclaim?: readonly ReclaimWindow[];
  /** The company's terms carry a retention of title (said with the reclaim reason). */
  retentionOfTitle?: boolean;
}

const dutchDay = (day: IsoDay): string => day.split("-").reverse().join("-");

/**
 * The call list on `asOf`: `review` is the reminder run of that day with the agreements applied,
 * `agreements` the promises, arrangements and disputes judged that day.
 */
export function callList(
  ledger: Ledger,
  review: ReminderReview,
  agreements: Agreements,
  log: readonly ConversationEntry[],
  contacts: readonly Contact[],
  options: CallListOptions = {}
): CallItem[] {
  const asOf = agreements.asOf;
  const largeAmount = options.largeAmount ?? cents(500_000);
  const longDays = options.longDays ?? 60;
  const newDays = options.newCustomerDays ?? 90;
  const c = ledger.columns;
  // An invoice the ladder holds for an agreement (arrangement, promise, dispute, do-not-remind) is
  // no reason by its size or age: the agreement's own reasons (missed, follow-up) say when to call.
  const held = new Set(
    review.excluded
      .filter((e) =>
        ["arrangement", "promise", "disputed", "do-not-remind", "handed-over"].includes(e.reason)
      )
      .map((e) => `${e.customerId}\u0000${e.invoiceId}`)
  );
  const byId = new Map<
    string,
    { name: string; overdue: number; oldest: number; first: IsoDay | null; firstOverdue: boolean }
  >();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    const s = byId.get(id) ?? {
      name: c.customerName[i] ?? id,
      overdue: 0,
      oldest: 0,
      first: null,
      firstOverdue: false,
    };
    byId.set(id, s);
    const invoiceDay = c.invoiceDate[i] ?? null;
    const due = c.dueDate[i] ?? null;
    const claim =
      (c.openAmount[i] as number) > 0 &&
      c.currency[i] === "EUR" &&
      !c.writtenOff[i] &&
      !c.handedOver[i] &&
      due !== null &&
      compareDays(due, asOf) < 0 &&
      !held.has(`${id}\u0000${c.invoiceId[i] as string}`);
    if (invoiceDay !== null && (s.first === null || compareDays(invoiceDay, s.first) < 0)) {
      s.first = invoiceDay;
      s.firstOverdue = claim;
    }
    if (!claim) continue;
    s.overdue += c.openAmount[i] as number;
    s.oldest = Math.max(s.oldest, daysOverdue(due, asOf));
  }

  const reasons = new Map<string, CallReason[]>();
  const add = (customerId: string, code: CallReasonCode, text: Text) => {
    const list = reasons.get(customerId) ?? [];
    if (!list.some((r) => r.code === code)) list.push({ code, text });
    reasons.set(customerId, list);
  };
  for (const p of agreements.promises)
    if (p.state === "missed") {
      const amount = p.entry.amount as Cents;
      const due = p.entry.due as IsoDay;
      add(p.entry.customerId, "promise-missed", {
        nl: `Betaalbelofte niet nagekomen: ${formatCents(amount, "nl")} uiterlijk ${dutchDay(due)} toegezegd, ${formatCents(p.paid, "nl")} ontvangen.`,
        en: `Promise to pay missed: ${formatCents(amount, "en")} promised by ${due}, ${formatCents(p.paid, "en")} received.`,
      });
    }
  for (const a of agreements.arrangements)
    if ((a.state === "broken" || a.state === "late") && a.missed) {
      const broken = a.state === "broken";
      add(a.customerId, broken ? "arrangement-broken" : "instalment-late", {
        nl: broken
          ? `Betalingsregeling ${a.id} niet nagekomen: termijn van ${dutchDay(a.missed.due)} niet (volledig) betaald, ${formatCents(a.shortBy, "nl")} achter. De hele vordering is opeisbaar.`
          : `Termijn van ${dutchDay(a.missed.due)} (regeling ${a.id}) nog niet binnen: ${formatCents(a.shortBy, "nl")} achter.`,
        en: broken
          ? `Payment arrangement ${a.id} broken: the instalment of ${a.missed.due} was not (fully) paid, ${formatCents(a.shortBy, "en")} behind. The whole claim is due.`
          : `Instalment of ${a.missed.due} (arrangement ${a.id}) not received yet: ${formatCents(a.shortBy, "en")} behind.`,
      });
    }
  for (const d of agreements.disputes)
    if (d.followUpPassed && d.entry.due !== null) {
      const invoices = d.entry.invoiceIds.join(", ");
      add(d.entry.customerId, "dispute-follow-up", {
        nl: `Geschil over ${invoices} had op ${dutchDay(d.entry.due)} opgevolgd moeten worden${d.entry.reason ? ` (${d.entry.reason})` : ""}.`,
        en: `Dispute about ${invoices} was to be followed up on ${d.entry.due}${d.entry.reason ? ` (${d.entry.reason})` : ""}.`,
      });
    }
  for (const p of review.proposals)
    if (p.policyStage.channels.includes("phone-task"))
      add(p.customerId, "phone-step", {
        nl: `De aanmaningsprocedure vraagt om een telefoontje bij "${p.policyStage.name.nl}".`,
        en: `The reminder ladder calls for a phone call with "${p.policyStage.name.en}".`,
      });
  for (const w of options.reclaim ?? [])
    if (w.closing)
      add(w.customerId, "reclaim-closing", reclaimText(w, options.retentionOfTitle === true));
  for (const [id, s] of byId) {
    if (s.overdue <= 0) continue;
    if (s.first !== null && s.firstOverdue && compareDays(addDays(s.first, newDays), asOf) > 0)
      add(id, "new-customer", {
        nl: `Nieuwe klant: de eerste factuur (${dutchDay(s.first)}) is al over de vervaldatum.`,
        en: `New customer: the first invoice (${s.first}) is already overdue.`,
      });
    if (s.oldest > longDays)
      add(id, "long-overdue", {
        nl: `Oudste factuur ${s.oldest} dagen over de vervaldatum.`,
        en: `Oldest invoice ${s.oldest} days overdue.`,
      });
    if (s.overdue >= largeAmount)
      add(id, "large-overdue", {
        nl: `${formatCents(cents(s.overdue), "nl")} vervallen.`,
        en: `${formatCents(cents(s.overdue), "en")} overdue.`,
      });
  }

  const spokenToday = new Set(
    log
      .filter((e) => compareDays(e.date, asOf) === 0 && e.kind !== "instalment")
      .map((e) => e.customerId)
  );
  const contactOf = new Map(contacts.map((k) => [k.customerId, k]));
  const items = [...reasons.entries()]
    .filter(([id]) => !spokenToday.has(id))
    .map(([customerId, list]) => {
      const s = byId.get(customerId);
      list.sort((a, b) => WEIGHT[b.code] - WEIGHT[a.code]);
      return {
        priority: 0,
        customerId,
        name: s?.name ?? customerId,
        reasons: list,
        overdue: cents(s?.overdue ?? 0),
        oldestDays: s?.oldest ?? 0,
        contact: contactOf.get(customerId) ?? null,
        score: list.reduce((sum, r) => sum + WEIGHT[r.code], 0),
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score || b.overdue - a.overdue || a.customerId.localeCompare(b.customerId)
    );
  return items.map((item, n) => ({
    priority: n + 1,
    customerId: item.customerId,
    name: item.name,
    reasons: item.reasons,
    overdue: item.overdue,
    oldestDays: item.oldestDays,
    contact: item.contact,
  }));
}
