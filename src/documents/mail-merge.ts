/**
 * The mail-merge table: one row per letter with the columns Word's and Outlook's mail merge use
 * directly (Dutch headers). Amounts are text as the letter writes them ("€ 1.234,56"), so a merge
 * field needs no number switch. No control line inside the table: it would become a letter in the
 * merge; the control line goes with the reminder log instead.
 */
import type { SheetTable } from "../files/sheet-table";
import type { Letter } from "./letter-set";

/** The merge columns, in order. */
export const MAIL_MERGE_HEADERS = [
  "Aanhef",
  "Naam",
  "Contactpersoon",
  "Adres",
  "Postcode",
  "Plaats",
  "E-mail",
  "Onderwerp",
  "Brieftekst",
  "Openstaand",
  "Rente",
  "Incassokosten",
  "Totaal",
  "Termijn",
  "Kenmerk",
  "Fase",
  "Debiteurnummer",
  "Datum",
  "Taal",
] as const;

/** The term as the letter states it: a date, or for the 14-dagenbrief the term after receipt. */
function termText(letter: Letter): string {
  const m = letter.model;
  if (m.stageKind === "fourteen-day-letter")
    return m.language === "nl"
      ? "binnen veertien dagen na de dag van ontvangst van de brief"
      : "within fourteen days after the day of receipt of the letter";
  return m.view.deadline;
}

/** The mail-merge table of `letters` (all columns text). */
export function mailMergeTable(letters: readonly Letter[]): SheetTable {
  const rows = letters.map((letter) => {
    const v = letter.model.view;
    return [
      v.salutation,
      v.debtor.name,
      v.debtor.contact,
      v.debtor.address,
      v.debtor.postcode,
      v.debtor.city,
      v.debtor.email,
      letter.rendered.subject,
      letter.rendered.text,
      v.principal,
      v.interest,
      v.costs,
      v.total,
      termText(letter),
      v.paymentReference,
      `${letter.model.stage} ${letter.model.stageName}`,
      v.debtor.customerNumber,
      v.date,
      letter.model.language,
    ];
  });
  return { headers: MAIL_MERGE_HEADERS, rows, types: MAIL_MERGE_HEADERS.map(() => "text") };
}
