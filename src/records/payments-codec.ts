/**
 * The "Betalingen" record as a plain table and back: the owned sheet in Excel, the workbench's saved
 * state and the `betalingen.csv` the CLI writes share these columns. Deleting the rows of one
 * Afschrift undoes that statement.
 */
import type { SheetColumnType, SheetTable } from "../documents";
import type { PaymentRecord } from "../payments";
import {
  locateColumns,
  readCents,
  readDay,
  readRecordRows,
  readText,
  type RecordCodecIssue,
  type RecordColumn,
  type RecordDecodeOptions,
  type RecordRows,
  type RecordTableData,
} from "./record-table";

/** The columns, in the order they are written. */
export const PAYMENT_COLUMNS = {
  statementKey: { header: "Afschrift", type: "text", required: true },
  entryKey: { header: "Boeking", type: "text", required: true },
  day: { header: "Boekdatum", type: "date", required: false },
  customerId: { header: "Debiteurnummer", type: "text", required: true },
  invoiceId: { header: "Factuurnummer", type: "text", required: true },
  amount: { header: "Bedrag", type: "amount", required: true },
  name: { header: "Naam betaler", type: "text", required: false },
  iban: { header: "IBAN betaler", type: "text", required: false },
  reference: { header: "Betalingsreferentie", type: "text", required: false },
  // What the user's ledger showed open on the invoice when the payment was confirmed: the base the
  // payment comes off (src/payments applyPayments). Empty in records from before: the invoice amount.
  ledgerOpen: { header: "Openstaand volgens administratie", type: "amount", required: false },
} as const satisfies Record<string, RecordColumn>;

type Key = keyof typeof PAYMENT_COLUMNS;
const KEYS = Object.keys(PAYMENT_COLUMNS) as Key[];

/** The record as a table (days as ISO text, amounts as euros), one row per allocation. */
export function encodePayments(records: readonly PaymentRecord[]): RecordTableData {
  return {
    headers: KEYS.map((k) => PAYMENT_COLUMNS[k].header),
    rows: records.map((r) => [
      r.statementKey,
      r.entryKey,
      r.day,
      r.customerId,
      r.invoiceId,
      r.amount / 100,
      r.name,
      r.iban,
      r.reference,
      r.ledgerOpen === undefined || r.ledgerOpen === null ? null : r.ledgerOpen / 100,
    ]),
  };
}

/** The column types for a file writer. */
export const PAYMENT_TYPES: readonly SheetColumnType[] = KEYS.map((k) => PAYMENT_COLUMNS[k].type);

/** The record as a table for a file, with a control line ("Controletotaal: 3 betalingen, € …") last. */
export function paymentsTable(records: readonly PaymentRecord[]): SheetTable {
  const table = encodePayments(records);
  const total = records.reduce((s, r) => s + r.amount, 0);
  const n = records.length;
  return {
    ...table,
    rows: [
      ...table.rows,
      [
        `Controletotaal: ${n} ${n === 1 ? "betaling" : "betalingen"}`,
        null,
        null,
        null,
        null,
        total / 100,
        null,
        null,
        null,
        null,
      ],
    ],
    types: PAYMENT_TYPES,
  };
}

/** What {@link decodePayments} read. */
export interface DecodedPayments {
  records: PaymentRecord[];
  issues: RecordCodecIssue[];
  headerRow: number;
}

const WHAT = { en: "payments record", nl: "De betalingenlijst" };

/**
 * Reads a payments table back: columns by header, blank rows and control lines skipped; a row with
 * a bad or missing value becomes an issue per bad cell (row, column, value) and is left out.
 */
export function decodePayments(
  table: RecordRows,
  options: RecordDecodeOptions = {}
): DecodedPayments {
  const located = locateColumns(table, PAYMENT_COLUMNS, WHAT);
  const issues = [...located.issues];
  const headerRow = located.headerIndex + 1;
  if (located.issues.length > 0) return { records: [], issues, headerRow };
  const read = readRecordRows(table, located, PAYMENT_COLUMNS, "customerId", (row) => {
    const text = (k: Key) => row.take(k, readText(row.cell(k), options), null);
    const statementKey = row.need("statementKey", readText(row.cell("statementKey"), options));
    const entryKey = row.need("entryKey", readText(row.cell("entryKey"), options));
    const customerId = row.need("customerId", readText(row.cell("customerId"), options));
    const invoiceId = row.need("invoiceId", readText(row.cell("invoiceId"), options));
    const amount = row.need("amount", readCents(row.cell("amount"), options));
    const day = row.take("day", readDay(row.cell("day"), options), null);
    const ledgerOpen = row.take("ledgerOpen", readCents(row.cell("ledgerOpen"), options), null);
    if (
      statementKey === null ||
      entryKey === null ||
      customerId === null ||
      invoiceId === null ||
      amount === null
    )
      return null;
    return {
      statementKey,
      entryKey,
      day,
      customerId,
      invoiceId,
      amount,
      name: text("name"),
      iban: text("iban"),
      reference: text("reference"),
      ...(ledgerOpen === null ? {} : { ledgerOpen }),
    };
  });
  return { records: read.values, issues: [...issues, ...read.issues], headerRow };
}
