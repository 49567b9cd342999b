/** The list of ledger fields with their plain-English labels (for messages) and which are required. */
import type { LedgerField } from "../types";

/** Plain-English label per field, as used in issue messages ("Amount '12,3,4' is not a number"). */
export const FIELD_LABELS: { readonly [F in LedgerField]: string } = {
  invoiceId: "Invoice number",
  customerId: "Customer",
  customerName: "Customer name",
  invoiceDate: "Invoice date",
  dueDate: "Due date",
  amount: "Amount",
  openAmount: "Open amount",
  settledDate: "Settled date",
  currency: "Currency",
  description: "Description",
  reference: "Reference",
  status: "Status",
  disputed: "Disputed",
  writtenOff: "Written off",
  handedOver: "Handed over",
  doNotRemind: "Do not remind",
  reminderStage: "Reminder stage",
  reminderDate: "Reminder date",
  deliveryDate: "Delivery date",
  contactPerson: "Contact person",
  address: "Address",
  postcode: "Postcode",
  city: "City",
  country: "Country",
  email: "E-mail",
  phone: "Phone",
  kvk: "KvK number",
  vatId: "VAT number",
  iban: "IBAN",
  creditLimit: "Credit limit",
  debtorType: "Debtor type",
  language: "Language",
  paymentTermDays: "Payment term",
  documentType: "Document type",
};

/** Dutch labels of the ledger fields, as a Dutch bookkeeping export would head its columns. */
export const FIELD_LABELS_NL: { readonly [F in LedgerField]: string } = {
  invoiceId: "Factuurnummer",
  customerId: "Debiteurnummer",
  customerName: "Debiteurnaam",
  invoiceDate: "Factuurdatum",
  dueDate: "Vervaldatum",
  amount: "Factuurbedrag",
  openAmount: "Openstaand",
  settledDate: "Betaaldatum",
  currency: "Valuta",
  description: "Omschrijving",
  reference: "Kenmerk",
  status: "Status",
  disputed: "Betwist",
  writtenOff: "Afgeschreven",
  handedOver: "Uit handen gegeven",
  doNotRemind: "Niet aanmanen",
  reminderStage: "Aanmaningsfase",
  reminderDate: "Datum laatste aanmaning",
  deliveryDate: "Leverdatum",
  contactPerson: "Contactpersoon",
  address: "Adres",
  postcode: "Postcode",
  city: "Plaats",
  country: "Land",
  email: "E-mail",
  phone: "Telefoon",
  kvk: "KvK-nummer",
  vatId: "Btw-id",
  iban: "IBAN",
  creditLimit: "Kredietlimiet",
  debtorType: "Soort debiteur",
  language: "Taal",
  paymentTermDays: "Betalingstermijn",
  documentType: "Soort document",
};

/** Every ledger field, in the order of {@link FIELD_LABELS}. */
export const LEDGER_FIELDS = Object.keys(FIELD_LABELS) as readonly LedgerField[];

/** Fields holding money, read with the sheet's amount notation. */
export const MONEY_FIELDS = [
  "amount",
  "openAmount",
  "creditLimit",
] as const satisfies readonly LedgerField[];

/** Fields holding days. */
export const DATE_FIELDS = [
  "invoiceDate",
  "dueDate",
  "settledDate",
  "reminderDate",
  "deliveryDate",
] as const satisfies readonly LedgerField[];

/**
 * The columns a ledger cannot be read without, as alternatives: each inner list needs one mapped
 * column (customer number or, failing that, customer name).
 */
export const REQUIRED_FIELDS: readonly (readonly LedgerField[])[] = [
  ["invoiceId"],
  ["amount"],
  ["customerId", "customerName"],
];

/** True when `text` names a ledger field ("amount", "invoiceId"). */
export function isLedgerField(text: string): text is LedgerField {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, text);
}
