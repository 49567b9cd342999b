/**
 * The weekly reminder run over a ledger: per customer one proposed communication at the highest
 * stage that is due among its overdue invoices, listing all of them with open credit notes as
 * deductions and the new payment deadline; every open invoice left out gets its reason.
 */
import { compareDays, diffDays, isIsoDay, type IsoDay } from "../core/day";
import {
  defaultPolicy,
  validatePolicy,
  type DebtorKind,
  type Policy,
  type PolicyStage,
} from "../core/dunning-policy";
import { cents, type Cents } from "../core/money";
import { stageDeadline } from "../core/next-reminder";
import {
  arrangementStatus,
  type ArrangementPayment,
  type ArrangementStatus,
  type PaymentArrangement,
} from "../core/payment-arrangement";
import type { Ledger } from "../ledger/types";
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
}

interface CustomerState {
  customerId: string;
  customerName: string | null;
  debtor: DebtorKind;
  language: "nl" | "en";
  rows: number[];
  credits: number[];
}

/** Groups the ledger rows by customer, deciding each customer's debtor kind and language. */
function customers(ledger: Ledger): Map<string, CustomerState> {
  const c = ledger.columns;
  const byId = new Map<string, CustomerState>();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    let state = byId.get(id);
    if (!state) {
      state = {
        customerId: id,
        customerName: null,
        debtor: "business",
        language: "nl",
        rows: [],
        credits: [],
      };
      byId.set(id, state);
    }
    state.customerName ??= c.customerName[i] ?? null;
    // One consumer row makes the customer a consumer: the consumer protections must not be skipped.
    if (c.debtorType[i] === "consumer") state.debtor = "consumer";
    if (c.language[i] === "en") state.language = "en";
    const open = c.openAmount[i] as number;
    if (open > 0) state.rows.push(i);
    else if (open < 0 && c.currency[i] === "EUR" && !c.writtenOff[i]) state.credits.push(i);
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
  return index;
}

/**
 * Reviews the ledger on `asOf`: the proposals (one per customer at most) and the excluded items.
 * Stage numbers in the ledger's reminderStage column are positions in the customer's policy, and
 * reminderDate is the day that stage was sent. A customer's debtor kind comes from the ledger
 * (blank: business); its language likewise (blank: Dutch).
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
  const c = ledger.columns;
  const proposals: ReminderProposal[] = [];
  const excluded: ReminderExclusion[] = [];

  for (const customer of customers(ledger).values()) {
    const policy = policies[customer.debtor];
    const exclude = (i: number, reason: ReminderExclusion["reason"], date: IsoDay | null): void => {
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
            ? (arrangements.get(c.invoiceId[i] as string)?.id ?? null)
            : null,
      });
    };
    const overdue: { row: number; step: Extract<InvoiceStep, { kind: "waiting" | "due" }> }[] = [];
    for (const i of customer.rows) {
      const step = invoiceStep(
        {
          dueDate: c.dueDate[i] ?? null,
          openAmount: c.openAmount[i] as Cents,
          currency: c.currency[i] as string,
          disputed: c.disputed[i] === true,
          writtenOff: c.writtenOff[i] === true,
          handedOver: c.handedOver[i] === true,
          lastStage: c.reminderStage[i] ?? 0,
          lastSent: c.reminderDate[i] ?? null,
          arrangement: arrangements.get(c.invoiceId[i] as string) ?? null,
        },
        asOf,
        policy,
        tolerance
      );
      if (step.kind === "excluded") exclude(i, step.reason, step.date);
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
    const stage = Math.max(...due.map((o) => o.step.nextStage));
    const policyStage = policy.stages[stage - 1] as PolicyStage;
    const invoices: ProposalInvoice[] = overdue
      .map(({ row, step }): ProposalInvoice => {
        const fromStage = c.reminderStage[row] ?? 0;
        return {
          invoiceId: c.invoiceId[row] as string,
          sheetRow: c.sheetRow[row] as number,
          invoiceDate: c.invoiceDate[row] ?? null,
          dueDate: step.dueDate,
          openAmount: c.openAmount[row] as Cents,
          daysOverdue: diffDays(asOf, step.dueDate),
          fromStage,
          toStage: step.kind === "due" ? step.nextStage : fromStage,
          nextStageDate: step.nextDate,
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
