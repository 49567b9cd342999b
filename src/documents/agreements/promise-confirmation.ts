/**
 * The e-mail that confirms a promise to pay the same day ("Zoals zojuist telefonisch besproken …"):
 * who agreed (the debtor, the person spoken to, the person who signs), what (the exact amount and
 * day), the invoices it covers with their numbers and open amounts, how to pay (IBAN and the RF
 * reference, an EPC QR code for the promised amount) and what happens when the day passes.
 */
import { compareDays, type Cents, type IsoDay, cents } from "../../core";
import type { CompanyDetails } from "../letters/company-details";
import type { DebtorDetails } from "../letters/debtor-details";
import { letterAmount, letterDate, type LetterLanguage } from "../letters/letter-format";
import { renderTemplate } from "../letters/render-letter";
import { agreementMail, agreementQr, type AgreementMail } from "./agreement-mail";
import {
  agreementParties,
  coveredInvoicesTable,
  type AgreementContact,
  type CoveredInvoice,
  type PartiesView,
} from "./agreement-parties";
import { PROMISE_CONFIRMATION } from "./promise-templates";

/** What the confirmation of a promise is made of. */
export interface PromiseConfirmationInput {
  language: LetterLanguage;
  company: CompanyDetails;
  customerId: string;
  details: DebtorDetails | undefined;
  contact?: AgreementContact | null;
  /** Who made the agreement on the phone and signs; default the company's contact. */
  signer?: string;
  /** The day of the call (the promise's date). */
  agreedOn: IsoDay;
  /** The day the draft is made (default `agreedOn`); a later day writes "zoals op … besproken". */
  draftedOn?: IsoDay;
  amount: Cents;
  due: IsoDay;
  /** The invoices covered, with what is open on them. */
  invoices: readonly CoveredInvoice[];
}

/** What the template sees. */
export interface PromiseView extends PartiesView {
  amount: string;
  due: string;
  callDate: string;
  justNow: boolean;
  single: boolean;
  partial: boolean;
  rest: string;
  total: string;
}

/** The confirmation e-mail of a promise to pay. */
export function promiseConfirmation(input: PromiseConfirmationInput): AgreementMail {
  const { language } = input;
  const parties = agreementParties(input);
  const table = coveredInvoicesTable(input.invoices, language);
  const money = (c: Cents) => letterAmount(c, language);
  const drafted = input.draftedOn ?? input.agreedOn;
  const rest = cents(Math.max(0, table.total - input.amount));
  const view: PromiseView = {
    ...parties.view,
    amount: money(input.amount),
    due: letterDate(input.due, language),
    callDate: letterDate(input.agreedOn, language),
    justNow: compareDays(drafted, input.agreedOn) === 0,
    single: input.invoices.length === 1,
    partial: rest > 0,
    rest: money(rest),
    total: money(table.total),
  };
  const rendered = renderTemplate(PROMISE_CONFIRMATION[language], view, table);
  return agreementMail(
    rendered,
    parties,
    language,
    drafted,
    `${input.agreedOn}.${input.customerId}.promise`,
    agreementQr(parties, input.amount, view.amount, language)
  );
}
