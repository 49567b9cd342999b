/**
 * Reads one data row into an {@link Invoice}, or rejects it. A row is rejected (error) when its
 * invoice number, customer or amount is missing or unreadable, when a money or date cell that
 * matters for the balance cannot be read, or when it is a subtotal row. Doubts that leave the
 * invoice usable (no due date, open above amount, foreign currency, an odd flag) are warnings.
 */
import type { Notation } from "../core/amount";
import { addDays, type IsoDay } from "../core/day";
import type { DayOrder } from "../core/day-text";
import type { DateSystem } from "../core/excel-serial";
import { formatCents, ZERO, type Cents } from "../core/money";
import { cellText } from "./cell";
import type { ColumnDecision } from "./column-decision";
import { readCurrency } from "./currency-code";
import { optionalText, readCustomerDetails } from "./customer-details";
import { readDateCell } from "./date-cell";
import { FIELD_LABELS, FIELD_LABELS_NL } from "./ledger-fields";
import { readMoneyCell, type Money } from "./money-cell";
import { derivedOpen, openAmountDoubt } from "./open-amount";
import { readReminderStage } from "./reminder-stage";
import { isRepeatedHeader } from "./repeated-header";
import { RowCells } from "./row-cells";
import { statusFlags } from "./status-flags";
import { subtotalLabel, type SubtotalColumns } from "./subtotal-row";
import { readTextCell } from "./text-cell";
import type { ColumnMatch, Invoice, LedgerField, LedgerIssue } from "./types";
import { readYesNo } from "./yes-no";

type MoneyField = "amount" | "openAmount" | "creditLimit";
type DateField = "invoiceDate" | "dueDate" | "settledDate" | "reminderDate";

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
  | { accepted: false; amount: Cents; open: Cents; issues: LedgerIssue[] };

const euros = (c: Cents): string => formatCents(c, "en");
const eurosNl = (c: Cents): string => formatCents(c, "nl");

/** Reads a money cell; blank gives null without an issue. */
function money(
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
function day(
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

/** Reads the data row `row`, found at 1-based `sheetRow`. */
export function readRow(row: readonly unknown[], sheetRow: number, ctx: RowContext): RowOutcome {
  const cells = new RowCells(row, sheetRow, ctx.columns);
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
  const subtotal = subtotalLabel(row, ctx.subtotal);
  if (subtotal !== null) {
    // Issues about the cells of a subtotal row would only repeat the one below, so they are dropped.
    const amount = money(cells, "amount", ctx, "error")?.cents ?? ZERO;
    const open = money(cells, "openAmount", ctx, "error")?.cents ?? amount;
    const header =
      [...ctx.columns.values()].find((column) => column.index === subtotal.index)?.header ?? null;
    const issue: LedgerIssue = {
      row: sheetRow,
      column: header,
      value: subtotal.label,
      message: `Subtotal row "${subtotal.label}" is not an invoice; it is left out, and its amount ${euros(amount)} counts as rejected.`,
      messageNl: `Subtotaalregel "${subtotal.label}" is geen factuur; de regel is niet meegenomen en het bedrag van ${eurosNl(amount)} telt als afgewezen.`,
      severity: "error",
    };
    return { accepted: false, amount, open, issues: [issue] };
  }

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

  const amountMoney = money(cells, "amount", ctx, "error");
  if (amountMoney === null && cells.cell("amount").kind === "blank")
    cells.report("amount", "Amount is empty.", `${FIELD_LABELS_NL.amount} is leeg.`, "error");
  const amount = amountMoney?.cents ?? ZERO;

  const invoiceDate = day(cells, "invoiceDate", ctx, "error");
  let dueDate = day(cells, "dueDate", ctx, "error");
  const settledDate = day(cells, "settledDate", ctx, "error");
  const reminderDate = day(cells, "reminderDate", ctx, "warning");

  const openCell = cells.cell("openAmount");
  let open: Cents;
  if (cells.has("openAmount") && openCell.kind !== "blank") {
    open =
      money(cells, "openAmount", ctx, "error")?.cents ?? derivedOpen(amount, settledDate, ctx.asOf);
  } else {
    open = derivedOpen(amount, settledDate, ctx.asOf);
    if (cells.has("openAmount"))
      cells.report(
        "openAmount",
        `Open amount is empty; taken as ${euros(open)} from the amount${settledDate ? " and settled date" : ""}.`,
        `Openstaand bedrag is leeg; gerekend met ${eurosNl(open)}, afgeleid uit het factuurbedrag${settledDate ? " en de betaaldatum" : ""}.`,
        "warning"
      );
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

  if (cells.errors.length > 0) return { accepted: false, amount, open, issues: cells.errors };

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
      `Currency ${currency} is not ${ctx.defaultCurrency}; the invoice is kept, but totals would mix currencies.`,
      `Valuta ${currency} is niet ${ctx.defaultCurrency}; de factuur is meegenomen, maar dan tellen totalen verschillende valuta's bij elkaar op.`,
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
    ...details,
  };
  return { accepted: true, invoice, issues: cells.warnings };
}
