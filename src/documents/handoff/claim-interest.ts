/**
 * Statutory interest on one invoice for a document (claim file, letter), with the overflow named:
 * interest on a huge open amount over years can pass the exact range of cents
 * (€ 90.071.992.547.409,91), and then the core's "The interest on … cents is too large" says
 * nothing about which invoice. Here it does, in English and Dutch.
 */
import {
  CoreError,
  type IsoDay,
  formatCents,
  type Cents,
  statutoryInterest,
  type StatutoryInterestInput,
  type StatutoryInterestResult,
} from "../../core";

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

/** {@link statutoryInterest}, throwing a CoreError that names the invoice when it overflows. */
export function invoiceInterest(
  input: StatutoryInterestInput,
  ref: InvoiceRef
): StatutoryInterestResult {
  try {
    return statutoryInterest(input);
  } catch (error) {
    if (!(error instanceof CoreError) || error.code !== "interest.too-large") throw error;
    throw tooLarge(
      ref,
      `the statutory interest on ${formatCents(input.principal, "en")} from ${input.from} to ${input.to}`,
      `de wettelijke rente over ${formatCents(input.principal, "nl")} van ${dutchDay(input.from)} tot ${dutchDay(input.to)}`
    );
  }
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
