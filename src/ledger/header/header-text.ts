/**
 * Header normalisation: "Factuur nr.", "factuurnr" and "FACTUUR-NR" all become "factuurnr";
 * "Invoice No." becomes "invoiceno"; accents go ("Débiteur" -> "debiteur"). Matching on this form
 * makes the vocabulary indifferent to case, spacing and punctuation.
 */

/** Lower case, accents stripped, everything but a-z and 0-9 removed. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
