/**
 * Reads one data row into an {@link Invoice}, or rejects it. A row is rejected (error) when its
 * invoice number, customer or amount is missing or unreadable, when a money or date cell that
 * matters for the balance cannot be read, or when it is a subtotal row. Doubts that leave the
 * invoice usable (no due date, open above amount, foreign currency, an odd flag) are warnings.
 */
import { addDays, cents, formatCents, ZERO, type Cents } from "../../core";
import { readCurrency } from "../cells/currency-code";
import { readDocumentType } from "../cells/document-type";
import { optionalText, readCustomerDetails } from "../customers";
import { FIELD_LABELS, FIELD_LABELS_NL } from "../header/ledger-fields";
import { nonInvoiceRow } from "./non-invoice-row";
import { derivedOpen, openAmountDoubt } from "./open-amount";
import { readReminderStage } from "../cells/reminder-stage";
import { RowCells } from "./row-cells";
import type { RowContext, RowOutcome } from "./row-context";
import { rowDay, rowMoney } from "./row-money-date";
import { statusFlags, statusStopsReminders } from "../cells/status-flags";
import { readTextCell } from "../cells/text-cell";
import type { Invoice } from "../types";
import { readYesNo } from "../cells/yes-no";

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
    ...details,
  };
  return { accepted: true, invoice, issues: cells.warnings };
}
