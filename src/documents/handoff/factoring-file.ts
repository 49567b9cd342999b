/**
 * The selection for a factoring company: which invoices are assigned, their debtors (with credit
 * limit) and the control totals. A factor finances collectable receivables only, so the rule is:
 * open (open amount above zero — credit notes stay out, the factor settles them against the debtor's
 * balance), euro, not disputed, not written off and not already handed over (to an incassobureau or
 * a factor). By default also not on a consumer and not more than 90 days past due: factors finance
 * business-to-business invoices only and do not advance on invoices that old (both are options).
 * Invoices not yet due are in (they are what a factor advances on); the ageing says how old each is.
 * Selecting customers narrows the set to those customers; the same rule applies to their invoices.
 * Every open invoice of the selected customers left out is listed with its reason.
 */
import {
  ageBucket,
  daysOverdue as daysPastDue,
  DEFAULT_AGE_EDGES,
  type IsoDay,
  cents,
  formatCents,
  type Cents,
} from "../../core";
import type { Ledger } from "../../ledger";
import { bucketLabel } from "../report/report-texts";
import { debtorDetails, type DebtorDetails } from "../letters/debtor-details";

/** A debtor on the master list: its details, credit limit and what is assigned of it. */
export interface FactoringDebtor {
  debtor: DebtorDetails;
  /** The first credit limit the ledger gives for this customer; null when none. */
  creditLimit: Cents | null;
  invoiceCount: number;
  open: Cents;
}

/** One assigned invoice. */
export interface FactoringInvoice {
  debtor: DebtorDetails;
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  amount: Cents;
  open: Cents;
  /** Days past the due date on the as-of day (0 or negative: not yet due); null without due date. */
  daysOverdue: number | null;
  /** The Dutch ageing label ("Niet vervallen", "1–30 dgn", …, "Geen datum"). */
  bucket: string;
}

/** Count and sums of the assigned invoices. */
export interface FactoringControl {
  count: number;
  amount: Cents;
  open: Cents;
}

/** Why ledger rows of the selected customers were left out (counts of invoices with an open amount). */
export interface FactoringExclusions {
  disputed: number;
  writtenOff: number;
  handedOver: number;
  otherCurrency: number;
  /** Invoices on a consumer (particulier). */
  consumer: number;
  /** Invoices more than the limit's number of days past due. */
  pastDueLimit: number;
}

/** Why an open invoice is not offered to the factor. */
export type FactoringLeftOutReason =
  "written-off" | "handed-over" | "disputed" | "other-currency" | "consumer" | "past-due-limit";

/** An open invoice of a selected customer that is not offered, and why. */
export interface FactoringLeftOut {
  customerId: string;
  invoiceId: string;
  /** The open amount, in the invoice's currency. */
  open: Cents;
  currency: string;
  daysOverdue: number | null;
  reason: FactoringLeftOutReason;
}

/** Default of {@link FactoringOptions.maxDaysPastDue}: factors seldom advance on older invoices. */
export const DEFAULT_FACTORING_MAX_DAYS_PAST_DUE = 90;

/** The factoring selection on `asOf`. */
export interface FactoringFile {
  asOf: IsoDay;
  debtors: FactoringDebtor[];
  invoices: FactoringInvoice[];
  control: FactoringControl;
  excluded: FactoringExclusions;
  /** The open invoices of the selected customers left out, each with its reason, in ledger order. */
  leftOut: FactoringLeftOut[];
  /** The limit applied (null: none). */
  maxDaysPastDue: number | null;
  /** Whether consumer invoices were offered. */
  includeConsumers: boolean;
  /** Selected customer ids with no assignable invoice. */
  notFound: string[];
}

/** Options of {@link factoringFile}. */
export interface FactoringOptions {
  /** Only these customers (default: every customer with an assignable invoice). */
  customerIds?: readonly string[];
  /** Ageing bucket edges in days overdue (default 30, 60, 90). */
  edges?: readonly number[];
  /**
   * Invoices more than this many days past due stay out (default
   * {@link DEFAULT_FACTORING_MAX_DAYS_PAST_DUE}); null: no limit.
   */
  maxDaysPastDue?: number | null;
  /** Offer invoices on consumers too (default false: a factor finances business claims). */
  includeConsumers?: boolean;
}

/**
 * The debtor master list and invoice assignment list on `asOf` (see the file comment for the rule).
 * Debtors and invoices keep ledger order; the control totals are the sums of the invoice rows.
 */
export function factoringFile(
  ledger: Ledger,
  asOf: IsoDay,
  options: FactoringOptions = {}
): FactoringFile {
  const c = ledger.columns;
  const edges = options.edges ?? DEFAULT_AGE_EDGES;
  const wanted = options.customerIds ? new Set(options.customerIds) : null;
  const details = debtorDetails(ledger);
  const debtors = new Map<string, FactoringDebtor>();
  const limits = new Map<string, Cents>();
  const invoices: FactoringInvoice[] = [];
  const maxDays =
    options.maxDaysPastDue === undefined
      ? DEFAULT_FACTORING_MAX_DAYS_PAST_DUE
      : options.maxDaysPastDue;
  const includeConsumers = options.includeConsumers === true;
  const leftOut: FactoringLeftOut[] = [];
  for (let i = 0; i < ledger.length; i++) {
    const customerId = c.customerId[i] as string;
    const limit = c.creditLimit[i] ?? null;
    if (limit !== null && !limits.has(customerId)) limits.set(customerId, limit);
    if (wanted && !wanted.has(customerId)) continue;
    if ((c.openAmount[i] as number) <= 0) continue;
    const debtor = details.get(customerId) as DebtorDetails;
    const due = c.dueDate[i] ?? null;
    const days = due === null ? null : daysPastDue(due, asOf);
    const open = c.openAmount[i] as Cents;
    const reason: FactoringLeftOutReason | null = c.writtenOff[i]
      ? "written-off"
      : c.handedOver[i]
        ? "handed-over"
        : c.disputed[i]
          ? "disputed"
          : c.currency[i] !== "EUR"
            ? "other-currency"
            : debtor.debtorType === "consumer" && !includeConsumers
              ? "consumer"
              : maxDays !== null && days !== null && days > maxDays
                ? "past-due-limit"
                : null;
    if (reason !== null) {
      leftOut.push({
        customerId,
        invoiceId: c.invoiceId[i] as string,
        open,
        currency: c.currency[i] as string,
        daysOverdue: days,
        reason,
      });
    } else {
      invoices.push({
        debtor,
        invoiceId: c.invoiceId[i] as string,
        invoiceDate: c.invoiceDate[i] ?? null,
        dueDate: due,
        amount: c.amount[i] as Cents,
        open,
        daysOverdue: days,
        bucket: bucketLabel("nl", days === null ? "No date" : ageBucket(days, edges)),
      });
      const entry = debtors.get(customerId) ?? {
        debtor,
        creditLimit: null,
        invoiceCount: 0,
        open: cents(0),
      };
      entry.invoiceCount++;
      entry.open = cents(entry.open + open);
      debtors.set(customerId, entry);
    }
  }
  for (const [id, entry] of debtors) entry.creditLimit = limits.get(id) ?? null;
  const notFound = (options.customerIds ?? []).filter((id) => !debtors.has(id));
  const count = (reason: FactoringLeftOutReason): number =>
    leftOut.filter((x) => x.reason === reason).length;
  return {
    asOf,
    debtors: [...debtors.values()],
    invoices,
    control: factoringControl(invoices),
    excluded: {
      disputed: count("disputed"),
      writtenOff: count("written-off"),
      handedOver: count("handed-over"),
      otherCurrency: count("other-currency"),
      consumer: count("consumer"),
      pastDueLimit: count("past-due-limit"),
    },
    leftOut,
    maxDaysPastDue: maxDays,
    includeConsumers,
    notFound,
  };
}

/**
 * Why invoices were left out, one phrase per reason with its count and amount, in `lang` — for the
 * CLI's summary and the pane's message ("2 facturen op particulieren (€ 1.250,00): een factor
 * financiert geen consumentenvorderingen"). Empty when nothing was left out.
 */
export function factoringLeftOutLines(file: FactoringFile, lang: "nl" | "en"): string[] {
  const order: FactoringLeftOutReason[] = [
    "consumer",
    "past-due-limit",
    "disputed",
    "handed-over",
    "written-off",
    "other-currency",
  ];
  const lines: string[] = [];
  for (const reason of order) {
    const items = file.leftOut.filter((x) => x.reason === reason);
    if (items.length === 0) continue;
    const n = items.length;
    const euro = items.filter((x) => x.currency === "EUR");
    const sum = formatCents(cents(euro.reduce((s, x) => s + x.open, 0)), lang);
    const amount = euro.length === items.length ? ` (${sum})` : "";
    const invoices =
      lang === "nl" ? (n === 1 ? "factuur" : "facturen") : n === 1 ? "invoice" : "invoices";
    lines.push(`${n} ${invoices}${amount} ${leftOutReasonText(reason, lang, file.maxDaysPastDue)}`);
  }
  return lines;
}

/** The reason as a phrase after "n facturen": nl "op particulieren: …", en "on consumers: …". */
export function leftOutReasonText(
  reason: FactoringLeftOutReason,
  lang: "nl" | "en",
  maxDays: number | null
): string {
  const nl = lang === "nl";
  switch (reason) {
    case "consumer":
      return nl
        ? "op particulieren: een factor financiert alleen zakelijke vorderingen"
        : "on consumers: a factor finances business invoices only";
    case "past-due-limit":
      return nl
        ? `meer dan ${maxDays ?? 0} dagen over de vervaldatum: daarop geeft een factor geen voorschot`
        : `more than ${maxDays ?? 0} days past due: a factor does not advance on them`;
    case "disputed":
      return nl ? "betwist" : "disputed";
    case "handed-over":
      return nl ? "al overgedragen" : "already handed over";
    case "written-off":
      return nl ? "afgeschreven" : "written off";
    case "other-currency":
      return nl ? "niet in euro" : "not in euros";
  }
}

/** Count, sum of invoice amounts and sum of open amounts of `invoices`. */
export function factoringControl(
  invoices: readonly { amount: Cents; open: Cents }[]
): FactoringControl {
  let amount = 0;
  let open = 0;
  for (const inv of invoices) {
    amount += inv.amount;
    open += inv.open;
  }
  return { count: invoices.length, amount: cents(amount), open: cents(open) };
}
