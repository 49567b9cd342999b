/**
 * Use-case: the morning notice — what needs attention today, said the way a controller reads it at
 * 8 am: invoices that fell due since the last run, promises and instalments due today or missed
 * since then, disputes whose follow-up day came, and the calls to make. Pure: the ledger (records
 * applied), the conversation, the last run and the day are parameters. "The last run" is kept by
 * the host per workbook (Excel: a workbook setting) or per administration (workbench: browser
 * storage); see {@link LastRun}.
 */
import {
  addDays,
  compareDays,
  daysOverdue,
  formatCents,
  longDay,
  shortDay,
  cents,
  type Cents,
  type IsoDay,
  type Text,
} from "../../core";
import {
  DEFAULT_PROMISE_GRACE_DAYS,
  openOnInvoices,
  type CallItem,
  type ReminderReview,
} from "../../dunning";
import type { Ledger } from "../../ledger";
import type { Host } from "../host/host";
import { recordScope, type ActiveAdministration } from "../books/administration";
import { callOptionsOf } from "./call-desk";
import type { Settings } from "../settings/settings";
import {
  loadConversation,
  NO_CONVERSATION,
  type ConversationRecords,
} from "./conversation-records";
import { callsOfRun, conversationReview, type CallOptions } from "./todays-calls";
import { keptLastRun, noticeSince, recordLastRun, type LastRun } from "./last-run";

export { lastRunAfter, lastRunText, noticeSince, parseLastRun } from "./last-run";
export type { LastRun } from "./last-run";

/** An invoice that fell due since the last run. */
export interface NoticeInvoice {
  customerId: string;
  name: string;
  invoiceId: string;
  dueDate: IsoDay;
  open: Cents;
  daysOverdue: number;
}

/** A promise or an instalment that is due today or was missed since the last run. */
export interface NoticeAgreement {
  kind: "promise" | "instalment";
  /** "due": due today and not yet paid; "missed": its grace ran out since the last run. */
  state: "due" | "missed";
  customerId: string;
  name: string;
  /** The invoices it covers (empty: the whole account). */
  invoiceIds: readonly string[];
  /** Promised or instalment amount. */
  amount: Cents;
  /** Still to come in on it (for a missed instalment: what the arrangement is behind). */
  short: Cents;
  due: IsoDay;
  /** The arrangement of an instalment. */
  arrangementId: string | null;
}

/** An open dispute whose follow-up day came since the last run. */
export interface NoticeDispute {
  customerId: string;
  name: string;
  invoiceIds: readonly string[];
  /** Open on the disputed invoices. */
  open: Cents;
  followUp: IsoDay;
  reason: string;
  owner: string;
}

/** What needs attention on `asOf`. */
export interface MorningNotice {
  asOf: IsoDay;
  /** The last run before today it counts from (null: the first run; then "since yesterday"). */
  since: IsoDay | null;
  newlyOverdue: NoticeInvoice[];
  newlyOverdueTotal: Cents;
  agreements: NoticeAgreement[];
  disputes: NoticeDispute[];
  calls: { count: number; first: CallItem[] };
  /** True when nothing needs attention. */
  quiet: boolean;
  /** The headline: one sentence. */
  headline: Text;
  /** One line per item, in the order above, ready to show. */
  lines: Text[];
}

/** Calls named in the notice (the rest are counted). */
export const NOTICE_CALLS_SHOWN = 3;

const customerNames = (ledger: Ledger): Map<string, string> => {
  const c = ledger.columns;
  const names = new Map<string, string>();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    if (!names.has(id) || names.get(id) === id) names.set(id, c.customerName[i] ?? id);
  }
  return names;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const invoicesText = (ids: readonly string[], lang: "nl" | "en"): string =>
  ids.length === 0
    ? lang === "nl"
      ? "alle openstaande facturen"
      : "all open invoices"
    : `${lang === "nl" ? (ids.length === 1 ? "factuur" : "facturen") : ids.length === 1 ? "invoice" : "invoices"} ${ids.join(", ")}`;

/**
 * The morning notice of `asOf`. `ledger` is the ledger with the kept records applied (reminder
 * log, hand-overs); `conversation` the conversation log and contacts; `kept` the last run as
 * stored (see {@link noticeSince}). Newly overdue: open euro invoices, not written off or handed
 * over, whose due day lies on or after the last run and before today (overdue today, not on the
 * last run); on the first run, those that fell due yesterday.
 */
export function morningNotice(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  kept: LastRun | null,
  asOf: IsoDay,
  options: CallOptions = {}
): MorningNotice {
  return noticeAndCalls(ledger, conversation, kept, asOf, options).notice;
}

/**
 * The morning notice of `asOf` ({@link morningNotice}) and the whole of today's call list it counts
 * (todaysCalls with the same conversation and options), from one conversation run: what the
 * workbench shows on Overzicht and in Bellen, made in one go beside its analysis. `review`: the
 * reminder review of the same ledger, conversation, day and options when made already (the
 * analysis' reminders), so the reminder run is not made twice.
 */
export function noticeAndCalls(
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  kept: LastRun | null,
  asOf: IsoDay,
  options: CallOptions = {},
  review?: ReminderReview
): { notice: MorningNotice; calls: CallItem[] } {
  const since = noticeSince(kept, asOf);
  const from = since ?? addDays(asOf, -1);
  const names = customerNames(ledger);
  const nameOf = (id: string) => names.get(id) ?? id;
  const c = ledger.columns;

  const newlyOverdue: NoticeInvoice[] = [];
  for (let i = 0; i < ledger.length; i++) {
    const due = c.dueDate[i] ?? null;
    if (due === null || (c.openAmount[i] as number) <= 0) continue;
    if (c.writtenOff[i] || c.handedOver[i] || c.currency[i] !== "EUR") continue;
    if (compareDays(due, from) < 0 || compareDays(due, asOf) >= 0) continue;
    const customerId = c.customerId[i] as string;
    newlyOverdue.push({
      customerId,
      name: nameOf(customerId),
      invoiceId: c.invoiceId[i] as string,
      dueDate: due,
      open: c.openAmount[i] as Cents,
      daysOverdue: daysOverdue(due, asOf),
    });
  }
  newlyOverdue.sort(
    (a, b) =>
      b.open - a.open || a.name.localeCompare(b.name) || a.invoiceId.localeCompare(b.invoiceId)
  );
  const newlyOverdueTotal = cents(newlyOverdue.reduce((s, x) => s + x.open, 0));

  // Missed "since the last run": the grace ran out on a day after it (the day after `until`).
  const missedSince = (until: IsoDay) =>
    compareDays(until, from) >= 0 && compareDays(until, asOf) < 0;
  const grace = options.graceDays ?? DEFAULT_PROMISE_GRACE_DAYS;
  const run = conversationReview(ledger, conversation, asOf, options, review);
  const agreements: NoticeAgreement[] = [];
  for (const p of run.agreements.promises) {
    const due = p.entry.due as IsoDay;
    const amount = p.entry.amount as Cents;
    const state =
      p.state === "pending" && compareDays(due, asOf) === 0
        ? "due"
        : p.state === "missed" && missedSince(p.until)
          ? "missed"
          : null;
    if (state === null) continue;
    agreements.push({
      kind: "promise",
      state,
      customerId: p.entry.customerId,
      name: nameOf(p.entry.customerId),
      invoiceIds: p.entry.invoiceIds,
      amount,
      short: cents(Math.max(0, amount - p.paid)),
      due,
      arrangementId: null,
    });
  }
  for (const a of run.agreements.arrangements) {
    if (a.state === "completed") continue;
    let owed = 0;
    for (const inst of a.instalments) {
      owed += inst.amount;
      if (compareDays(inst.due, asOf) === 0 && a.paid < owed)
        agreements.push({
          kind: "instalment",
          state: "due",
          customerId: a.customerId,
          name: nameOf(a.customerId),
          invoiceIds: a.invoiceIds,
          amount: inst.amount,
          short: cents(Math.min(inst.amount, owed - a.paid)),
          due: inst.due,
          arrangementId: a.id,
        });
    }
    if (a.state === "broken" && a.missed && missedSince(addDays(a.missed.due, grace)))
      agreements.push({
        kind: "instalment",
        state: "missed",
        customerId: a.customerId,
        name: nameOf(a.customerId),
        invoiceIds: a.invoiceIds,
        amount: a.missed.amount,
        short: a.shortBy,
        due: a.missed.due,
        arrangementId: a.id,
      });
  }
  agreements.sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === "missed" ? -1 : 1) ||
      b.amount - a.amount ||
      a.name.localeCompare(b.name)
  );

  const disputes: NoticeDispute[] = [];
  for (const d of run.agreements.disputes) {
    const followUp = d.entry.due;
    if (!d.open || followUp === null) continue;
    if (compareDays(followUp, since === null ? asOf : addDays(since, 1)) < 0) continue;
    if (compareDays(followUp, asOf) > 0) continue;
    disputes.push({
      customerId: d.entry.customerId,
      name: nameOf(d.entry.customerId),
      invoiceIds: d.entry.invoiceIds,
      open: openOnInvoices(ledger, d.entry.customerId, d.entry.invoiceIds),
      followUp,
      reason: d.entry.reason,
      owner: d.entry.owner,
    });
  }

  const list = callsOfRun(ledger, conversation, run, asOf, options).calls;
  const calls = { count: list.length, first: list.slice(0, NOTICE_CALLS_SHOWN) };
  const quiet =
    newlyOverdue.length === 0 &&
    agreements.length === 0 &&
    disputes.length === 0 &&
    calls.count === 0;
  const notice: MorningNotice = {
    asOf,
    since,
    newlyOverdue,
    newlyOverdueTotal,
    agreements,
    disputes,
    calls,
    quiet,
    headline: headline(asOf, since, newlyOverdue.length, agreements, disputes.length, calls.count),
    lines: [
      ...newlyOverdue.map(overdueLine),
      ...agreements.map(agreementLine),
      ...disputes.map(disputeLine),
      ...callLines(calls),
    ],
  };
  return { notice, calls: list };
}

function headline(
  asOf: IsoDay,
  since: IsoDay | null,
  overdue: number,
  agreements: readonly NoticeAgreement[],
  disputes: number,
  calls: number
): Text {
  const sinceNl = since === null ? "sinds gisteren" : `sinds ${longDay(since, "nl")}`;
  const sinceEn = since === null ? "since yesterday" : `since ${longDay(since, "en")}`;
  const due = agreements.filter((a) => a.state === "due").length;
  const missed = agreements.length - due;
  const nl: string[] = [];
  const en: string[] = [];
  if (overdue > 0) {
    nl.push(`${plural(overdue, "factuur", "facturen")} vervallen ${sinceNl}`);
    en.push(`${plural(overdue, "invoice", "invoices")} fell due ${sinceEn}`);
  }
  if (due > 0) {
    nl.push(`${plural(due, "betaalafspraak", "betaalafspraken")} vandaag te ontvangen`);
    en.push(`${plural(due, "payment", "payments")} promised for today`);
  }
  if (missed > 0) {
    nl.push(`${plural(missed, "afspraak", "afspraken")} niet nagekomen`);
    en.push(`${plural(missed, "agreement", "agreements")} missed`);
  }
  if (disputes > 0) {
    nl.push(`${plural(disputes, "geschil", "geschillen")} op te volgen`);
    en.push(`${plural(disputes, "dispute", "disputes")} to follow up`);
  }
  if (calls > 0) {
    nl.push(`${plural(calls, "debiteur", "debiteuren")} te bellen`);
    en.push(`${plural(calls, "customer", "customers")} to call`);
  }
  const day = { nl: longDay(asOf, "nl"), en: longDay(asOf, "en") };
  if (nl.length === 0)
    return {
      nl: `${day.nl}: niets dat vandaag aandacht vraagt.`,
      en: `${day.en}: nothing needs attention today.`,
    };
  const join = (parts: string[], and: string) =>
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} ${and} ${parts.at(-1)!}`;
  return {
    nl: `${day.nl}: ${join(nl, "en")}.`,
    en: `${day.en}: ${join(en, "and")}.`,
  };
}

function overdueLine(x: NoticeInvoice): Text {
  return {
    nl: `${x.name} (${x.customerId}): factuur ${x.invoiceId}, ${formatCents(x.open, "nl")}, vervallen op ${shortDay(x.dueDate, "nl")}.`,
    en: `${x.name} (${x.customerId}): invoice ${x.invoiceId}, ${formatCents(x.open, "en")}, fell due on ${x.dueDate}.`,
  };
}

function agreementLine(a: NoticeAgreement): Text {
  const who = `${a.name} (${a.customerId})`;
  const nlInv = invoicesText(a.invoiceIds, "nl");
  const enInv = invoicesText(a.invoiceIds, "en");
  if (a.kind === "promise")
    return a.state === "due"
      ? {
          nl: `${who}: betaalbelofte van ${formatCents(a.amount, "nl")} voor ${nlInv} vervalt vandaag${a.short < a.amount ? `; nog ${formatCents(a.short, "nl")} te ontvangen` : ""}.`,
          en: `${who}: promise to pay ${formatCents(a.amount, "en")} for ${enInv} is due today${a.short < a.amount ? `; ${formatCents(a.short, "en")} still to come` : ""}.`,
        }
      : {
          nl: `${who}: betaalbelofte van ${formatCents(a.amount, "nl")} (uiterlijk ${shortDay(a.due, "nl")}) voor ${nlInv} niet nagekomen; ${formatCents(a.short, "nl")} niet ontvangen.`,
          en: `${who}: promise to pay ${formatCents(a.amount, "en")} (by ${a.due}) for ${enInv} missed; ${formatCents(a.short, "en")} not received.`,
        };
  return a.state === "due"
    ? {
        nl: `${who}: termijn van ${formatCents(a.amount, "nl")} van betalingsregeling ${a.arrangementId ?? ""} vervalt vandaag.`,
        en: `${who}: instalment of ${formatCents(a.amount, "en")} of payment arrangement ${a.arrangementId ?? ""} is due today.`,
      }
    : {
        nl: `${who}: betalingsregeling ${a.arrangementId ?? ""} niet nagekomen — termijn van ${shortDay(a.due, "nl")} niet betaald, ${formatCents(a.short, "nl")} achter. De hele vordering is opeisbaar.`,
        en: `${who}: payment arrangement ${a.arrangementId ?? ""} broken — the instalment of ${a.due} was not paid, ${formatCents(a.short, "en")} behind. The whole claim is due.`,
      };
}

function disputeLine(d: NoticeDispute): Text {
  const owner = (lang: "nl" | "en") =>
    d.owner ? (lang === "nl" ? ` (behandelaar: ${d.owner})` : ` (owner: ${d.owner})`) : "";
  return {
    nl: `${d.name} (${d.customerId}): geschil over ${invoicesText(d.invoiceIds, "nl")} (${formatCents(d.open, "nl")}) vandaag opvolgen${d.reason ? ` — ${d.reason}` : ""}${owner("nl")}; opvolgdatum ${shortDay(d.followUp, "nl")}.`,
    en: `${d.name} (${d.customerId}): follow up the dispute about ${invoicesText(d.invoiceIds, "en")} (${formatCents(d.open, "en")}) today${d.reason ? ` — ${d.reason}` : ""}${owner("en")}; follow-up day ${d.followUp}.`,
  };
}

function callLines(calls: MorningNotice["calls"]): Text[] {
  if (calls.count === 0) return [];
  const why = (c: CallItem, lang: "nl" | "en") =>
    c.reasons[0] ? `${c.name} – ${c.reasons[0].text[lang].replace(/\.$/, "")}` : c.name;
  const names = calls.first.map((c) => why(c, "nl"));
  const namesEn = calls.first.map((c) => why(c, "en"));
  const more = calls.count - calls.first.length;
  return [
    {
      nl: `Vandaag bellen: ${plural(calls.count, "debiteur", "debiteuren")}, eerst ${names.join("; ")}${more > 0 ? `; en nog ${more}` : ""}.`,
      en: `Calls to make today: ${plural(calls.count, "customer", "customers")}, first ${namesEn.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`,
    },
  ];
}

/**
 * The notice of `asOf` for the ledger of `scope`, counted from the last run the host keeps. Only a
 * run on the user's today (host.today()) is recorded: a look at another reporting day (the demo's
 * story day, a chosen peildatum) is not a morning run and moves nothing.
 */
export async function morningNoticeOn(
  host: Host,
  scope: string,
  ledger: Ledger,
  conversation: Pick<ConversationRecords, "entries" | "contacts">,
  asOf: IsoDay,
  options: CallOptions = {}
): Promise<MorningNotice> {
  const kept = await keptLastRun(host, scope);
  const notice = morningNotice(ledger, conversation, kept, asOf, options);
  await recordLastRun(host, scope, kept, asOf);
  return notice;
}

/**
 * The morning notice as the pane shows it, for the ledger read from `source` under `active` (the
 * workbook, the demo, an administration): the conversation kept for it, the thresholds of the
 * settings, and the last run the host keeps (recorded by this call). `kept`: the conversation as
 * the pane already holds it (else it is loaded). A file not yet tied to an
 * administration has no records and no last run: its notice counts from yesterday.
 */
export async function paneMorningNotice(
  host: Host,
  active: ActiveAdministration,
  source: string,
  ledger: Ledger,
  asOf: IsoDay,
  settings: Settings,
  kept?: Pick<ConversationRecords, "entries" | "contacts">
): Promise<MorningNotice> {
  const scope = recordScope(active, source);
  // The options of the Bellen view, so the notice counts the same calls.
  const options = callOptionsOf(settings, scope);
  if (scope === null) return morningNotice(ledger, NO_CONVERSATION, null, asOf, options);
  let conversation: Pick<ConversationRecords, "entries" | "contacts"> = kept ?? NO_CONVERSATION;
  if (!kept)
    try {
      conversation = await loadConversation(host, scope);
    } catch {
      // An unreadable conversation log is reported where it is kept (Bellen); the notice goes on.
    }
  return morningNoticeOn(host, scope, ledger, conversation, asOf, options);
}

/**
 * Opens the pane on the notice where the host can (Excel, whose add-in loads with the workbook
 * without showing its pane): only with the user's consent and when something needs attention.
 * Returns whether it asked the host to show the pane.
 */
export async function openOnNotice(
  host: Host,
  settings: Pick<Settings, "morningNotice">,
  notice: Pick<MorningNotice, "quiet">
): Promise<boolean> {
  if (!settings.morningNotice || notice.quiet || !host.showPane) return false;
  await host.showPane();
  return true;
}
