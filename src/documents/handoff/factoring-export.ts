/**
 * The factoring file as two tables, each ending with its control line: the debtor master list and
 * the invoice assignment list. Amounts in euros (2 decimals). Write them with exportCsvBytes or
 * exportXlsxBytes (export-table.ts), which neutralise every text cell against formula injection.
 */
import { centsToEuros } from "../../core";
import type { SheetColumnType, SheetTable } from "../tables/sheet-table";
import { oneLine } from "../tables/clean-text";
import type { FactoringFile } from "./factoring-file";

const DEBTOR_COLUMNS: readonly [string, SheetColumnType][] = [
  ["Debiteurnummer", "text"],
  ["Naam", "text"],
  ["Adres", "text"],
  ["Postcode", "text"],
  ["Plaats", "text"],
  ["Land", "text"],
  ["KvK-nummer", "text"],
  ["Btw-nummer", "text"],
  ["E-mail", "text"],
  ["Telefoon", "text"],
  ["Soort", "text"],
  ["Kredietlimiet", "amount"],
  ["Aantal facturen", "integer"],
  ["Openstaand", "amount"],
];

const INVOICE_COLUMNS: readonly [string, SheetColumnType][] = [
  ["Factuurnummer", "text"],
  ["Debiteurnummer", "text"],
  ["Naam", "text"],
  ["Factuurdatum", "date"],
  ["Vervaldatum", "date"],
  ["Factuurbedrag", "amount"],
  ["Openstaand", "amount"],
  ["Dagen over vervaldatum", "integer"],
  ["Ouderdom", "text"],
];

type Row = (string | number | null)[];

function table(columns: readonly [string, SheetColumnType][], rows: Row[]): SheetTable {
  return { headers: columns.map((c) => c[0]), types: columns.map((c) => c[1]), rows };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The debtor master list: one row per debtor with an assigned invoice, then the control line
 * (number of debtors, number of invoices, sum open — equal to the invoice list's control line).
 * Addresses keep their line breaks as ", " so each debtor stays one row.
 */
export function factoringDebtorTable(file: FactoringFile): SheetTable {
  const rows: Row[] = file.debtors.map(({ debtor: d, creditLimit, invoiceCount, open }) => [
    d.customerId,
    oneLine(d.name),
    oneLine(d.address),
    oneLine(d.postcode),
    oneLine(d.city),
    oneLine(d.country),
    oneLine(d.kvk),
    oneLine(d.vatId),
    oneLine(d.email),
    oneLine(d.phone),
    d.debtorType === "consumer" ? "particulier" : "zakelijk",
    creditLimit === null ? null : centsToEuros(creditLimit),
    invoiceCount,
    centsToEuros(open),
  ]);
  const control: Row = DEBTOR_COLUMNS.map(() => null);
  control[0] = "Controletotaal";
  control[1] = plural(file.debtors.length, "debiteur", "debiteuren");
  control[12] = file.control.count;
  control[13] = centsToEuros(file.control.open);
  rows.push(control);
  return table(DEBTOR_COLUMNS, rows);
}

/**
 * The invoice assignment list: one row per assigned invoice, then the control line (number of
 * invoices, sum of invoice amounts, sum open).
 */
export function factoringInvoiceTable(file: FactoringFile): SheetTable {
  const rows: Row[] = file.invoices.map((inv) => [
    inv.invoiceId,
    inv.debtor.customerId,
    oneLine(inv.debtor.name),
    inv.invoiceDate,
    inv.dueDate,
    centsToEuros(inv.amount),
    centsToEuros(inv.open),
    inv.daysOverdue,
    inv.bucket,
  ]);
  const control: Row = INVOICE_COLUMNS.map(() => null);
  control[0] = "Controletotaal";
  control[2] = plural(file.control.count, "factuur", "facturen");
  control[5] = centsToEuros(file.control.amount);
  control[6] = centsToEuros(file.control.open);
  rows.push(control);
  return table(INVOICE_COLUMNS, rows);
}
