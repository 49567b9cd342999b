/**
 * The ledger's row reader: one data row of the sheet into an {@link Invoice}, or its rejection.
 * What reading needs (the columns found, each money and date column's notation, the date system,
 * the as-of day), access to the row by field with the issues raised while reading it (each naming
 * the sheet row, the column's header text and the raw cell, so a person can find and fix it), and
 * the money and date cells read with the sheet's notation or day order.
 */
import {
  type Notation,
  type IsoDay,
  type DayOrder,
  type DateSystem,
  type Cents,
  ZERO,
  addDays,
  cents,
  formatCents,
} from "../../core";
import type { ColumnDecision } from "../header/column-decision";
import type { SubtotalColumns } from "./subtotal-row";
import type { ColumnMatch, Invoice, LedgerField, LedgerIssue } from "../types";
import { cellText, classifyCell, type Cell } from "../cells/cell";
import type { FieldRead } from "./field-read";
import { readDateCell } from "../cells/date-cell";
import { FIELD_LABELS, FIELD_LABELS_NL } from "../header/ledger-fields";
import { readMoneyCell, type Money } from "../cells/money-cell";
import { isRepeatedHeader } from "../header/repeated-header";
import { readCurrency } from "../cells/currency-code";
import { readDocumentType } from "../cells/document-type";
import { optionalText, readCustomerDetails } from "../customers";
import { derivedOpen, openAmountDoubt } from "./open-amount";
import { readReminderStage } from "../cells/reminder-stage";
import { statusFlags, statusStopsReminders } from "../cells/status-flags";
import { readTextCell } from "../cells/text-cell";
import { readYesNo } from "../cells/yes-no";

/** The money columns whose notation is decided per sheet. */
export type MoneyField = "amount" | "openAmount" | "creditLimit";
/** The date columns whose day order is decided per sheet. */
export type DateField = "invoiceDate" | "dueDate" | "settledDate" | "reminderDate" | "deliveryDate";

/** What every row of one sheet shares. */
export interface RowContext {
  columns: ReadonlyMap<LedgerField, ColumnMatch>;
  notations: Readonly<Record<MoneyField, ColumnDecision<Notation>>>;
  dayOrders: Readonly<Record<DateField, ColumnDecision<DayOrder>>>;
  dateSystem: DateSystem;
  asOf: IsoDay | null;
  defaultCurrency: string;
  subtotal: SubtotalColumns;
}

/** An accepted invoice with its warnings, or a rejection with its errors and what it weighs. */
export type RowOutcome =
  | { accepted: true; invoice: Invoice; issues: LedgerIssue[] }
  | {
      accepted: false;
      amount: Cents;
      open: Cents;
      issues: LedgerIssue[];
      /** The row's currency when it could be read (else the default currency is counted). */
      currency?: string;
    };

/*
 * Access to one data row by field, and the issues raised while reading it. Each issue names the
 * sheet row, the column's header text and the raw cell, so a person can find and fix it.
 */

/** One data row being read. */
export class RowCells {
  /** Errors: any one of them rejects the row. */
  readonly errors: LedgerIssue[] = [];
  /** Warnings: reported only when the row is accepted. */
  readonly warnings: LedgerIssue[] = [];

  constructor(
    private readonly row: readonly unknown[],
    readonly sheetRow: number,
    private readonly columns: ReadonlyMap<LedgerField, ColumnMatch>
  ) {}

  /** True when the sheet has a column for `field`. */
  has(field: LedgerField): boolean {
    return this.columns.has(field);
  }

  /** The header text of `field`'s column, or null when there is none. */
  header(field: LedgerField): string | null {
    return this.columns.get(field)?.header ?? null;
  }

  /** The raw value of `field`'s cell (undefined without a column). */
  raw(field: LedgerField): unknown {
    const column = this.columns.get(field);
    return column === undefined ? undefined : this.row[column.index];
  }

  /** The classified cell of `field` (blank without a column). */
  cell(field: LedgerField): Cell {
    return classifyCell(this.raw(field));
  }

  /**
   * Records an issue about `field`'s cell, or a whole-row issue when `field` is null, with its
   * message in English and Dutch.
   */
  report(
    field: LedgerField | null,
    message: string,
    messageNl: string,
    severity: LedgerIssue["severity"],
    value?: string
  ): void {
    const issue: LedgerIssue = {
      row: this.sheetRow,
      column: field === null ? null : this.header(field),
      value: value ?? (field === null ? "" : cellText(this.raw(field))),
      message,
      messageNl,
      severity,
    };
    (severity === "error" ? this.errors : this.warnings).push(issue);
  }

  /**
   * The value of a read, reporting its warning; on failure reports the message with `severity`
   * and returns `fallback`.
   */
  take<T>(
    field: LedgerField,
    read: FieldRead<T>,
    severity: LedgerIssue["severity"],
    fallback: T
  ): T {
    if (read.ok) {
      if (read.warning !== undefined) this.report(field, read.warning, read.warningNl, "warning");
      return read.value;
    }
    this.report(field, read.message, read.messageNl, severity);
    return fallback;
  }
}

/*
 * Reading a money or a date cell of a data row with the sheet's notation or day order; a blank
 * cell gives null without an issue, an unreadable one an issue of the given severity.
 */

/** Reads a money cell; blank gives null without an issue. */
export function rowMoney(
  cells: RowCells,
  field: MoneyField,
  ctx: RowContext,
  severity: LedgerIssue["severity"]
): Money | null {
  const cell = cells.cell(field);
  if (cell.kind === "blank") return null;
  return cells.take(
    field,
    readMoneyCell(cell, FIELD_LABELS[field], FIELD_LABELS_NL[field], ctx.notations[field]),
    severity,
    null
  );
}

/** Reads a date cell; blank gives null without an issue. */
export function rowDay(
  cells: RowCells,
  field: DateField,
  ctx: RowContext,
  severity: LedgerIssue["severity"]
): IsoDay | null {
  const cell = cells.cell(field);
  if (cell.kind === "blank") return null;
  return cells.take(
    field,
    readDateCell(
      cell,
      FIELD_LABELS[field],
      FIELD_LABELS_NL[field],
      ctx.dayOrders[field],
      ctx.dateSystem
    ),
    severity,
    null
  );
}

/*
 * A row of the data range that is not an invoice and is rejected: a row that repeats the header.
 * (Totals rows are left out apart, as information: see total-row.ts.)
 */

/**
 * The rejection of the data row `row` (at 1-based `sheetRow`, its cells `cells`) when it repeats
 * the header; null for any other row.
 */
export function nonInvoiceRow(
  row: readonly unknown[],
  sheetRow: number,
  ctx: RowContext,
  cells: RowCells
): RowOutcome | null {
  if (isRepeatedHeader(row, [...ctx.columns.values()])) {
    cells.report(
      null,
      "This row repeats the header; it is left out.",
      "Deze rij herhaalt de kopregel en is niet meegenomen.",
      "error",
      cellText(row[0])
    );
    return { accepted: false, amount: ZERO, open: ZERO, issues: cells.errors };
  }
  return null;
}

/*
 * Reads one data row into an {@link Invoice}, or rejects it. A row is rejected (error) when its
 * invoice number, customer or amount is missing or unreadable, when a money or date cell that
 * matters for the balance cannot be read, or when it is a subtotal row. Doubts that leave the
 * invoice usable (no due date, open above amount, foreign currency, an odd flag) are warnings.
 */

const euros = (c: Cents): string => formatCents(c, "en");
const eurosNl = (c: Cents): string => formatCents(c, "nl");

/** Reads the data row `row`, found at 1-based `sheetRow`. */
export function readRow(row: readonly unknown[], sheetRow: number, ctx: RowContext): RowOutcome {
  const cells = new RowCells(row, sheetRow, ctx.columns);
  const skipped = nonInvoiceRow(row, sheetRow, ctx, cells);
  if (skipped !== null) return skipped;

  const invoiceId = cells.take(
    "invoiceId",
    readTextCell(cells.cell("invoiceId"), FIELD_LABELS.invoiceId, FIELD_LABELS_NL.invoiceId),
    "error",
    null
  );
  if (invoiceId === null && cells.cell("invoiceId").kind === "blank")
    cells.report(
      "invoiceId",
      "Invoice number is empty; the row cannot be read as an invoice.",
      "Factuurnummer is leeg; de rij kan niet als factuur worden gelezen.",
      "error"
    );

  const customerId = cells.take(
    "customerId",
    readTextCell(cells.cell("customerId"), FIELD_LABELS.customerId, FIELD_LABELS_NL.customerId),
    "error",
    null
  );
  const customerName = cells.take(
    "customerName",
    readTextCell(
      cells.cell("customerName"),
      FIELD_LABELS.customerName,
      FIELD_LABELS_NL.customerName
    ),
    customerId === null ? "error" : "warning",
    null
  );
  const customer = customerId ?? customerName;
  if (
    customer === null &&
    cells.cell("customerId").kind === "blank" &&
    cells.cell("customerName").kind === "blank"
  ) {
    cells.report(
      cells.has("customerId") ? "customerId" : "customerName",
      "Customer number and name are both empty.",
      "Debiteurnummer en debiteurnaam zijn allebei leeg.",
      "error"
    );
  }

  const amountMoney = rowMoney(cells, "amount", ctx, "error");
  if (amountMoney === null && cells.cell("amount").kind === "blank")
    cells.report("amount", "Amount is empty.", `${FIELD_LABELS_NL.amount} is leeg.`, "error");
  const signedAmount = amountMoney?.cents ?? ZERO;

  const invoiceDate = rowDay(cells, "invoiceDate", ctx, "error");
  let dueDate = rowDay(cells, "dueDate", ctx, "error");
  const settledDate = rowDay(cells, "settledDate", ctx, "error");
  const reminderDate = rowDay(cells, "reminderDate", ctx, "warning");
  // Only a sheet with a delivery-date column gets the field: other ledgers keep their exact shape.
  const delivery = cells.has("deliveryDate")
    ? { deliveryDate: rowDay(cells, "deliveryDate", ctx, "warning") }
    : {};

  const openCell = cells.cell("openAmount");
  let open: Cents;
  if (cells.has("openAmount") && openCell.kind !== "blank") {
    open =
      rowMoney(cells, "openAmount", ctx, "error")?.cents ??
      derivedOpen(signedAmount, settledDate, ctx.asOf);
  } else {
    open = derivedOpen(signedAmount, settledDate, ctx.asOf);
    if (cells.has("openAmount"))
      cells.report(
        "openAmount",
        `Open amount is empty; taken as ${euros(open)} from the amount${settledDate ? " and settled date" : ""}.`,
        `Openstaand bedrag is leeg; gerekend met ${eurosNl(open)}, afgeleid uit het factuurbedrag${settledDate ? " en de betaaldatum" : ""}.`,
        "warning"
      );
  }

  // A credit note listed with a positive amount ("Creditfactuur" in a document-type column) owes
  // the customer money: it gets its minus sign, whichever way the export writes it.
  const documentType = cells.take(
    "documentType",
    readDocumentType(
      cells.cell("documentType"),
      FIELD_LABELS.documentType,
      FIELD_LABELS_NL.documentType
    ),
    "warning",
    null
  );
  let amount = amountMoney?.cents ?? ZERO;
  if (documentType === "creditNote") {
    if (amount > 0) amount = cents(-amount);
    if (open > 0) open = cents(-open);
  }

  const currencyText = optionalText(cells, "currency");
  let currency = cells.take(
    "currency",
    readCurrency(currencyText, ctx.defaultCurrency),
    "warning",
    ctx.defaultCurrency
  );
  if (amountMoney?.currency) {
    if (currencyText !== null && currency !== amountMoney.currency) {
      cells.report(
        "amount",
        `Amount is in ${amountMoney.currency} but the currency column says ${currency}.`,
        `${FIELD_LABELS_NL.amount} is in ${amountMoney.currency}, maar volgens de valutakolom is het ${currency}.`,
        "error"
      );
    }
    currency = amountMoney.currency;
  }

  if (cells.errors.length > 0)
    return { accepted: false, amount, open, issues: cells.errors, currency };

  const details = readCustomerDetails(cells, ctx.notations.creditLimit);
  const status = optionalText(cells, "status");
  const flags = statusFlags(status ?? "");
  const flag = (field: "disputed" | "writtenOff" | "handedOver"): boolean =>
    cells.take(
      field,
      readYesNo(cells.cell(field), FIELD_LABELS[field], FIELD_LABELS_NL[field]),
      "warning",
      false
    ) || flags[field];

  if (dueDate === null && invoiceDate !== null && details.paymentTermDays !== null) {
    dueDate = addDays(invoiceDate, details.paymentTermDays);
  } else if (dueDate === null && cells.has("dueDate")) {
    cells.report(
      "dueDate",
      "Due date is empty, so the invoice cannot be aged.",
      "Vervaldatum is leeg, dus de factuur telt niet mee in de ouderdomsanalyse.",
      "warning"
    );
  }
  const doubt = openAmountDoubt(amount, open);
  if (doubt !== null) {
    cells.report(
      cells.has("openAmount") ? "openAmount" : "amount",
      doubt,
      openAmountDoubt(amount, open, "nl") ?? doubt,
      "warning"
    );
  }
  if (currency !== ctx.defaultCurrency) {
    cells.report(
      cells.has("currency") ? "currency" : "amount",
      `Currency ${currency} is not ${ctx.defaultCurrency}; the invoice is kept, with its own totals in ${currency}, and left out of the ${ctx.defaultCurrency} figures.`,
      `Valuta ${currency} is niet ${ctx.defaultCurrency}; de factuur is meegenomen met eigen totalen in ${currency} en telt niet mee in de cijfers in ${ctx.defaultCurrency}.`,
      "warning"
    );
  }

  const invoice: Invoice = {
    sheetRow,
    invoiceId: invoiceId ?? "",
    customerId: customer ?? "",
    customerName,
    invoiceDate,
    dueDate,
    amount,
    openAmount: open,
    settledDate,
    currency,
    description: optionalText(cells, "description"),
    reference: optionalText(cells, "reference"),
    status,
    disputed: flag("disputed"),
    writtenOff: flag("writtenOff"),
    handedOver: flag("handedOver"),
    doNotRemind:
      cells.take(
        "doNotRemind",
        readYesNo(cells.cell("doNotRemind"), FIELD_LABELS.doNotRemind, FIELD_LABELS_NL.doNotRemind),
        "warning",
        false
      ) || statusStopsReminders(status ?? ""),
    reminderStage: cells.take(
      "reminderStage",
      readReminderStage(
        cells.cell("reminderStage"),
        FIELD_LABELS.reminderStage,
        FIELD_LABELS_NL.reminderStage
      ),
      "warning",
      null
    ),
    reminderDate,
    ...delivery,
    ...details,
  };
  return { accepted: true, invoice, issues: cells.warnings };
}
