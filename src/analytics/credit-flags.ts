/**
 * Credit flags per customer, each with the reason in Dutch and English: the customers that need a
 * credit check, a call or a stop on new deliveries on account. Thresholds are options.
 */
import { checkIban } from "../core/iban-check";
import { checkKvk } from "../core/kvk-check";
import { checkVatId } from "../core/vat-id-check";
import { formatCents, type Cents } from "../core/money";
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
  /** Days-late increase (last 3 months vs the 9 before) that counts as deteriorating (default 7). */
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
  const trend = behaviour.trend;
  if (trend !== null && trend >= (options.deterioratingDays ?? 7)) {
    const recent = (behaviour.recentAvgDaysLate ?? 0).toFixed(1);
    const earlier = (behaviour.earlierAvgDaysLate ?? 0).toFixed(1);
    flags.push(
      flag(
        "deteriorating",
        `Betaalt slechter: de laatste 3 maanden gemiddeld ${recent.replace(".", ",")} dagen te laat, de 9 maanden daarvoor ${earlier.replace(".", ",")}.`,
        `Paying later: on average ${recent} days late in the last 3 months against ${earlier} in the 9 months before.`
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
