/**
 * A debtor's identity and address as the ledger gives it: per field the first non-blank value among
 * the customer's rows (bookkeeping exports repeat the customer's details on every invoice row).
 */
import type { Ledger } from "../../ledger";

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
  debtorType: "business" | "consumer";
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
 * The details of every customer in the ledger, by customer id. Like the reminder run, one consumer
 * row makes the customer a consumer and one English row makes the language English.
 */
export function debtorDetails(ledger: Ledger): Map<string, DebtorDetails> {
  const c = ledger.columns;
  const byId = new Map<string, DebtorDetails>();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    let d = byId.get(id);
    if (!d) {
      d = {
        customerId: id,
        name: "",
        contactPerson: "",
        address: "",
        postcode: "",
        city: "",
        country: "",
        email: "",
        phone: "",
        kvk: "",
        vatId: "",
        debtorType: "business",
        language: "nl",
      };
      byId.set(id, d);
    }
    if (d.name === "") d.name = c.customerName[i] ?? "";
    for (const field of TEXT_FIELDS) if (d[field] === "") d[field] = c[field][i] ?? "";
    if (c.debtorType[i] === "consumer") d.debtorType = "consumer";
    if (c.language[i] === "en") d.language = "en";
  }
  for (const d of byId.values()) if (d.name === "") d.name = d.customerId;
  return byId;
}
