/**
 * The claim file for an incassobureau or gerechtsdeurwaarder: one row per open invoice of the
 * selected debtors, with the debtor's identity, the principal, statutory interest to the hand-off
 * day with its specification, collection costs, payments received, reminder history, whether the
 * 14-dagenbrief went out, disputes and notes — plus the control line.
 */
import {
  type IsoDay,
  cents,
  formatCents,
  type Cents,
  shortDay,
  type InterestPeriod,
} from "../../core";
import {
  claimsOwed,
  defaultPolicy,
  fourteenDayLetterState,
  invoiceSum,
  isOverdueClaim,
  type OwedLine,
  type PolicyStage,
  type ReminderLogEntry,
} from "../../dunning";
import { type Ledger, ledgerCustomers } from "../../ledger";
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
  const customers = ledgerCustomers(ledger);
  const claims: HandoffClaim[] = [];
  let grandTotal = cents(0);
  const notFound: string[] = [];
  for (const customerId of customerIds) {
    const debtor = details.get(customerId);
    // The claim rows of the customer, in ledger order.
    const rows = (customers.get(customerId)?.rows ?? []).filter(
      (i) => isOverdueClaim(c, i, asOf) && !(options.skipHandedOver && c.handedOver[i])
    );
    if (!debtor || rows.length === 0) {
      notFound.push(customerId);
      continue;
    }
    const policy = defaultPolicy(debtor.debtorType);
    // The file is for a Dutch incassobureau: stage names in Dutch whatever the debtor's language.
    const lang = "nl";
    const kind = debtor.debtorType === "consumer" ? "consumer" : "commercial";
    let mayCharge = debtor.debtorType === "business";
    const parts = rows.map((i) => {
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
      if (debtor.debtorType === "consumer") {
        const letter = fourteenDayLetterState(policy, reminders, asOf);
        if (letter !== null) {
          fourteenDayLetter = { sent: letter.sent, date: letter.date };
          if (letter.termOver) mayCharge = true;
        }
      }
      return { i, invoiceId, reminders, fourteenDayLetter };
    });
    // The staffel applies to the sum of the principals claimed together; the costs are spread over
    // the claims pro rata (largest remainder, so the parts add up to the cent).
    const owed = claimsOwed(
      customerId,
      debtor.debtorType,
      parts.map(({ i, invoiceId }) => ({
        invoiceId,
        principal: c.openAmount[i] as Cents,
        dueDate: c.dueDate[i] as IsoDay,
      })),
      asOf,
      { chargeCosts: mayCharge, costsIncludeVat: options.costsIncludeVat === true }
    );
    parts.forEach(({ i, invoiceId, reminders, fourteenDayLetter }, k) => {
      const line = owed.invoices[k] as OwedLine;
      const amount = c.amount[i] as Cents;
      const claim: HandoffClaim = {
        debtor,
        invoiceId,
        invoiceDate: c.invoiceDate[i] ?? null,
        dueDate: c.dueDate[i] ?? null,
        amount,
        paid: cents(Math.max(0, amount - line.principal)),
        principal: line.principal,
        interestKind: kind,
        interest: line.interest,
        interestPeriods: line.periods,
        costs: line.costs,
        total: line.total,
        reminders,
        fourteenDayLetter,
        disputed: c.disputed[i] === true,
        notes: [c.description[i], c.status[i], c.reference[i]]
          .map((t) => cleanText(t))
          .filter(Boolean)
          .join(" | "),
      };
      claims.push(claim);
      // The control line adds every claim up: stop at the invoice that would make it inexact.
      grandTotal = invoiceSum([grandTotal, claim.total], { invoiceId, customerId });
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
