/**
 * The view model of one reminder letter or e-mail: a {@link ReminderProposal} plus the creditor's
 * details, the debtor's address from the ledger, and statutory interest and collection costs where
 * the stage may claim them. Everything a template can show is text here (formatted for the letter's
 * language); the raw cents travel alongside for logs and exports.
 */
import {
  type IsoDay,
  cents,
  type Cents,
  customerReference,
  formatCreditorReference,
} from "../../core";
import {
  claimsOwed,
  type DebtorKind,
  type DunningChannel,
  type StageKind,
  type ReminderProposal,
} from "../../dunning";
import { cleanText, oneLine } from "../tables/clean-text";
import { epcPayload } from "../payment-qr/epc-payload";
import type { CompanyDetails } from "./company-details";
import type { DebtorDetails } from "./debtor-details";
import { letterAmount, letterDate, listText, type LetterLanguage } from "./letter-format";

/** Options of {@link letterModel}. */
export interface LetterOptions {
  company: CompanyDetails;
  /**
   * The creditor cannot deduct VAT (e.g. VAT-exempt): collection costs are stated and charged
   * including 21 % VAT. Default false: a creditor who can deduct VAT may not charge it.
   */
  costsIncludeVat?: boolean;
}

/** One invoice line as templates see it. */
export interface LetterInvoiceView {
  number: string;
  date: string;
  dueDate: string;
  open: string;
  daysOverdue: number;
  interest: string;
}

/** What a template can show; see {@link TEMPLATE_FIELDS} for the list a template check accepts. */
export interface LetterView {
  company: CompanyDetails;
  debtor: {
    name: string;
    contact: string;
    address: string;
    postcode: string;
    city: string;
    country: string;
    email: string;
    customerNumber: string;
  };
  salutation: string;
  date: string;
  stageName: string;
  invoiceList: string;
  /** The due date of the invoice (of the oldest one when there are several). */
  dueDate: string;
  single: boolean;
  invoiceCount: number;
  invoices: LetterInvoiceView[];
  credits: { number: string; date: string; open: string }[];
  hasCredits: boolean;
  overdue: string;
  creditTotal: string;
  principal: string;
  interest: string;
  hasInterest: boolean;
  costs: string;
  hasCosts: boolean;
  warnedCosts: string;
  costsVatIncluded: boolean;
  total: string;
  deadline: string;
  hasDeadline: boolean;
  paymentReference: string;
  contactVia: string;
}

/** The amounts of a letter in cents. */
export interface LetterAmounts {
  /** Sum of the open overdue invoices. */
  overdue: Cents;
  /** Open credit notes (zero or negative). */
  credits: Cents;
  /** overdue + credits: the principal claimed. */
  principal: Cents;
  /** Statutory interest to the letter date, when the stage may claim it (else 0). */
  interest: Cents;
  /** Collection costs charged, when the stage may charge them (else 0). */
  costs: Cents;
  /** The staffel costs on the principal, as a 14-dagenbrief must announce them. */
  warnedCosts: Cents;
  /** principal + interest + costs. */
  total: Cents;
}

/** A letter ready to render: the view, the raw amounts, and what it is. */
export interface LetterModel {
  customerId: string;
  language: LetterLanguage;
  debtor: DebtorKind;
  stage: number;
  stageKind: StageKind;
  stageName: string;
  templateId: string;
  channels: readonly DunningChannel[];
  sendOn: IsoDay;
  paymentDeadline: IsoDay | null;
  invoiceIds: string[];
  /** Per invoice the stage it was at and the stage this letter brings it to. */
  invoiceStages: { invoiceId: string; fromStage: number; toStage: number }[];
  /** Interest per invoice in cents (all zero when the stage claims none). */
  interestPerInvoice: { invoiceId: string; interest: Cents }[];
  amounts: LetterAmounts;
  /** The debtor's e-mail address ("" when unknown). */
  email: string;
  /** Address lines of the letter's address block (contact line included when known). */
  addressLines: string[];
  view: LetterView;
  /** The customer's ISO 11649 creditor reference, compact ("RF18D1001"): what the matcher recognises. */
  creditorReference: string;
  /**
   * The EPC069-12 payload of the letter's QR code (creditor name and IBAN, the total asked, the
   * reference), or null when there is none: no valid IBAN or name, nothing to pay, above the EPC limit.
   */
  epcPayload: string | null;
}

/** More invoices than this are named by count in subjects and references. */
const LISTED_INVOICES = 3;

/** Builds the letter for one proposal. `details` are the debtor's details from the ledger. */
export function letterModel(
  proposal: ReminderProposal,
  details: DebtorDetails | undefined,
  options: LetterOptions
): LetterModel {
  const lang = proposal.language;
  const stage = proposal.policyStage;
  const money = (c: Cents): string => letterAmount(c, lang);
  // Interest only on the invoices whose own stage claims it, costs only on those whose own stage
  // allows them (a new invoice listed in an aanmaning is not charged yet), never on more than the
  // principal after credit notes.
  const owed = claimsOwed(
    proposal.customerId,
    proposal.debtor,
    proposal.invoices.map((inv) => ({
      invoiceId: inv.invoiceId,
      principal: inv.openAmount,
      dueDate: inv.dueDate,
      interest: stage.mayChargeInterest && inv.mayChargeInterest,
      costs: inv.mayChargeCollectionCosts,
    })),
    proposal.sendOn,
    {
      chargeCosts: stage.mayChargeCollectionCosts,
      costsIncludeVat: options.costsIncludeVat === true,
      principal: proposal.amountDue,
    }
  );
  const interestPerInvoice = owed.invoices.map(({ invoiceId, interest }) => ({
    invoiceId,
    interest,
  }));
  const { principal, interest, costs, warnedCosts, total } = owed;
  const ids = proposal.invoices.map((i) => i.invoiceId);
  const company = cleanCompany(options.company);
  const name = oneLine(details?.name || proposal.customerName || proposal.customerId);
  const contact = oneLine(details?.contactPerson);
  const address = cleanText(details?.address);
  const postcode = oneLine(details?.postcode);
  const city = oneLine(details?.city);
  const country = oneLine(details?.country);
  const noun = lang === "nl" ? ["factuur", "facturen"] : ["invoice", "invoices"];
  const invoiceList =
    ids.length === 1
      ? `${noun[0]} ${oneLine(ids[0])}`
      : ids.length <= LISTED_INVOICES
        ? `${noun[1]} ${listText(ids.map(oneLine), lang)}`
        : `${ids.length} ${noun[1]}`;
  // The customer's RF creditor reference: one per customer, so the payment matcher finds the
  // customer whichever invoices the payment covers.
  const creditorReference = customerReference(proposal.customerId);
  const paymentReference = formatCreditorReference(creditorReference);
  const view: LetterView = {
    company,
    debtor: {
      name,
      contact,
      address: oneLine(address),
      postcode,
      city,
      country,
      email: oneLine(details?.email),
      customerNumber: oneLine(proposal.customerId),
    },
    salutation: salutation(lang, contact),
    date: letterDate(proposal.sendOn, lang),
    stageName: proposal.stageName,
    invoiceList,
    dueDate: letterDate(oldestDueDate(proposal.invoices.map((inv) => inv.dueDate)), lang),
    single: ids.length === 1,
    invoiceCount: ids.length,
    invoices: proposal.invoices.map((inv, i) => ({
      number: oneLine(inv.invoiceId),
      date: letterDate(inv.invoiceDate, lang),
      dueDate: letterDate(inv.dueDate, lang),
      open: money(inv.openAmount),
      daysOverdue: inv.daysOverdue,
      interest: money(interestPerInvoice[i]?.interest ?? cents(0)),
    })),
    credits: proposal.credits.map((cr) => ({
      number: oneLine(cr.invoiceId),
      date: letterDate(cr.invoiceDate, lang),
      open: money(cr.openAmount),
    })),
    hasCredits: proposal.credits.length > 0,
    overdue: money(proposal.overdueTotal),
    creditTotal: money(proposal.creditTotal),
    principal: money(principal),
    interest: money(interest),
    hasInterest: stage.mayChargeInterest && interest > 0,
    costs: money(costs),
    hasCosts: costs > 0,
    warnedCosts: money(warnedCosts),
    costsVatIncluded: options.costsIncludeVat === true,
    total: money(total),
    deadline: letterDate(proposal.paymentDeadline, lang),
    hasDeadline: proposal.paymentDeadline !== null,
    paymentReference,
    contactVia: [company.phone, company.email]
      .filter((s) => s !== "")
      .join(lang === "nl" ? " of " : " or "),
  };
  const addressLines = [
    name,
    ...(contact !== "" && contact !== name
      ? [lang === "nl" ? `t.a.v. ${contact}` : `Attn. ${contact}`]
      : []),
    ...address.split("\n").filter((l) => l.trim() !== ""),
    [postcode, city].filter((s) => s !== "").join("  "),
    ...(country !== "" ? [country] : []),
  ].filter((l) => l !== "");
  return {
    customerId: proposal.customerId,
    language: lang,
    debtor: proposal.debtor,
    stage: proposal.stage,
    stageKind: stage.kind,
    stageName: proposal.stageName,
    templateId: stage.templateId,
    channels: stage.channels,
    sendOn: proposal.sendOn,
    paymentDeadline: proposal.paymentDeadline,
    invoiceIds: ids,
    invoiceStages: proposal.invoices.map(({ invoiceId, fromStage, toStage }) => ({
      invoiceId,
      fromStage,
      toStage,
    })),
    interestPerInvoice,
    amounts: {
      overdue: proposal.overdueTotal,
      credits: proposal.creditTotal,
      principal,
      interest,
      costs,
      warnedCosts,
      total,
    },
    email: view.debtor.email,
    addressLines,
    view,
    creditorReference,
    epcPayload: qrPayload(company, total, creditorReference),
  };
}

/** The earliest of `days` (ISO days sort as text), or null when there are none. */
function oldestDueDate(days: readonly IsoDay[]): IsoDay | null {
  return days.reduce<IsoDay | null>((min, d) => (min === null || d < min ? d : min), null);
}

/** "Geachte Bram Timmermans," / "Geachte heer, mevrouw,"; "Dear Bram Timmermans," / "Dear Sir or Madam,". */
export function salutation(lang: LetterLanguage, contact: string): string {
  if (lang === "nl") return contact === "" ? "Geachte heer, mevrouw," : `Geachte ${contact},`;
  return contact === "" ? "Dear Sir or Madam," : `Dear ${contact},`;
}

/** The QR code's payload, or null when the letter gets no code (see {@link epcPayload}). */
function qrPayload(company: CompanyDetails, total: Cents, reference: string): string | null {
  if (company.iban === "" || total <= 0) return null;
  const result = epcPayload({ name: company.name, iban: company.iban, amount: total, reference });
  return result.ok ? result.payload : null;
}

function cleanCompany(company: CompanyDetails): CompanyDetails {
  const out = { ...company };
  for (const key of Object.keys(out) as (keyof CompanyDetails)[]) out[key] = oneLine(out[key]);
  return out;
}
