/**
 * Credit flags per customer, each with the reason in Dutch and English: the customers that need a
 * credit check, a call or a stop on new deliveries on account. Thresholds are options.
 */
import { checkIban, checkKvk, checkVatId, formatCents, type Cents } from "../core";
import { daysLateText } from "./days-late-text";
import { openAt } from "./open-at";
import type { CustomerBehaviour } from "./payment-behaviour";
import { NO_DAY, type CustomerInfo, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** Flag codes. */
/** New customers whose exposure or first order exceeds this are flagged (€ 2.500,00 in cents). */
export const DEFAULT_NEW_CUSTOMER_THRESHOLD = 250_000;

export type CreditFlagCode =
  | "new-customer"
  | "over-limit"
  | "kvk"
  | "vat-id"
  | "iban"
  | "deteriorating"
  | "broken-arrangement"
  | "disputed"
  | "over-60"
  | "written-off";

/** One flag with its reason. */
export interface CreditFlag {
  code: CreditFlagCode;
  reason: { nl: string; en: string };
}

/** Thresholds of the credit flags. */
export interface CreditFlagOptions {
  /** A customer is new when the first invoice is less than this many days old (default 90). */
  newCustomerDays?: number;
  /** New customers are flagged above this exposure or first order (default € 2,500 = 250000 cents). */
  newCustomerThreshold?: number;
  /**
   * Increase in average days beyond terms (last 3 months vs the 9 before; early counts as 0) that
   * counts as deteriorating (default 7); see {@link isDeteriorating}.
   */
  deterioratingDays?: number;
  /** Share of exposure more than 60 days overdue that is flagged, in percent (default 50). */
  over60Pct?: number;
}

/** What the flags of one customer are judged on. */
export interface CustomerFlagInput {
  info: CustomerInfo;
  exposure: number;
  /** Open more than 60 days past due (cents). */
  over60: number;
  behaviour: CustomerBehaviour;
  brokenArrangements: number;
  writtenOff: number;
}

const nl = (c: number): string => formatCents(Math.round(c) as Cents, "nl");
const en = (c: number): string => formatCents(Math.round(c) as Cents, "en");

function flag(code: CreditFlagCode, dutch: string, english: string): CreditFlag {
  return { code, reason: { nl: dutch, en: english } };
}

/**
 * Whether payment behaviour is deteriorating: the average days *beyond terms* of the last 3 months
 * exceeds that of the 9 months before by `threshold` days or more, and the customer now pays late.
 * Paying early counts as paying on time (0 days beyond terms), as a credit controller and the credit
 * bureaus count it ("dagen over termijn"): a customer going from 10 days early to 2 days early still
 * pays within terms and is no credit risk, so no flag; one going from 10 days early to 2 days late has
 * worsened by 2 days as far as credit risk goes, not by 12. Between late periods it is the plain
 * difference (5 → 12 days late is 7). "Now pays late" is judged on the average as the reason shows it
 * (to a tenth of a day), so a flagged reason never reads "op tijd".
 */
export function isDeteriorating(recent: number, earlier: number, threshold: number): boolean {
  return Math.round(recent * 10) > 0 && Math.max(recent, 0) - Math.max(earlier, 0) >= threshold;
}

/** Open more than `days` days past due per customer on epoch day `d` (cents). */
export function overdueBeyondByCustomer(
  frame: ReceivablesFrame,
  d: number,
  days: number
): Float64Array {
  const out = new Float64Array(frame.customers.length);
  for (let i = 0; i < frame.length; i++) {
    const due = frame.dueDay[i] as number;
    if (due === noDay || d - due <= days) continue;
    const open = openAtRow(frame, i, d);
    const k = frame.customer[i] as number;
    out[k] = (out[k] as number) + open;
  }
  return out;
}

/** The flags of one customer on epoch day `d`. */
export function creditFlags(
  input: CustomerFlagInput,
  d: number,
  has: ReceivablesFrame["has"],
  options: CreditFlagOptions = {}
): CreditFlag[] {
  const { info, exposure, behaviour } = input;
  const flags: CreditFlag[] = [];
  const newDays = options.newCustomerDays ?? 90;
  const threshold = options.newCustomerThreshold ?? DEFAULT_NEW_CUSTOMER_THRESHOLD;
  const first = behaviour.firstInvoiceDay;
  if (first !== noDay && d - first < newDays) {
    const big = Math.max(exposure, behaviour.firstInvoiceAmount);
    if (big > threshold) {
      flags.push(
        flag(
          "new-customer",
          `Nieuwe klant (eerste factuur ${d - first} dagen geleden) met ${exposure > threshold ? `openstaand ${nl(exposure)}` : `een eerste order van ${nl(behaviour.firstInvoiceAmount)}`}, boven ${nl(threshold)}: kredietwaardigheid controleren.`,
          `New customer (first invoice ${d - first} days ago) with ${exposure > threshold ? `exposure ${en(exposure)}` : `a first order of ${en(behaviour.firstInvoiceAmount)}`}, above ${en(threshold)}: check creditworthiness.`
        )
      );
    }
  }
  if (info.creditLimit !== null && exposure > info.creditLimit) {
    flags.push(
      flag(
        "over-limit",
        `Openstaand ${nl(exposure)} is boven de kredietlimiet van ${nl(info.creditLimit)}.`,
        `Exposure ${en(exposure)} is above the credit limit of ${en(info.creditLimit)}.`
      )
    );
  }
  const business = info.debtorType !== "consumer";
  const identifiers = [
    [has.kvk && business, "kvk", info.kvk, checkKvk],
    [has.vatId && business, "vat-id", info.vatId, checkVatId],
    [has.iban, "iban", info.iban, checkIban],
  ] as const;
  for (const [applies, code, value, check] of identifiers) {
    if (!applies) continue;
    const result = check(value ?? "");
    if (!result.ok) flags.push({ code, reason: result.reason });
  }
  const recent = behaviour.recentAvgDaysLate;
  const earlier = behaviour.earlierAvgDaysLate;
  if (
    recent !== null &&
    earlier !== null &&
    isDeteriorating(recent, earlier, options.deterioratingDays ?? 7)
  ) {
    flags.push(
      flag(
        "deteriorating",
        `Betaalt slechter: de laatste 3 maanden gemiddeld ${daysLateText(recent, "nl")}, de 9 maanden daarvoor ${daysLateText(earlier, "nl")}.`,
        `Paying later: on average ${daysLateText(recent, "en")} in the last 3 months; ${daysLateText(earlier, "en")} in the 9 months before.`
      )
    );
  }
  if (input.brokenArrangements > 0) {
    flags.push(
      flag(
        "broken-arrangement",
        `Betalingsregeling niet nagekomen (${input.brokenArrangements}×).`,
        `Payment arrangement broken (${input.brokenArrangements}×).`
      )
    );
  }
  if (behaviour.disputes > 0) {
    flags.push(
      flag(
        "disputed",
        `${behaviour.disputes} betwiste post${behaviour.disputes === 1 ? "" : "en"}, samen ${nl(behaviour.disputedAmount)}.`,
        `${behaviour.disputes} disputed item${behaviour.disputes === 1 ? "" : "s"}, ${en(behaviour.disputedAmount)} in total.`
      )
    );
  }
  const over60Limit = options.over60Pct ?? 50;
  if (exposure > 0 && (input.over60 / exposure) * 100 > over60Limit) {
    const pct = Math.round((input.over60 / exposure) * 100);
    flags.push(
      flag(
        "over-60",
        `${pct}% van het openstaande bedrag (${nl(input.over60)}) is meer dan 60 dagen vervallen.`,
        `${pct}% of the exposure (${en(input.over60)}) is more than 60 days overdue.`
      )
    );
  }
  if (input.writtenOff > 0) {
    flags.push(
      flag(
        "written-off",
        `${nl(input.writtenOff)} afgeschreven als oninbaar: alleen nog leveren tegen vooruitbetaling.`,
        `${en(input.writtenOff)} written off as uncollectable: deliver only against prepayment.`
      )
    );
  }
  return flags;
}
