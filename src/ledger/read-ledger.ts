/**
 * The ledger reader: turns the values of an open-items sheet, as Excel or exceljs give them, into a
 * typed columnar ledger, one issue per rejected or doubtful row or cell, and control totals that
 * reconcile to the cent.
 */
import { ZERO, type Cents } from "../core";
import { cellText, classifyCell, isBlankRow } from "./cells/cell";
import { headerSignature, rowWithSignature } from "./header/header-signature";
import { decideDayOrders, decideNotations } from "./header/column-decision";
import { CentsBudget, tooLargeIssue } from "./cents-budget";
import { duplicateHeaderIssues } from "./header/duplicate-headers";
import { detectHeader } from "./header/header-detect";
import { ControlTally } from "./control-totals";
import { currencyFromHeaders } from "./cells/currency-code";
import { LedgerBuilder } from "./rows/ledger-builder";
import { LedgerError } from "./ledger-error";
import { DATE_FIELDS, MONEY_FIELDS } from "./header/ledger-fields";
import { checkReadOptions } from "./read-options";
import { readRow, type RowContext } from "./rows/row-reader";
import { addToSums, closeSection, emptySums, totalRowIssue, totalRowOf } from "./rows/total-row";
import type {
  ColumnMatch,
  LedgerField,
  LedgerIssue,
  LedgerReadResult,
  ReadLedgerOptions,
} from "./types";

/** Progress is told every 16,384 data rows (a mask: cheap enough for the row loop). */
const PROGRESS_EVERY = 16383;

/** The text cells of one column below the header: the evidence for notation and day order. */
function columnTexts(
  rows: readonly (readonly unknown[])[],
  column: ColumnMatch | undefined
): string[] {
  if (column === undefined) return [];
  const texts: string[] = [];
  for (const row of rows) {
    const cell = classifyCell(row[column.index]);
    if (cell.kind === "text") texts.push(cell.text);
  }
  return texts;
}

/** Orders issues as a person reads the sheet: by row, whole-row issues first, then left to right. */
function sortIssues(issues: LedgerIssue[], columns: readonly ColumnMatch[]): LedgerIssue[] {
  const position = new Map(columns.map((column) => [column.header, column.index]));
  const place = (issue: LedgerIssue): number =>
    issue.column === null ? -1 : (position.get(issue.column) ?? -1);
  return issues.sort((a, b) => a.row - b.row || place(a) - place(b));
}

/**
 * Reads a ledger from a 2-D array of cell values: numbers, strings, booleans, blanks
 * (null/undefined/""/whitespace), Excel error values ("#N/A"), Dates (UTC) and date serials.
 *
 * The header row is detected among the first 30 rows (title and filter rows above it are skipped)
 * unless `options.headerRow` is given; `options.mapping` overrides the detected columns. Every data
 * row below the header is either blank (counted, skipped), a totals row of the export (left out of
 * every figure, counted apart and reported as information with its amount), accepted into the
 * ledger, or rejected with an issue. Control totals reconcile exactly.
 *
 * `onRows`, when given, is told how many data rows below the header are read of how many, every
 * 16,384 rows and at the end (a worker posts it to the page as progress).
 *
 * Throws a {@link LedgerError} only when nothing can be read: invalid options, no header row, a
 * missing required column (invoice number, amount, customer number or name) or a mapping that names
 * no column.
 */
export function readLedger(
  values: readonly (readonly unknown[])[],
  options: ReadLedgerOptions = {},
  onRows?: (rowsDone: number, rowsTotal: number) => void
): LedgerReadResult {
  if (!Array.isArray(values)) {
    throw new LedgerError(
      "The sheet values must be a list of rows.",
      [],
      "De waarden van het blad moeten een lijst van rijen zijn."
    );
  }
  const opts = checkReadOptions(options);
  const firstRow = opts.firstRow ?? 1;
  const rows = values.map((row: unknown) =>
    Array.isArray(row) ? (row as readonly unknown[]) : [row]
  );
  // A remembered mapping for this export's header row applies when the caller gives none.
  const profiles = opts.profiles ?? {};
  const remembered =
    opts.mapping === undefined && opts.headerRow === undefined
      ? rowWithSignature(rows, (signature) => Object.hasOwn(profiles, signature))
      : -1;
  const profile = remembered >= 0 ? headerSignature(rows[remembered] ?? []) : null;
  const header = detectHeader(
    rows,
    profile === null
      ? { headerRow: opts.headerRow, firstRow, mapping: opts.mapping }
      : { headerRow: firstRow + remembered, firstRow, mapping: profiles[profile] }
  );
  const headerRow = firstRow + header.index;
  const columns = new Map<LedgerField, ColumnMatch>(
    header.columns.map((column) => [column.field, column])
  );
  const data = rows.slice(header.index + 1);

  const notations = decideNotations(
    MONEY_FIELDS.map((field) => columnTexts(data, columns.get(field))),
    opts.notation
  );
  const dayOrders = decideDayOrders(
    DATE_FIELDS.map((field) => columnTexts(data, columns.get(field))),
    opts.dayOrder
  );
  const [amountNotation, openNotation, creditNotation] = notations.perColumn;
  const [invoiceOrder, dueOrder, settledOrder, reminderOrder, deliveryOrder] = dayOrders.perColumn;
  if (
    !amountNotation ||
    !openNotation ||
    !creditNotation ||
    !invoiceOrder ||
    !dueOrder ||
    !settledOrder ||
    !reminderOrder ||
    !deliveryOrder
  ) {
    throw new Error("Internal error: a column decision is missing.");
  }
  const invoiceIdColumn = columns.get("invoiceId");
  const currency = currencyFromHeaders(columns, headerRow, opts.defaultCurrency);
  const ctx: RowContext = {
    columns,
    notations: { amount: amountNotation, openAmount: openNotation, creditLimit: creditNotation },
    dayOrders: {
      invoiceDate: invoiceOrder,
      dueDate: dueOrder,
      settledDate: settledOrder,
      reminderDate: reminderOrder,
      deliveryDate: deliveryOrder,
    },
    dateSystem: opts.dateSystem ?? 1900,
    asOf: opts.asOf ?? null,
    defaultCurrency: currency.currency,
    subtotal: {
      invoiceId: invoiceIdColumn?.index ?? 0,
      labelled: (["customerId", "customerName", "description"] as const).flatMap(
        (field) => columns.get(field)?.index ?? []
      ),
    },
  };

  const issues: LedgerIssue[] = duplicateHeaderIssues(
    rows[header.index] ?? [],
    headerRow,
    header.columns,
    opts.mapping
  );
  issues.push(...currency.issues);
  if (!columns.has("dueDate")) {
    issues.push({
      row: headerRow,
      column: null,
      value: "",
      message:
        "The sheet has no due-date column: due dates are derived from invoice date plus payment term where both are given; other invoices cannot be aged.",
      messageNl:
        "Het blad heeft geen kolom met de vervaldatum: waar factuurdatum en betalingstermijn er allebei zijn, wordt de vervaldatum daaruit afgeleid; andere facturen tellen niet mee in de ouderdomsanalyse.",
      severity: "warning",
    });
  }

  const builder = new LedgerBuilder({ deliveryDate: columns.has("deliveryDate") });
  const tally = new ControlTally(ctx.defaultCurrency);
  const budget = new CentsBudget();
  let sums = emptySums();
  const firstRowOfInvoice = new Map<string, number>();
  data.forEach((row, offset) => {
    const sheetRow = headerRow + 1 + offset;
    if (onRows !== undefined && (offset & PROGRESS_EVERY) === 0) onRows(offset, data.length);
    if (isBlankRow(row)) {
      tally.blank();
      return;
    }
    const total = totalRowOf(row, sheetRow, ctx, sums);
    if (total !== null) {
      issues.push(totalRowIssue(total, sheetRow, sums));
      // A blank open amount is the amount, as on an invoice row without one.
      const open = total.open ?? total.amount ?? ZERO;
      tally.exclude(total.amount ?? ZERO, open);
      sums = closeSection(sums);
      return;
    }
    const outcome = readRow(row, sheetRow, ctx);
    const tooLarge = outcome.accepted
      ? budget.take(outcome.invoice.amount as Cents, outcome.invoice.openAmount)
      : budget.take(outcome.amount, outcome.open);
    if (tooLarge !== null) {
      // Left out like an unreadable amount: counted as rejected with 0 cents, so totals stay exact.
      if (!outcome.accepted) issues.push(...outcome.issues);
      issues.push(tooLargeIssue(row, sheetRow, tooLarge, columns));
      tally.reject(ZERO, ZERO, outcome.accepted ? outcome.invoice.currency : outcome.currency);
      return;
    }
    issues.push(...outcome.issues);
    if (!outcome.accepted) {
      tally.reject(outcome.amount, outcome.open, outcome.currency);
      sums = addToSums(sums, outcome.amount, outcome.open);
      return;
    }
    const { invoice } = outcome;
    builder.push(invoice);
    tally.accept(invoice.amount as Cents, invoice.openAmount, invoice.currency);
    sums = addToSums(sums, invoice.amount, invoice.openAmount);
    const earlier = firstRowOfInvoice.get(invoice.invoiceId);
    if (earlier === undefined) firstRowOfInvoice.set(invoice.invoiceId, sheetRow);
    else {
      issues.push({
        row: sheetRow,
        column: invoiceIdColumn?.header ?? null,
        value: invoice.invoiceId,
        message: `Invoice number "${invoice.invoiceId}" also appears on row ${earlier}; both rows are kept.`,
        messageNl: `Factuurnummer "${invoice.invoiceId}" komt ook voor op rij ${earlier}; beide rijen zijn meegenomen.`,
        severity: "warning",
      });
    }
  });

  onRows?.(data.length, data.length);
  return {
    headerRow,
    columns: header.columns,
    ignoredHeaders: header.ignoredHeaders,
    headers: Array.from(rows[header.index] ?? [], (value) => cellText(value)),
    profile,
    dayOrder: opts.dayOrder ?? dayOrders.sheet.value,
    notation: opts.notation ?? amountNotation.value,
    ledger: builder.build(),
    issues: sortIssues(issues, header.columns),
    control: tally.totals(),
  };
}
