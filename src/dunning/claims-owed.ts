/**
 * What a debtor owes on a day: the principal of its claims, statutory interest on each from its due
 * date (core's claim statement: art. 6:119 / 6:119a BW, yearly compounding), and the collection
 * costs (staffel, art. 6:96 BW; for a consumer only after an unpaid 14-dagenbrief, lid 6). The one
 * computation behind the letters' specification, the claim file for an incassobureau and the
 * customer dossier; each passes which invoices may bear interest and costs.
 *
 * An amount past the exact range of cents (€ 90.071.992.547.409,91) names its invoice, in English
 * and Dutch, instead of core's "The interest on … cents is too large".
 */
import {
  CoreError,
  type ClaimStatement,
  type IsoDay,
  type Cents,
  type InterestPeriod,
  claimStatement,
  collectionCosts,
  compareDays,
  cents,
  formatCents,
  largestRemainder,
} from "../core";
import type { DebtorKind, Ledger } from "../ledger";
import type { Policy, PolicyStage } from "./dunning-policy";
import { stageDeadline } from "./next-reminder";

/** Which invoice an amount belongs to, for the messages. */
export interface InvoiceRef {
  invoiceId: string;
  customerId: string;
}

const LIMIT = Number.MAX_SAFE_INTEGER as Cents;
const dutchDay = (day: IsoDay): string => day.split("-").reverse().join("-");

function tooLarge(ref: InvoiceRef, what: string, whatNl: string): CoreError {
  return new CoreError(
    "claim.too-large",
    `Invoice ${ref.invoiceId} of customer ${ref.customerId}: ${what} is too large to count exactly to the cent (amounts above ${formatCents(LIMIT, "en")} cannot be). Check the invoice's amount, or leave it out.`,
    `Factuur ${ref.invoiceId} van debiteur ${ref.customerId}: ${whatNl} is te groot om tot op de cent exact te berekenen (bedragen boven ${formatCents(LIMIT, "nl")} kunnen dat niet). Controleer het bedrag van de factuur of laat haar weg.`
  );
}

/**
 * The sum of `parts` (principal, interest, costs; or a running total plus a claim), throwing a
 * CoreError that names the invoice when it passes the exact range of cents.
 */
export function invoiceSum(parts: readonly Cents[], ref: InvoiceRef): Cents {
  let sum = 0;
  for (const part of parts) sum += part;
  if (!Number.isSafeInteger(sum))
    throw tooLarge(
      ref,
      "the amount owed with interest and costs",
      "het verschuldigde bedrag met rente en kosten"
    );
  return sum as Cents;
}

/**
 * Whether ledger row `i` is a claim on `asOf`: open (above zero), in euros, not written off, and
 * past its due date (an invoice not yet due is not in default). The one rule for the claim file,
 * the customer dossier and the task pane's list of customers to hand over.
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

/** A stage sent to the debtor: its number in the policy and the day, when known. */
export interface SentStage {
  stage: number;
  /** Null when the ledger says the stage was reached but not when. */
  date: IsoDay | null;
}

/**
 * For a consumer: whether the 14-dagenbrief of `policy` went out (and when), and whether its term
 * had run out by `asOf` — known from its deadline, or because a later stage went out. Only then may
 * collection costs be charged (art. 6:96 lid 6 BW). Null when the policy has no 14-dagenbrief.
 */
export function fourteenDayLetterState(
  policy: Policy,
  sent: readonly SentStage[],
  asOf: IsoDay
): { sent: boolean; date: IsoDay | null; termOver: boolean } | null {
  const index = policy.stages.findIndex((s) => s.kind === "fourteen-day-letter");
  if (index < 0) return null;
  const letter = sent.find((r) => r.stage === index + 1);
  const later = sent.some((r) => r.stage > index + 1);
  const stage = policy.stages[index] as PolicyStage;
  const termOver =
    later ||
    (letter?.date != null &&
      compareDays(stageDeadline(policy, stage, letter.date) ?? letter.date, asOf) < 0);
  return {
    sent: letter !== undefined,
    date: letter?.date ?? null,
    termOver: letter !== undefined && termOver,
  };
}

/** One invoice of a claim. */
export interface OwedInvoice {
  invoiceId: string;
  /** The open amount claimed. */
  principal: Cents;
  dueDate: IsoDay;
  /** Statutory interest may be claimed on it (default true). */
  interest?: boolean;
  /** It counts towards the collection costs (default true). */
  costs?: boolean;
}

/** Options of {@link claimsOwed}. */
export interface ClaimsOwedOptions {
  /** Collection costs may be charged at all (the stage allows it; a consumer had the 14-dagenbrief). */
  chargeCosts: boolean;
  /** The creditor cannot deduct VAT: the costs include 21 % VAT. */
  costsIncludeVat?: boolean;
  /**
   * The principal claimed when it is not the sum of the invoices' (a letter sets credit notes off):
   * the costs never run on more than this.
   */
  principal?: Cents;
  /**
   * An invoice whose interest days lie before the statutory rate table gets no interest and
   * `rateUnknown` instead of failing the whole claim (the dossier shows "–" for it).
   */
  skipUnknownRates?: boolean;
}

/** One invoice of {@link ClaimsOwed}. */
export interface OwedLine {
  invoiceId: string;
  principal: Cents;
  /** Statutory interest from the due date to the day (0 when the invoice bears none). */
  interest: Cents;
  periods: InterestPeriod[];
  /** The invoice's share of the collection costs (pro rata to the principal, to the cent). */
  costs: Cents;
  total: Cents;
  /** No statutory rate is known for the invoice's interest days (see `skipUnknownRates`). */
  rateUnknown?: true;
}

/** What a debtor owes on a day. */
export interface ClaimsOwed {
  asOf: IsoDay;
  invoices: OwedLine[];
  principal: Cents;
  interest: Cents;
  costs: Cents;
  /** principal + interest + costs. */
  total: Cents;
  /** The staffel on the principal, as a 14-dagenbrief must announce it, charged or not. */
  warnedCosts: Cents;
  /** Set when the rate table is not known as far as `asOf`: the last known rate was used after it. */
  rateTableEndsAt: IsoDay | null;
}

/**
 * What customer `customerId`, a debtor of `kind`, owes on `asOf` for `invoices`: statutory interest
 * per invoice (consumer or commercial rate) from its due date, the staffel costs on the principal of
 * the invoices that count towards them (at most `options.principal`) when they may be charged,
 * spread over those invoices pro rata (largest remainder, so the parts add up to the cent).
 */
export function claimsOwed(
  customerId: string,
  kind: DebtorKind,
  invoices: readonly OwedInvoice[],
  asOf: IsoDay,
  options: ClaimsOwedOptions
): ClaimsOwed {
  const interestKind = kind === "consumer" ? "consumer" : "commercial";
  let rateTableEndsAt: IsoDay | null = null;
  const lines: OwedLine[] = invoices.map((invoice) => {
    const ref = { invoiceId: invoice.invoiceId, customerId };
    const zero: OwedLine = {
      invoiceId: invoice.invoiceId,
      principal: invoice.principal,
      interest: cents(0),
      periods: [],
      costs: cents(0),
      total: invoice.principal,
    };
    if (invoice.interest === false || compareDays(invoice.dueDate, asOf) >= 0) return zero;
    let statement;
    try {
      // One claim per statement: without payments the claims do not touch each other, and an
      // overflow names its own invoice.
      statement = claimStatement(
        [
          {
            id: invoice.invoiceId,
            principal: invoice.principal,
            dueDate: invoice.dueDate,
            kind: interestKind,
          },
        ],
        [],
        asOf
      );
    } catch (error) {
      if (
        error instanceof CoreError &&
        error.code === "rates.before-table" &&
        options.skipUnknownRates
      )
        return { ...zero, rateUnknown: true };
      if (!(error instanceof CoreError) || error.code !== "interest.too-large") throw error;
      throw tooLarge(
        ref,
        `the statutory interest on ${formatCents(invoice.principal, "en")} from ${invoice.dueDate} to ${asOf}`,
        `de wettelijke rente over ${formatCents(invoice.principal, "nl")} van ${dutchDay(invoice.dueDate)} tot ${dutchDay(asOf)}`
      );
    }
    rateTableEndsAt ??= statement.rateTableEndsAt ?? null;
    const line = statement.claims[0] as ClaimStatement["claims"][number];
    return {
      invoiceId: invoice.invoiceId,
      principal: invoice.principal,
      interest: line.interest,
      periods: line.periods,
      costs: cents(0),
      total: invoice.principal,
    };
  });
  const ref = { invoiceId: invoices.map((i) => i.invoiceId).join(", "), customerId };
  const principal =
    options.principal ??
    invoiceSum(
      invoices.map((i) => i.principal),
      ref
    );
  const vat = { vat: options.costsIncludeVat === true };
  const warnedCosts = collectionCosts(principal, vat);
  // Costs only on the invoices that count towards them, never on more than the principal claimed.
  const counted = invoices.flatMap((inv, k) => (inv.costs === false ? [] : [k]));
  const chargeable = counted.reduce((sum, k) => sum + (invoices[k] as OwedInvoice).principal, 0);
  const costBase = cents(Math.max(0, Math.min(principal, chargeable)));
  const costs =
    !options.chargeCosts || costBase === 0
      ? cents(0)
      : costBase === principal
        ? warnedCosts
        : collectionCosts(costBase, vat);
  const shares =
    counted.length === 0
      ? []
      : largestRemainder(
          costs,
          counted.map((k) => BigInt((invoices[k] as OwedInvoice).principal))
        );
  counted.forEach((k, n) => {
    const line = lines[k] as OwedLine;
    line.costs = cents(shares[n] ?? 0);
  });
  for (const line of lines)
    line.total = invoiceSum([line.principal, line.interest, line.costs], {
      invoiceId: line.invoiceId,
      customerId,
    });
  const interest = invoiceSum(
    lines.map((l) => l.interest),
    ref
  );
  return {
    asOf,
    invoices: lines,
    principal,
    interest,
    costs,
    total: invoiceSum([principal, interest, costs], ref),
    warnedCosts,
    rateTableEndsAt,
  };
}
