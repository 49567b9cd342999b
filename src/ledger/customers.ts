/**
 * The ledger's customers: the one grouping of ledger rows per customer, with the debtor's kind and
 * language decided once (one consumer row makes a consumer, one English row makes English), and the
 * customer details an open-items list may carry next to each invoice (contact, address, KvK, btw-id,
 * IBAN, credit limit, consumer or business, language, payment term). None of those details decides
 * whether an invoice is read, so a cell that cannot be read is a warning and the value null.
 */
import type { Notation } from "../core";
import type { ColumnDecision } from "./header/column-decision";
import { readDebtorType } from "./cells/debtor-type";
import { FIELD_LABELS, FIELD_LABELS_NL } from "./header/ledger-fields";
import { readLanguage } from "./cells/language-code";
import { readMoneyCell } from "./cells/money-cell";
import { readPaymentTerm } from "./cells/payment-term";
import type { RowCells } from "./rows/row-reader";
import { readTextCell } from "./cells/text-cell";
import type { DebtorKind, Invoice, Ledger, LedgerField } from "./types";

/** The customer-detail part of an {@link Invoice}. */
export type CustomerDetails = Pick<
  Invoice,
  | "contactPerson"
  | "address"
  | "postcode"
  | "city"
  | "country"
  | "email"
  | "phone"
  | "kvk"
  | "vatId"
  | "iban"
  | "creditLimit"
  | "debtorType"
  | "language"
  | "paymentTermDays"
>;

/** KvK numbers have 8 digits; a number cell has lost its leading zeros. */
const KVK_DIGITS = 8;

/** Reads an optional text field; an Excel error is a warning. */
export function optionalText(cells: RowCells, field: LedgerField): string | null {
  return cells.take(
    field,
    readTextCell(cells.cell(field), FIELD_LABELS[field], FIELD_LABELS_NL[field]),
    "warning",
    null
  );
}

/** Reads the customer details of one row. */
export function readCustomerDetails(
  cells: RowCells,
  creditNotation: ColumnDecision<Notation>
): CustomerDetails {
  const kvkCell = cells.cell("kvk");
  const kvk =
    kvkCell.kind === "number" && Number.isInteger(kvkCell.value) && kvkCell.value >= 0
      ? String(kvkCell.value).padStart(KVK_DIGITS, "0")
      : optionalText(cells, "kvk");
  const creditCell = cells.cell("creditLimit");
  const creditLimit =
    creditCell.kind === "blank"
      ? null
      : (cells.take(
          "creditLimit",
          readMoneyCell(
            creditCell,
            FIELD_LABELS.creditLimit,
            FIELD_LABELS_NL.creditLimit,
            creditNotation
          ),
          "warning",
          null
        )?.cents ?? null);
  return {
    contactPerson: optionalText(cells, "contactPerson"),
    address: optionalText(cells, "address"),
    postcode: optionalText(cells, "postcode"),
    city: optionalText(cells, "city"),
    country: optionalText(cells, "country"),
    email: optionalText(cells, "email"),
    phone: optionalText(cells, "phone"),
    kvk,
    vatId: optionalText(cells, "vatId"),
    iban: optionalText(cells, "iban"),
    creditLimit,
    debtorType: cells.take(
      "debtorType",
      readDebtorType(
        cells.cell("debtorType"),
        cells.header("debtorType") ?? "",
        FIELD_LABELS.debtorType,
        FIELD_LABELS_NL.debtorType
      ),
      "warning",
      null
    ),
    language: cells.take(
      "language",
      readLanguage(cells.cell("language"), FIELD_LABELS.language, FIELD_LABELS_NL.language),
      "warning",
      null
    ),
    paymentTermDays: cells.take(
      "paymentTermDays",
      readPaymentTerm(
        cells.cell("paymentTermDays"),
        FIELD_LABELS.paymentTermDays,
        FIELD_LABELS_NL.paymentTermDays
      ),
      "warning",
      null
    ),
  };
}

/** One customer of a ledger: its rows and what they say about it together. */
export interface LedgerCustomer {
  customerId: string;
  /** The first name a row gives (blank names skipped); null when none does. */
  name: string | null;
  /** Every ledger row of the customer (0-based, in ledger order), open or not. */
  rows: number[];
  /** The debtor's kind: see {@link mergeDebtorKind}; business when no row says. */
  kind: DebtorKind;
  /** English when any row says English, else Dutch. */
  language: "nl" | "en";
}

/**
 * The debtor's kind from what one more row says: one consumer row makes the customer a consumer,
 * since the consumer protections (the 14-dagenbrief before costs, art. 6:96 lid 6 BW; the consumer
 * interest rate) must never be skipped; otherwise what a row says is kept, null when nothing is said.
 */
export function mergeDebtorKind(
  current: DebtorKind | null,
  row: DebtorKind | null | undefined
): DebtorKind | null {
  return current === "consumer" ? current : (row ?? current);
}

/** The customers of `ledger` by customer id, in the order they first appear. */
export function ledgerCustomers(ledger: Ledger): Map<string, LedgerCustomer> {
  const c = ledger.columns;
  const byId = new Map<string, LedgerCustomer>();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    let customer = byId.get(id);
    if (!customer) {
      customer = { customerId: id, name: null, rows: [], kind: "business", language: "nl" };
      byId.set(id, customer);
    }
    customer.rows.push(i);
    if (!customer.name) customer.name = c.customerName[i] || null;
    customer.kind = mergeDebtorKind(customer.kind, c.debtorType[i]) ?? "business";
    if (c.language[i] === "en") customer.language = "en";
  }
  return byId;
}
