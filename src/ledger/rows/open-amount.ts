/**
 * The open amount of an invoice: derived when the sheet has none, and checked against the invoice
 * amount when it has one.
 */
import { compareDays, type IsoDay, formatCents, ZERO, type Cents } from "../../core";

/**
 * Open amount when the sheet gives none: nothing once settled (on or before `asOf`, when given),
 * otherwise the whole amount. Without `asOf` every settled invoice counts as paid.
 */
export function derivedOpen(amount: Cents, settled: IsoDay | null, asOf: IsoDay | null): Cents {
  return settled !== null && (asOf === null || compareDays(settled, asOf) <= 0) ? ZERO : amount;
}

/**
 * Why an open amount is doubtful, in `language` (English unless "nl"), or null when it lies within
 * 0..amount (amount..0 for a credit note). More open than invoiced, or open with the opposite sign,
 * usually means a wrong column or an unallocated payment.
 */
export function openAmountDoubt(
  amount: Cents,
  open: Cents,
  language: "en" | "nl" = "en"
): string | null {
  const euros = (c: Cents): string => formatCents(c, language);
  const nl = language === "nl";
  if (open !== 0 && amount !== 0 && Math.sign(open) !== Math.sign(amount)) {
    return nl
      ? `Openstaand bedrag ${euros(open)} heeft het tegengestelde teken van het factuurbedrag ${euros(amount)}.`
      : `Open amount ${euros(open)} has the opposite sign of the amount ${euros(amount)}.`;
  }
  if (Math.abs(open) > Math.abs(amount)) {
    return nl
      ? `Openstaand bedrag ${euros(open)} is hoger dan het factuurbedrag ${euros(amount)}.`
      : `Open amount ${euros(open)} is more than the invoice amount ${euros(amount)}.`;
  }
  return null;
}
