/**
 * A debtor's identity and address as the ledger gives it: per field the first non-blank value among
 * the customer's rows (bookkeeping exports repeat the customer's details on every invoice row).
 */
import { type DebtorKind, type Ledger, ledgerCustomers } from "../../ledger";

/** One debtor's details; "" for what the ledger does not say. */
export interface DebtorDetails {
  customerId: string;
  name: string;
  contactPerson: string;
  address: string;
  postcode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  kvk: string;
  vatId: string;
  debtorType: DebtorKind;
  language: "nl" | "en";
}

const TEXT_FIELDS = [
  "contactPerson",
  "address",
  "postcode",
  "city",
  "country",
  "email",
  "phone",
  "kvk",
  "vatId",
] as const;

/**
 * The details of every customer in the ledger, by customer id. The debtor's kind and language are
 * the ledger's (one consumer row makes a consumer, one English row makes English).
 */
export function debtorDetails(ledger: Ledger): Map<string, DebtorDetails> {
  const c = ledger.columns;
  const byId = new Map<string, DebtorDetails>();
  for (const customer of ledgerCustomers(ledger).values()) {
    const d: DebtorDetails = {
      customerId: customer.customerId,
      name: customer.name || customer.customerId,
      contactPerson: "",
      address: "",
      postcode: "",
      city: "",
      country: "",
      email: "",
      phone: "",
      kvk: "",
      vatId: "",
      debtorType: customer.kind,
      language: customer.language,
    };
    for (const i of customer.rows)
      for (const field of TEXT_FIELDS) if (d[field] === "") d[field] = c[field][i] ?? "";
    byId.set(customer.customerId, d);
  }
  return byId;
}
