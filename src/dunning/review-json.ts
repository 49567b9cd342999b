/**
 * A reminder run as plain data and as console lines (`openstaand remind --json` and its text
 * output): per proposal the customer, the letter's stage and each invoice at its own stage; per
 * item left out the customer, invoice and reason (code and text in both languages). Amounts in
 * euros as numbers with at most two decimals, exact from cents.
 */
import { centsToEuros, type IsoDay } from "../core";
import { describeExclusion, type ExclusionReason } from "./reminder-exclusion";
import type { ReminderReview } from "./reminder-proposal";

/** The JSON object of a run. */
export interface ReviewJson {
  asOf: IsoDay;
  proposals: {
    customerId: string;
    customerName: string | null;
    /** The letter's stage: the highest of its invoices' stages and of the stages already sent. */
    stage: number;
    stageName: string;
    /** Highest stage already sent on a listed invoice (0: none). */
    highestSent: number;
    paymentDeadline: IsoDay | null;
    amountDue: number;
    /** Each invoice at its own stage: the stage it reaches with this letter. */
    invoices: { invoiceId: string; stage: number; fromStage: number; openAmount: number }[];
  }[];
  excluded: {
    customerId: string;
    invoiceId: string;
    reason: ExclusionReason;
    /** The reason as a sentence, in English and Dutch. */
    text: string;
    textNl: string;
    openAmount: number;
    /** For "do-not-remind": the reason the user or the ledger gave, and the stop's last day. */
    note: string | null;
    until: IsoDay | null;
  }[];
}

/** The run as the JSON object of {@link ReviewJson}. */
export function reviewJson(review: ReminderReview): ReviewJson {
  return {
    asOf: review.asOf,
    proposals: review.proposals.map((p) => ({
      customerId: p.customerId,
      customerName: p.customerName,
      stage: p.stage,
      stageName: p.stageName,
      highestSent: p.highestSent,
      paymentDeadline: p.paymentDeadline,
      amountDue: centsToEuros(p.amountDue),
      invoices: p.invoices.map((i) => ({
        invoiceId: i.invoiceId,
        stage: i.toStage,
        fromStage: i.fromStage,
        openAmount: centsToEuros(i.openAmount),
      })),
    })),
    excluded: review.excluded.map((e) => ({
      customerId: e.customerId,
      invoiceId: e.invoiceId,
      reason: e.reason,
      text: describeExclusion(e, "en"),
      textNl: describeExclusion(e, "nl"),
      openAmount: centsToEuros(e.openAmount),
      note: e.stop?.reason ?? null,
      until: e.reason === "do-not-remind" ? (e.stop?.until ?? null) : null,
    })),
  };
}

/**
 * The items left out as console lines (English, or Dutch with `lang` "nl"): every one but the not-yet-due, listed as
 * `customer  invoice  reason`, at most `max` of them, then one line counting the not-yet-due.
 */
export function exclusionLines(
  review: ReminderReview,
  max = 200,
  lang: "en" | "nl" = "en"
): string[] {
  const nl = lang === "nl";
  const shown = review.excluded.filter((e) => e.reason !== "not-due");
  const notDue = review.excluded.length - shown.length;
  if (review.excluded.length === 0) return [nl ? "Niet meegenomen: niets." : "Left out: nothing."];
  const lines = [
    nl
      ? `Niet meegenomen: ${shown.length} ${shown.length === 1 ? "post" : "posten"}.`
      : `Left out: ${shown.length} ${shown.length === 1 ? "item" : "items"}.`,
  ];
  const customerWidth = Math.min(20, Math.max(8, ...shown.map((e) => e.customerId.length)));
  const invoiceWidth = Math.min(20, Math.max(7, ...shown.map((e) => e.invoiceId.length)));
  for (const e of shown.slice(0, max))
    lines.push(
      `  ${e.customerId.padEnd(customerWidth)}  ${e.invoiceId.padEnd(invoiceWidth)}  ${describeExclusion(e, lang)}`
    );
  if (shown.length > max)
    lines.push(
      nl
        ? `  ... en nog ${shown.length - max} (--json geeft ze alle).`
        : `  ... and ${shown.length - max} more (--json lists all).`
    );
  if (notDue > 0)
    lines.push(
      nl
        ? `Nog niet vervallen: ${notDue} ${notDue === 1 ? "factuur" : "facturen"} (niet opgesomd).`
        : `Not yet due: ${notDue} ${notDue === 1 ? "invoice" : "invoices"} (not listed).`
    );
  return lines;
}
