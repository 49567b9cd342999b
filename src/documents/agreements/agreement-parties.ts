/**
 * Who a written agreement is between, as confirmations and arrangement letters print it: the
 * creditor (the company details, the person who signs), the debtor (name, the contact spoken to,
 * address, e-mail), the salutation, the customer's RF payment reference, and the covered invoices
 * as a table (text and HTML). Every value is cleaned to one line; the HTML escapes it.
 */
import {
  customerReference,
  escapeHtml,
  formatCreditorReference,
  type Cents,
  type IsoDay,
  cents,
} from "../../core";
import type { CompanyDetails } from "../letters/company-details";
import type { DebtorDetails } from "../letters/debtor-details";
import { letterAmount, letterDate, type LetterLanguage } from "../letters/letter-format";
import { salutation } from "../letters/letter-model";
import { oneLine, cleanText } from "../tables/clean-text";

/** The person spoken to, when the conversation records know one (else the ledger's contact). */
export interface AgreementContact {
  person: string;
  email: string;
}

/** What a confirmation needs to know about the two parties. */
export interface PartiesInput {
  language: LetterLanguage;
  company: CompanyDetails;
  customerId: string;
  /** The debtor's details from the ledger. */
  details: DebtorDetails | undefined;
  /** The kept contact (person and e-mail) — it wins over the ledger's. */
  contact?: AgreementContact | null;
  /** Who handled the call and signs ("Sanne de Vries"); default the company's contact. */
  signer?: string;
}

/** The parties as a template sees them. */
export interface PartiesView {
  company: CompanyDetails;
  debtor: { name: string; contact: string; email: string; customerNumber: string };
  /** True for a business debtor (the text names the business). */
  b2b: boolean;
  salutation: string;
  signer: string;
  paymentReference: string;
  hasIban: boolean;
  contactVia: string;
}

/** The parties with the address block and the compact RF reference. */
export interface Parties {
  view: PartiesView;
  addressLines: string[];
  /** The customer's RF reference, compact: what the payment matcher recognises. */
  creditorReference: string;
}

/** The two parties of an agreement. */
export function agreementParties(input: PartiesInput): Parties {
  const { language, details } = input;
  const company = { ...input.company };
  for (const key of Object.keys(company) as (keyof CompanyDetails)[])
    company[key] = oneLine(company[key]);
  const name = oneLine(details?.name || input.customerId);
  const contact = oneLine(input.contact?.person || details?.contactPerson);
  const email = oneLine(input.contact?.email || details?.email);
  const creditorReference = customerReference(input.customerId);
  const address = cleanText(details?.address);
  const addressLines = [
    name,
    ...(contact !== "" && contact !== name
      ? [language === "nl" ? `t.a.v. ${contact}` : `Attn. ${contact}`]
      : []),
    ...address.split("\n").filter((l) => l.trim() !== ""),
    [oneLine(details?.postcode), oneLine(details?.city)].filter((s) => s !== "").join("  "),
    oneLine(details?.country),
  ].filter((l) => l !== "");
  return {
    view: {
      company,
      debtor: { name, contact, email, customerNumber: oneLine(input.customerId) },
      b2b: details?.debtorType !== "consumer",
      salutation: salutation(language, contact),
      signer: oneLine(input.signer) || company.contact,
      paymentReference: formatCreditorReference(creditorReference),
      hasIban: company.iban !== "",
      contactVia: [company.phone, company.email]
        .filter((s) => s !== "")
        .join(language === "nl" ? " of " : " or "),
    },
    addressLines,
    creditorReference,
  };
}

/** One invoice an agreement covers. */
export interface CoveredInvoice {
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  open: Cents;
}

const INVOICE_LABELS = {
  nl: {
    invoice: "Factuur",
    invoiceDate: "Factuurdatum",
    dueDate: "Vervaldatum",
    open: "Openstaand",
    total: "Totaal openstaand",
    of: "van",
    due: "vervaldatum",
  },
  en: {
    invoice: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    open: "Outstanding",
    total: "Total outstanding",
    of: "dated",
    due: "due",
  },
} as const;

/** The covered invoices as a table: text lines and HTML (class "specificatie"), with their total. */
export function coveredInvoicesTable(
  invoices: readonly CoveredInvoice[],
  language: LetterLanguage
): { text: string; html: string; total: Cents } {
  const l = INVOICE_LABELS[language];
  const e = escapeHtml;
  const money = (c: Cents) => letterAmount(c, language);
  const total = cents(invoices.reduce((s, i) => s + i.open, 0));
  const text = [
    ...invoices.map((i) => {
      const date = letterDate(i.invoiceDate, language);
      const due = letterDate(i.dueDate, language);
      return `- ${l.invoice} ${oneLine(i.invoiceId)}${date ? ` ${l.of} ${date}` : ""}${due ? `, ${l.due} ${due}` : ""}: ${money(i.open)}`;
    }),
    "",
    `${l.total}: ${money(total)}`,
  ].join("\n");
  const rows = invoices
    .map(
      (i) =>
        `<tr><td>${e(oneLine(i.invoiceId))}</td><td>${e(letterDate(i.invoiceDate, language))}</td><td>${e(letterDate(i.dueDate, language))}</td><td class="n">${e(money(i.open))}</td></tr>`
    )
    .join("");
  const html = `<table class="specificatie"><thead><tr><th>${e(l.invoice)}</th><th>${e(l.invoiceDate)}</th><th>${e(l.dueDate)}</th><th class="n">${e(l.open)}</th></tr></thead><tbody>${rows}</tbody><tfoot><tr class="total"><td colspan="3">${e(l.total)}</td><td class="n">${e(money(total))}</td></tr></tfoot></table>`;
  return { text, html, total };
}
