/**
 * The claim file as a table (xlsx, csv) and as JSON. The table ends with the control line; JSON
 * carries it as `control`. Amounts in euros (2 decimals) in the table, in cents in JSON.
 */
import { centsToEuros } from "../../core";
import type { SheetColumnType, SheetTable } from "../tables/sheet-table";
import {
  claimDebtorName,
  fourteenDayLetterText,
  interestSpecText,
  reminderHistoryText,
  type HandoffFile,
} from "./handoff-claims";

const COLUMNS: readonly [string, SheetColumnType][] = [
  ["Debiteurnummer", "text"],
  ["Naam", "text"],
  ["Soort", "text"],
  ["Contactpersoon", "text"],
  ["Adres", "text"],
  ["Postcode", "text"],
  ["Plaats", "text"],
  ["Land", "text"],
  ["KvK-nummer", "text"],
  ["Btw-nummer", "text"],
  ["E-mail", "text"],
  ["Telefoon", "text"],
  ["Factuurnummer", "text"],
  ["Factuurdatum", "date"],
  ["Vervaldatum", "date"],
  ["Factuurbedrag", "amount"],
  ["Ontvangen betalingen", "amount"],
  ["Hoofdsom", "amount"],
  ["Rentesoort", "text"],
  ["Rente tot en met", "date"],
  ["Rente", "amount"],
  ["Rentespecificatie", "text"],
  ["Incassokosten", "amount"],
  ["Totaal", "amount"],
  ["Herinneringen", "text"],
  ["14-dagenbrief", "text"],
  ["Betwist", "text"],
  ["Notities", "text"],
];

/** The claim file as a table with the control line as its last row. */
export function handoffTable(file: HandoffFile): SheetTable {
  const rows: (string | number | null)[][] = file.claims.map((c) => [
    c.debtor.customerId,
    claimDebtorName(c),
    c.debtor.debtorType === "consumer" ? "particulier" : "zakelijk",
    c.debtor.contactPerson,
    c.debtor.address,
    c.debtor.postcode,
    c.debtor.city,
    c.debtor.country,
    c.debtor.kvk,
    c.debtor.vatId,
    c.debtor.email,
    c.debtor.phone,
    c.invoiceId,
    c.invoiceDate,
    c.dueDate,
    centsToEuros(c.amount),
    centsToEuros(c.paid),
    centsToEuros(c.principal),
    c.interestKind === "commercial" ? "wettelijke handelsrente" : "wettelijke rente",
    file.asOf,
    centsToEuros(c.interest),
    interestSpecText(c),
    centsToEuros(c.costs),
    centsToEuros(c.total),
    reminderHistoryText(c),
    fourteenDayLetterText(c),
    c.disputed ? "ja" : "nee",
    c.notes,
  ]);
  const k = file.control;
  const control: (string | number | null)[] = COLUMNS.map(() => null);
  control[0] = "Controletotaal";
  control[1] = `${k.count} ${k.count === 1 ? "vordering" : "vorderingen"}`;
  control[17] = centsToEuros(k.principal);
  control[20] = centsToEuros(k.interest);
  control[22] = centsToEuros(k.costs);
  control[23] = centsToEuros(k.total);
  rows.push(control);
  return { headers: COLUMNS.map((c) => c[0]), types: COLUMNS.map((c) => c[1]), rows };
}

/** The claim file as a JSON-ready object (amounts in cents). */
export function handoffJson(file: HandoffFile): unknown {
  return {
    format: "openstaand-vorderingen/1",
    asOf: file.asOf,
    control: file.control,
    notFound: file.notFound,
    claims: file.claims.map((c) => ({
      debtor: c.debtor,
      invoiceId: c.invoiceId,
      invoiceDate: c.invoiceDate,
      dueDate: c.dueDate,
      amount: c.amount,
      paid: c.paid,
      principal: c.principal,
      interestKind: c.interestKind,
      interest: c.interest,
      interestPeriods: c.interestPeriods,
      costs: c.costs,
      total: c.total,
      reminders: c.reminders,
      fourteenDayLetter: c.fourteenDayLetter,
      disputed: c.disputed,
      notes: c.notes,
    })),
  };
}
