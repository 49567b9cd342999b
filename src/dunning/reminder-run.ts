/**
 * The weekly reminder run over a ledger: per customer one proposed communication, listing all its
 * overdue invoices (each at its own stage) with open credit notes as deductions and the new payment
 * deadline; every open invoice left out gets its reason.
 *
 * The ladder rule (see {@link reviewReminders}): a letter goes out when at least one invoice's next
 * stage is due, at the highest stage among the stages due and the stages already sent on the
 * invoices it lists — never softer than the last letter while an invoice from it is still open.
 */
import { compareDays, diffDays, isIsoDay, type IsoDay, cents, type Cents } from "../core";
import {
  defaultPolicy,
  validatePolicy,
  type DebtorKind,
  type Policy,
  type PolicyStage,
} from "./dunning-policy";
import { stageDeadline } from "./next-reminder";
import {
  arrangementStatus,
  type ArrangementPayment,
  type ArrangementStatus,
  type PaymentArrangement,
} from "./payment-arrangement";
import { type Ledger, ledgerCustomers, statusStopsReminders } from "../ledger";
import { stopIndex, type DoNotRemindEntry, type ReminderStop } from "./do-not-remind";
import { invoiceStep, type InvoiceStep } from "./invoice-step";
import type { ReminderExclusion } from "./reminder-exclusion";
import type {
  ProposalCredit,
  ProposalInvoice,
  ReminderProposal,
  ReminderReview,
} from "./reminder-proposal";

/** Default tolerance: open amounts below € 5,00 are not reminded. */
export const DEFAULT_REMINDER_TOLERANCE = 500 as Cents;

/** Options of {@link reminderRun}; all optional. */
export interface ReminderRunOptions {
  /** Ladders per debtor kind (default {@link defaultPolicy}). */
  policies?: { business?: Policy; consumer?: Policy };
  /** Open amounts below this are excluded (default {@link DEFAULT_REMINDER_TOLERANCE}). */
  tolerance?: Cents;
  /** Payment arrangements with the payments received under them, matched by invoice number. */
  arrangements?: readonly {
    arrangement: PaymentArrangement;
    payments: readonly ArrangementPayment[];
  }[];
  /**
   * The user's do-not-remind marks (per customer or invoice, with reason and optional last day);
   * the ledger's own marks (status, yes/no column) apply as well.
   */
  doNotRemind?: readonly DoNotRemindEntry[];
  /**
   * Arrangements whose status was decided elsewhere (the conversation records, judged against the
   * ledger's open amounts; see agreementsOn): matched by customer and invoice number.
   */
  arrangementStatuses?: readonly {
    id: string;
    customerId: string;
    invoiceIds: readonly string[];
    status: ArrangementStatus;
  }[];
  /**
   * Promises to pay that hold the ladder: the customer's invoices listed (all of them when the list
   * is empty) get no reminder up to and including `until` (the promised day plus the grace).
   */
  promises?: readonly PromisePause[];
}

/** A promise to pay as the run sees it. */
export interface PromisePause {
  customerId: string;
  /** The invoices the promise covers; empty: every invoice of the customer. */
  invoiceIds: readonly string[];
  /** Last day the promise holds the ladder. */
  until: IsoDay;
}

interface CustomerState {
  customerId: string;
  customerName: string | null;
  debtor: DebtorKind;
  language: "nl" | "en";
  rows: number[];
  credits: number[];
}

/** The ledger's customers with their open invoices and usable credit notes. */
function customers(ledger: Ledger): Map<string, CustomerState> {
  const c = ledger.columns;
  const byId = new Map<string, CustomerState>();
  for (const customer of ledgerCustomers(ledger).values()) {
    const state: CustomerState = {
      customerId: customer.customerId,
      customerName: customer.name,
      debtor: customer.kind,
      language: customer.language,
      rows: [],
      credits: [],
    };
    for (const i of customer.rows) {
      const open = c.openAmount[i] as number;
      if (open > 0) state.rows.push(i);
      else if (open < 0 && c.currency[i] === "EUR" && !c.writtenOff[i]) state.credits.push(i);
    }
    byId.set(customer.customerId, state);
  }
  return byId;
}

function arrangementIndex(
  options: ReminderRunOptions,
  asOf: IsoDay
): Map<string, { id: string; status: ArrangementStatus }> {
  const index = new Map<string, { id: string; status: ArrangementStatus }>();
  for (const { arrangement, payments } of options.arrangements ?? []) {
    const status = arrangementStatus(arrangement, payments, asOf);
    for (const invoiceId of arrangement.invoiceIds)
      index.set(invoiceId, { id: arrangement.id, status });
  }
  for (const { id, customerId, invoiceIds, status } of options.arrangementStatuses ?? [])
    for (const invoiceId of invoiceIds) {
      index.set(invoiceId, { id, status });
      index.set(`${customerId}\u0000${invoiceId}`, { id, status });
    }
  return index;
}

/**
 * Reviews the ledger on `asOf`: the proposals (one per customer at most) and the excluded items.
 * Stage numbers in the ledger's reminderStage column are positions in the customer's policy, and
 * reminderDate is the day that stage was sent. A customer's debtor kind comes from the ledger
 * (blank: business); its language likewise (blank: Dutch).
 *
 * The ladder rule, per customer, over the invoices that are overdue and not left out:
 * - a letter is proposed only when the next stage of at least one invoice is due (a customer
 *   whose invoices all wait for their next stage gets nothing this run);
 * - each invoice is listed at its own stage: one whose next stage is due moves one stage on, the
 *   others stay where they are (an invoice never skips a stage, and a new invoice starts at 1);
 * - the letter's stage is the highest of those stages *and* of the stages already sent on the
 *   invoices it lists, so a customer never gets a softer letter than the last one while an
 *   invoice from it is still open: a stage-3 aanmaning still open plus a new invoice whose first
 *   reminder is due gives one letter at stage 3, listing the old invoice at 3 and the new one at 1
 *   (as OCA's credit control processes lower-level lines with the highest one, Odoo's follow-up
 *   takes the partner's level from its most overdue item, and Exact picks the layout by the
 *   debtor's reminders so far).
 * - once the old invoice is paid (or left out: disputed, handed over, do not remind…), it no longer
 *   holds the letter up: the next letter follows the stages of what is listed.
 * Invoices listed but not moved keep their stage and date, so repeating an aanmaning for a new
 * invoice does not restart the old invoice's term.
 */
export function reviewReminders(
  ledger: Ledger,
  asOf: IsoDay,
  options: ReminderRunOptions = {}
): ReminderReview {
  if (!isIsoDay(asOf))
    throw new RangeError(`${JSON.stringify(asOf)} is not a run day (YYYY-MM-DD).`);
  const policies: Record<DebtorKind, Policy> = {
    business: validatePolicy(options.policies?.business ?? defaultPolicy("business")),
    consumer: validatePolicy(options.policies?.consumer ?? defaultPolicy("consumer")),
  };
  const tolerance = options.tolerance ?? DEFAULT_REMINDER_TOLERANCE;
  const arrangements = arrangementIndex(options, asOf);
  const userStop = stopIndex(options.doNotRemind ?? []);
  const promiseUntil = (customerId: string, invoiceId: string): IsoDay | null => {
    let until: IsoDay | null = null;
    for (const p of options.promises ?? [])
      if (
        p.customerId === customerId &&
        (p.invoiceIds.length === 0 || p.invoiceIds.includes(invoiceId)) &&
        (until === null || compareDays(p.until, until) > 0)
      )
        until = p.until;
    return until;
  };
  const stopOf = (i: number): ReminderStop | null => {
    const customerId = c.customerId[i] as string;
    const user = userStop(customerId, c.invoiceId[i] as string, asOf);
    if (user) return user;
    if (!c.doNotRemind[i]) return null;
    const status = c.status[i] ?? null;
    return {
      source: "ledger",
      scope: "invoice",
      reason: status !== null && statusStopsReminders(status) ? status : null,
      until: null,
    };
  };
  const c = ledger.columns;
  const proposals: ReminderProposal[] = [];
  const excluded: ReminderExclusion[] = [];

  for (const customer of customers(ledger).values()) {
    const policy = policies[customer.debtor];
    const exclude = (
      i: number,
      reason: ReminderExclusion["reason"],
      date: IsoDay | null,
      stop: ReminderStop | null = null
    ): void => {
      excluded.push({
        invoiceId: c.invoiceId[i] as string,
        sheetRow: c.sheetRow[i] as number,
        customerId: customer.customerId,
        customerName: customer.customerName,
        dueDate: c.dueDate[i] ?? null,
        openAmount: c.openAmount[i] as Cents,
        currency: c.currency[i] as string,
        reason,
        lastStage: c.reminderStage[i] ?? 0,
        date,
        tolerance: reason === "below-tolerance" ? tolerance : null,
        arrangementId:
          reason === "arrangement"
            ? ((
                arrangements.get(`${customer.customerId}\u0000${c.invoiceId[i] as string}`) ??
                arrangements.get(c.invoiceId[i] as string)
              )?.id ?? null)
            : null,
        stop,
      });
    };
    const overdue: { row: number; step: Extract<InvoiceStep, { kind: "waiting" | "due" }> }[] = [];
    for (const i of customer.rows) {
      const stop = stopOf(i);
      const step = invoiceStep(
        {
          dueDate: c.dueDate[i] ?? null,
          openAmount: c.openAmount[i] as Cents,
          currency: c.currency[i] as string,
          disputed: c.disputed[i] === true,
          writtenOff: c.writtenOff[i] === true,
          handedOver: c.handedOver[i] === true,
          stop,
          lastStage: c.reminderStage[i] ?? 0,
          lastSent: c.reminderDate[i] ?? null,
          arrangement:
            arrangements.get(`${customer.customerId}\u0000${c.invoiceId[i] as string}`) ??
            arrangements.get(c.invoiceId[i] as string) ??
            null,
          promise: promiseUntil(customer.customerId, c.invoiceId[i] as string),
        },
        asOf,
        policy,
        tolerance
      );
      if (step.kind === "excluded") exclude(i, step.reason, step.date, stop);
      else overdue.push({ row: i, step });
    }
    const due = overdue.filter((o) => o.step.kind === "due");
    const overdueTotal = overdue.reduce((sum, o) => sum + (c.openAmount[o.row] as number), 0);
    const creditTotal = customer.credits.reduce((sum, i) => sum + (c.openAmount[i] as number), 0);
    if (due.length === 0) {
      for (const o of overdue) exclude(o.row, "waiting", o.step.nextDate);
      continue;
    }
    if (overdueTotal + creditTotal <= 0) {
      for (const o of overdue) exclude(o.row, "covered-by-credit", null);
      continue;
    }
    const highestSent = Math.max(0, ...overdue.map((o) => c.reminderStage[o.row] ?? 0));
    const stage = Math.max(highestSent, ...due.map((o) => o.step.nextStage));
    const policyStage = policy.stages[stage - 1] as PolicyStage;
    const invoices: ProposalInvoice[] = overdue
      .map(({ row, step }): ProposalInvoice => {
        const fromStage = c.reminderStage[row] ?? 0;
        const toStage = step.kind === "due" ? step.nextStage : fromStage;
        const own = toStage > 0 ? policy.stages[toStage - 1] : undefined;
        return {
          invoiceId: c.invoiceId[row] as string,
          sheetRow: c.sheetRow[row] as number,
          invoiceDate: c.invoiceDate[row] ?? null,
          dueDate: step.dueDate,
          openAmount: c.openAmount[row] as Cents,
          daysOverdue: diffDays(asOf, step.dueDate),
          fromStage,
          toStage,
          nextStageDate: step.nextDate,
          mayChargeInterest: own?.mayChargeInterest ?? false,
          mayChargeCollectionCosts: own?.mayChargeCollectionCosts ?? false,
        };
      })
      .sort((a, b) => compareDays(a.dueDate, b.dueDate) || a.sheetRow - b.sheetRow);
    const credits: ProposalCredit[] = customer.credits.map((i) => ({
      invoiceId: c.invoiceId[i] as string,
      sheetRow: c.sheetRow[i] as number,
      invoiceDate: c.invoiceDate[i] ?? null,
      openAmount: c.openAmount[i] as Cents,
    }));
    proposals.push({
      customerId: customer.customerId,
      customerName: customer.customerName,
      debtor: customer.debtor,
      language: customer.language,
      policyId: policy.id,
      stage,
      highestSent,
      policyStage,
      stageName: policyStage.name[customer.language],
      sendOn: asOf,
      paymentDeadline: stageDeadline(policy, policyStage, asOf),
      invoices,
      credits,
      overdueTotal: cents(overdueTotal),
      creditTotal: cents(creditTotal),
      amountDue: cents(overdueTotal + creditTotal),
    });
  }
  proposals.sort(
    (a, b) =>
      b.stage - a.stage || b.amountDue - a.amountDue || a.customerId.localeCompare(b.customerId)
  );
  return { asOf, proposals, excluded };
}

/**
 * The proposals of a reminder run on `asOf`: at most one per customer (see {@link reviewReminders},
 * which also returns the excluded items with their reasons).
 */
export function reminderRun(
  ledger: Ledger,
  asOf: IsoDay,
  options: ReminderRunOptions = {}
): ReminderProposal[] {
  return reviewReminders(ledger, asOf, options).proposals;
}
