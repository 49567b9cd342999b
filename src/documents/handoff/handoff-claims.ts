/**
 * The claim file for an incassobureau or gerechtsdeurwaarder: one row per open invoice of the
 * selected debtors, with the debtor's identity, the principal, statutory interest to the hand-off
 * day with its specification, collection costs, payments received, reminder history, whether the
 * 14-dagenbrief went out, disputes and notes — plus the control line.
 */
import {
  collectionCosts,
  compareDays,
  type IsoDay,
  largestRemainder,
  cents,
  formatCents,
  type Cents,
  shortDay,
  type InterestPeriod,
} from "../../core";
import {
  defaultPolicy,
  type PolicyStage,
  stageDeadline,
  type ReminderLogEntry,
} from "../../dunning";
import type { Ledger } from "../../ledger";
import { invoiceInterest, invoiceSum } from "./claim-interest";
import { cleanText, oneLine } from "../tables/clean-text";
import { controlLine, type ControlLine } from "../tables/control-line";
import { debtorDetails, type DebtorDetails } from "../letters/debtor-details";

/** A reminder sent for a claim. */
export interface ClaimReminder {
  stage: number;
  stageName: string;
  /** Null when the ledger says the stage was reached but not when. */
  date: IsoDay | null;
}

/** One claim (invoice) handed off. */
export interface HandoffClaim {
  debtor: DebtorDetails;
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  amount: Cents;
  /** amount − open: what the debtor paid on the invoice. */
  paid: Cents;
  /** The open amount: the principal claimed. */
  principal: Cents;
  interestKind: "commercial" | "consumer";
  /** Statutory interest from the due date to the hand-off day (statutoryInterest on the open amount). */
  interest: Cents;
  interestPeriods: InterestPeriod[];
  /** This claim's share of the debtor's collection costs (staffel on all its claims, pro rata). */
  costs: Cents;
  total: Cents;
  reminders: ClaimReminder[];
  /** Consumers: whether, and when, the 14-dagenbrief went out; null for business debtors. */
  fourteenDayLetter: { sent: boolean; date: IsoDay | null } | null;
  disputed: boolean;
  notes: string;
}

/** Options of {@link handoffClaims}. */
export interface HandoffOptions {
  /** The creditor cannot deduct VAT: costs include 21 % VAT. */
  costsIncludeVat?: boolean;
  /** Logged communications, for the reminder history. */
  log?: readonly ReminderLogEntry[];
  /**
   * Leave out invoices already handed over (the task pane: no claim goes out twice). The CLI keeps
   * them and warns, since its earlier hand-overs come from a file the user passed.
   */
  skipHandedOver?: boolean;
}

/**
 * Whether ledger row `i` is a claim on `asOf`: open (above zero), in euros, not written off, and
 * past its due date (an invoice not yet due is not in default). The one rule for the claim file and
 * the task pane's list of customers to hand over.
 */
export function isOverdueClaim(columns: Ledger["columns"], i: number, asOf: IsoDay): boolean {
  const due = columns.dueDate[i];
  return (
    (columns.openAmount[i] as number) > 0 &&
    !columns.writtenOff[i] &&
    columns.currency[i] === "EUR" &&
    due != null &&
    compareDays(due, asOf) < 0
  );
}

/** The claims of the selected debtors on `asOf` and their control line. */
export interface HandoffFile {
  asOf: IsoDay;
  claims: HandoffClaim[];
  control: ControlLine;
  /** Selected customer ids that have no open claim. */
  notFound: string[];
}

function history(
  lastStage: number | null,
  lastDate: IsoDay | null,
  stages: readonly PolicyStage[],
  logged: readonly { stage: number; date: IsoDay }[],
  lang: "nl" | "en"
): ClaimReminder[] {
  const byStage = new Map<number, IsoDay | null>();
  for (const l of logged) byStage.set(l.stage, l.date);
  // The ledger keeps only the last stage and its date; earlier stages were sent, dates unknown.
  for (let s = 1; s <= (lastStage ?? 0); s++)
    if (!byStage.has(s)) byStage.set(s, s === lastStage ? lastDate : null);
  return [...byStage.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([stage, date]) => ({
      stage,
      stageName: stages[stage - 1]?.name[lang] ?? String(stage),
      date,
    }));
}

/**
 * The claim file for `customerIds` (all open, overdue, non-written-off euro invoices of each) on
 * `asOf`; invoices not yet due are not in default and stay out.
 * Costs: for a business debtor always (art. 6:96 lid 4 BW); for a consumer only when the
 * 14-dagenbrief went out and its term had run out by `asOf` (art. 6:96 lid 6 BW), else zero.
 */
export function handoffClaims(
  ledger: Ledger,
  customerIds: readonly string[],
  asOf: IsoDay,
  options: HandoffOptions = {}
): HandoffFile {
  const c = ledger.columns;
  const details = debtorDetails(ledger);
  const claims: HandoffClaim[] = [];
  let grandTotal = cents(0);
  const notFound: string[] = [];
  // The claim rows of the selected customers, in ledger order, in one pass over the ledger.
  const rowsOf = new Map<string, number[]>(customerIds.map((id) => [id, []]));
  for (let i = 0; i < ledger.length; i++) {
    const rows = rowsOf.get(c.customerId[i] as string);
    if (rows && isOverdueClaim(c, i, asOf) && !(options.skipHandedOver && c.handedOver[i]))
      rows.push(i);
  }
  for (const customerId of customerIds) {
    const debtor = details.get(customerId);
    const rows = rowsOf.get(customerId) ?? [];
    if (!debtor || rows.length === 0) {
      notFound.push(customerId);
      continue;
    }
    const policy = defaultPolicy(debtor.debtorType);
    // The file is for a Dutch incassobureau: stage names in Dutch whatever the debtor's language.
    const lang = "nl";
    const kind = debtor.debtorType === "consumer" ? "consumer" : "commercial";
    const fourteenIndex = policy.stages.findIndex((s) => s.kind === "fourteen-day-letter");
    const start = claims.length;
    let mayCharge = debtor.debtorType === "business";
    for (const i of rows) {
      const invoiceId = c.invoiceId[i] as string;
      const logged = (options.log ?? [])
        .filter((e) => e.customerId === customerId)
        .flatMap((e) =>
          e.invoices
            .filter((x) => x.invoiceId === invoiceId)
            .map((x) => ({ stage: x.stage, date: e.date }))
        );
      const reminders = history(
        c.reminderStage[i] ?? null,
        c.reminderDate[i] ?? null,
        policy.stages,
        logged,
        lang
      );
      let fourteenDayLetter: HandoffClaim["fourteenDayLetter"] = null;
      if (debtor.debtorType === "consumer" && fourteenIndex >= 0) {
        const sent = reminders.find((r) => r.stage === fourteenIndex + 1);
        const later = reminders.some((r) => r.stage > fourteenIndex + 1);
        fourteenDayLetter = { sent: sent !== undefined, date: sent?.date ?? null };
        const stage = policy.stages[fourteenIndex] as PolicyStage;
        const termOver =
          later ||
          (sent?.date != null &&
            compareDays(stageDeadline(policy, stage, sent.date) ?? sent.date, asOf) < 0);
        if (sent && termOver) mayCharge = true;
      }
      const principal = c.openAmount[i] as Cents;
      const due = c.dueDate[i] ?? null;
      const result =
        due !== null && compareDays(due, asOf) < 0
          ? invoiceInterest({ principal, from: due, to: asOf, kind }, { invoiceId, customerId })
          : null;
      const amount = c.amount[i] as Cents;
      claims.push({
        debtor,
        invoiceId,
        invoiceDate: c.invoiceDate[i] ?? null,
        dueDate: due,
        amount,
        paid: cents(Math.max(0, amount - principal)),
        principal,
        interestKind: kind,
        interest: result?.interest ?? cents(0),
        interestPeriods: result?.periods ?? [],
        costs: cents(0),
        total: cents(0),
        reminders,
        fourteenDayLetter,
        disputed: c.disputed[i] === true,
        notes: [c.description[i], c.status[i], c.reference[i]]
          .map((t) => cleanText(t))
          .filter(Boolean)
          .join(" | "),
      });
    }
    const mine = claims.slice(start);
    // The staffel applies to the sum of the principals claimed together; the costs are spread over
    // the claims pro rata (largest remainder, so the parts add up to the cent).
    const costs = mayCharge
      ? collectionCosts(cents(mine.reduce((s, x) => s + x.principal, 0)), {
          vat: options.costsIncludeVat === true,
        })
      : cents(0);
    const shares = largestRemainder(
      costs,
      mine.map((x) => BigInt(x.principal))
    );
    mine.forEach((claim, k) => {
      const ref = { invoiceId: claim.invoiceId, customerId: claim.debtor.customerId };
      claim.costs = cents(shares[k] ?? 0);
      claim.total = invoiceSum([claim.principal, claim.interest, claim.costs], ref);
      // The control line adds every claim up: stop at the invoice that would make it inexact.
      grandTotal = invoiceSum([grandTotal, claim.total], ref);
    });
  }
  return { asOf, claims, control: controlLine(claims), notFound };
}

/**
 * The interest specification of a claim as one line of Dutch text, as the claim file's
 * "Rentespecificatie" column shows it: "01-08-2026 t/m 20-11-2026: 111 dagen × 10,15% over
 * € 1.250,00 = € 38,58; …" (days dd-mm-jjjj, decimal commas).
 */
export function interestSpecText(claim: HandoffClaim): string {
  return claim.interestPeriods
    .map(
      (p) =>
        `${shortDay(p.from, "nl")} t/m ${shortDay(p.to, "nl")}: ${p.days} ${p.days === 1 ? "dag" : "dagen"} × ${String(p.ratePct).replace(".", ",")}% over ${formatCents(p.base, "nl")} = ${formatCents(p.interest, "nl")}`
    )
    .join("; ");
}

/** The reminder history of a claim as the claim file's column shows it: "1 Herinnering 01-10-2026; 2 …". */
export function reminderHistoryText(claim: HandoffClaim): string {
  return claim.reminders
    .map((r) => `${r.stage} ${r.stageName}${r.date ? ` ${shortDay(r.date, "nl")}` : ""}`)
    .join("; ");
}

/** Whether the 14-dagenbrief went out, as the claim file's column shows it: "ja 01-10-2026", "nee", "n.v.t.". */
export function fourteenDayLetterText(claim: HandoffClaim): string {
  const letter = claim.fourteenDayLetter;
  if (letter === null) return "n.v.t.";
  if (!letter.sent) return "nee";
  return letter.date ? `ja ${shortDay(letter.date, "nl")}` : "ja";
}

/** One-line name for exports. */
export function claimDebtorName(claim: HandoffClaim): string {
  return oneLine(claim.debtor.name);
}
