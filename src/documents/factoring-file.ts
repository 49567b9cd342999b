/**
 * The selection for a factoring company: which invoices are assigned, their debtors (with credit
 * limit) and the control totals. A factor finances collectable receivables only, so the rule is:
 * open (open amount above zero — credit notes stay out, the factor settles them against the debtor's
 * balance), euro, not disputed, not written off and not already handed over to an incassobureau.
 * Invoices not yet due are in (they are what a factor advances on); the ageing says how old each is.
 * Selecting customers narrows the set to those customers; the same rule applies to their invoices.
 */
import { ageBucket, daysOverdue as daysPastDue, DEFAULT_AGE_EDGES } from "../core/ageing";
import type { IsoDay } from "../core/day";
import { cents, type Cents } from "../core/money";
import type { Ledger } from "../ledger/types";
import { bucketLabel } from "../analytics/report-texts";
import { debtorDetails, type DebtorDetails } from "./debtor-details";

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
}

/** The factoring selection on `asOf`. */
export interface FactoringFile {
  asOf: IsoDay;
  debtors: FactoringDebtor[];
  invoices: FactoringInvoice[];
  control: FactoringControl;
  excluded: FactoringExclusions;
  /** Selected customer ids with no assignable invoice. */
  notFound: string[];
}

/** Options of {@link factoringFile}. */
export interface FactoringOptions {
  /** Only these customers (default: every customer with an assignable invoice). */
  customerIds?: readonly string[];
  /** Ageing bucket edges in days overdue (default 30, 60, 90). */
  edges?: readonly number[];
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
  const excluded: FactoringExclusions = {
    disputed: 0,
    writtenOff: 0,
    handedOver: 0,
    otherCurrency: 0,
  };
  for (let i = 0; i < ledger.length; i++) {
    const customerId = c.customerId[i] as string;
    const limit = c.creditLimit[i] ?? null;
    if (limit !== null && !limits.has(customerId)) limits.set(customerId, limit);
    if (wanted && !wanted.has(customerId)) continue;
    if ((c.openAmount[i] as number) <= 0) continue;
    if (c.writtenOff[i]) excluded.writtenOff++;
    else if (c.handedOver[i]) excluded.handedOver++;
    else if (c.disputed[i]) excluded.disputed++;
    else if (c.currency[i] !== "EUR") excluded.otherCurrency++;
    else {
      const debtor = details.get(customerId) as DebtorDetails;
      const due = c.dueDate[i] ?? null;
      const days = due === null ? null : daysPastDue(due, asOf);
      const open = c.openAmount[i] as Cents;
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
  return {
    asOf,
    debtors: [...debtors.values()],
    invoices,
    control: factoringControl(invoices),
    excluded,
    notFound,
  };
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
