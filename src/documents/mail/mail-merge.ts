/**
 * The mail-merge table: one row per letter with the columns Word's and Outlook's mail merge use
 * directly (Dutch headers). Amounts are text as the letter writes them ("€ 1.234,56"), so a merge
 * field needs no number switch. No control line inside the table: it would become a letter in the
 * merge; the control line goes with the reminder log instead.
 *
 * The e-mail column holds one plain address or nothing: Word's and Outlook's merge send to whatever
 * the field says, so a ledger value such as "a@b.nl, Bcc: x@evil.example" would add recipients.
 * Anything that is not one address (the rule of the .eml drafts, {@link isMailAddress}) is left
 * empty, and {@link mailMergeWarnings} says which letters and why.
 *
 * "Kenmerk" is the letter's payment reference (the RF creditor reference the bank matcher knows);
 * "QR-code" names the letter's EPC QR code image ("<customer number> <name> QR.png", in the e-mail
 * zip beside the .eml; empty when the letter has none), for a Word picture field:
 * { INCLUDEPICTURE "C:\\Map\\{ MERGEFIELD QR-code }" \d }, with the folder the images are in.
 */
import type { SheetTable } from "../tables/sheet-table";
import { isMailAddress } from "./eml";
import { letterFileNames, qrImageName } from "./email-drafts";
import type { Letter } from "../letters/letter-set";

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
  "QR-code",
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

/** The e-mail field of a merge row: the one address, trimmed, or "" for anything else. */
export function mergeAddress(email: string): string {
  const address = email.trim();
  return isMailAddress(address) ? address : "";
}

/** A letter whose e-mail address was left out of the mail merge, with why, in both languages. */
export interface MailMergeWarning {
  customerId: string;
  value: string;
  en: string;
  nl: string;
}

/** One warning per letter whose e-mail field is not one plain address (and not empty). */
export function mailMergeWarnings(letters: readonly Letter[]): MailMergeWarning[] {
  return letters.flatMap((letter) => {
    const debtor = letter.model.view.debtor;
    const value = debtor.email;
    if (value.trim() === "" || mergeAddress(value) !== "") return [];
    const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
    return [
      {
        customerId: debtor.customerNumber,
        value,
        en: `Customer ${debtor.customerNumber} (${debtor.name}): the e-mail address ${shown} is not one plain address, so the mail merge leaves it empty (a merge would send to every address in it). Correct it in the ledger, or send this letter by post.`,
        nl: `Debiteur ${debtor.customerNumber} (${debtor.name}): het e-mailadres ${shown} is niet één gewoon adres; het samenvoegbestand laat het daarom leeg (samenvoegen zou naar elk adres erin sturen). Verbeter het in de debiteurenlijst of stuur deze brief per post.`,
      },
    ];
  });
}

/** The mail-merge table of `letters` (all columns text). */
export function mailMergeTable(letters: readonly Letter[]): SheetTable {
  const names = letterFileNames(letters);
  const rows = letters.map((letter, i) => {
    const v = letter.model.view;
    return [
      v.salutation,
      v.debtor.name,
      v.debtor.contact,
      v.debtor.address,
      v.debtor.postcode,
      v.debtor.city,
      mergeAddress(v.debtor.email),
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
      qrImageName(letter, names[i] as string),
    ];
  });
  return { headers: MAIL_MERGE_HEADERS, rows, types: MAIL_MERGE_HEADERS.map(() => "text") };
}
