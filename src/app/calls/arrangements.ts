/**
 * Use-case: a payment arrangement made from the call card, the dossier or the CLI — the plan (the
 * principal, and interest and costs to date when the user takes them in; equal instalments on
 * business days, the first within the days Instellingen allows), the rows it adds to the
 * conversation log, the letter for signature and the e-mail that sends it. The pane and `openstaand
 * arrange` both call {@link makeArrangement}; the doors only show or write what it returns.
 */
import { addDays, type Cents, type IsoDay, cents } from "../../core";
import {
  arrangementDocuments,
  DEMO_COMPANY,
  debtorDetails,
  fileNamePart,
  handoffClaims,
  type AgreementMail,
  type CompanyDetails,
  type CoveredInvoice,
  type LetterLanguage,
} from "../../documents";
import type { Contact, ConversationEntry, Instalment, InstalmentFrequency } from "../../dunning";
import type { Ledger } from "../../ledger";
import { outcomeEntries } from "./call-outcome";
import { coveredInvoices } from "./confirmations";

/** What the user asks for. */
export interface ArrangementRequest {
  customerId: string;
  /** Number of instalments, 1..60. */
  count: number;
  /** Day of the first instalment (moved to a business day). */
  first: IsoDay;
  every: InstalmentFrequency;
  /** Default: every open invoice of the customer. */
  invoiceIds?: readonly string[];
  /** Take the statutory interest to date into the plan. */
  includeInterest?: boolean;
  /** Take the collection costs (as far as they may be charged today) into the plan. */
  includeCosts?: boolean;
  /** An agreed amount instead of the claim (principal, and interest and costs when taken in). */
  total?: Cents;
  /** The letter says statutory interest keeps running on what is open. */
  interestRuns?: boolean;
  /** Who made the arrangement and signs; default the company's contact. */
  owner?: string;
  note?: string;
}

/** The settings an arrangement takes (Instellingen, or the CLI's settings file). */
export interface ArrangementSettings {
  /** The creditor; null: the clearly fake demo company (the CLI without --company warns). */
  company: CompanyDetails | null;
  /** Default: the debtor's language in the ledger. */
  language?: LetterLanguage | null;
  /** The first instalment must fall within this many days of `asOf` (default 14). */
  firstInstalmentWithinDays?: number;
  /** Collection costs include 21 % VAT. */
  costsIncludeVat?: boolean;
}

/** An arrangement made: the plan, its record rows and its documents. */
export interface MadeArrangement {
  id: string;
  customerId: string;
  name: string;
  language: LetterLanguage;
  invoices: CoveredInvoice[];
  principal: Cents;
  interest: Cents;
  costs: Cents;
  /** principal + interest + costs (or the agreed amount): what the instalments add up to, to the cent. */
  total: Cents;
  instalments: Instalment[];
  /** The latest day the first instalment was allowed to fall on. */
  latestFirst: IsoDay;
  /** The rows to add to the conversation log (one per instalment). */
  entries: ConversationEntry[];
  /** The letter for signature (printable HTML document) and its subject and text. */
  letterHtml: string;
  subject: string;
  letterText: string;
  /** The e-mail draft with the letter attached. */
  mail: AgreementMail;
  /** File names for the letter and the e-mail ("Betalingsregeling R-K2-20261120.html" …). */
  fileNames: { letter: string; eml: string };
}

/** Default of {@link ArrangementSettings.firstInstalmentWithinDays}. */
export const DEFAULT_FIRST_INSTALMENT_WITHIN_DAYS = 14;

/**
 * The arrangement `request` for the ledger on `asOf`, with `records` the kept conversation (its log
 * gives the arrangement a fresh id, its contacts the person spoken to). Throws (English message,
 * Dutch `messageNl`) when it cannot be made: nothing open, an invoice not open for the customer, a
 * first day too late, a plan that does not fit.
 */
export function makeArrangement(
  ledger: Ledger,
  records: { conversation: readonly ConversationEntry[]; contacts: readonly Contact[] },
  request: ArrangementRequest,
  settings: ArrangementSettings,
  asOf: IsoDay
): MadeArrangement {
  const { customerId } = request;
  const details = debtorDetails(ledger).get(customerId);
  if (!details)
    throw Object.assign(new Error(`Customer ${customerId} is not in the ledger.`), {
      messageNl: `Debiteur ${customerId} staat niet in de debiteurenlijst.`,
    });
  const within = settings.firstInstalmentWithinDays ?? DEFAULT_FIRST_INSTALMENT_WITHIN_DAYS;
  const latestFirst = addDays(asOf, within);
  // Interest and costs to date on the covered invoices, as the hand-over's claim engine has them
  // (costs: the staffel over all the customer's overdue claims, each invoice its share).
  const claims = new Map(
    handoffClaims(ledger, [customerId], asOf, {
      costsIncludeVat: settings.costsIncludeVat === true,
    }).claims.map((claim) => [claim.invoiceId, claim])
  );
  const open = coveredInvoices(ledger, customerId, request.invoiceIds ?? []);
  const ids = request.invoiceIds && request.invoiceIds.length > 0 ? request.invoiceIds : null;
  const sumOf = (pick: (id: string) => number) =>
    cents(open.reduce((s, inv) => s + pick(inv.invoiceId), 0));
  const principal = sumOf((id) => open.find((x) => x.invoiceId === id)?.open ?? 0);
  const interest = request.includeInterest ? sumOf((id) => claims.get(id)?.interest ?? 0) : 0;
  const costs = request.includeCosts ? sumOf((id) => claims.get(id)?.costs ?? 0) : 0;
  const total = request.total ?? cents(principal + interest + costs);
  let entries: ConversationEntry[];
  try {
    entries = outcomeEntries(
      ledger,
      customerId,
      {
        kind: "arrangement",
        total,
        count: request.count,
        first: request.first,
        every: request.every,
        latestFirst,
        ...(ids ? { invoiceIds: ids } : {}),
        ...(request.owner ? { owner: request.owner } : {}),
        ...(request.note ? { note: request.note } : {}),
      },
      asOf,
      records.conversation
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "arrangement.first-too-late")
      throw Object.assign(
        new Error(
          `The first instalment must fall no later than ${latestFirst} (${within} days from ${asOf}); ${request.first} is too late.`
        ),
        {
          messageNl: `De eerste termijn moet uiterlijk op ${latestFirst} vallen (${within} dagen na ${asOf}); ${request.first} is te laat.`,
        }
      );
    throw error;
  }
  const id = entries[0]?.arrangementId as string;
  const instalments = entries.map((e) => ({ due: e.due as IsoDay, amount: e.amount as Cents }));
  const language = settings.language ?? details.language;
  const contact = records.contacts.find((k) => k.customerId === customerId) ?? null;
  const docs = arrangementDocuments({
    language,
    company: settings.company ?? DEMO_COMPANY,
    customerId,
    details,
    contact,
    ...(request.owner ? { signer: request.owner } : {}),
    id,
    agreedOn: asOf,
    invoices: open,
    interest: cents(interest),
    costs: cents(costs),
    costsIncludeVat: settings.costsIncludeVat === true,
    ...(request.total !== undefined ? { total: request.total } : {}),
    instalments,
    every: request.every,
    interestRuns: request.interestRuns === true,
  });
  const base = `${language === "nl" ? "Betalingsregeling" : "Payment arrangement"} ${fileNamePart(id)}`;
  return {
    id,
    customerId,
    name: details.name,
    language,
    invoices: open,
    principal,
    interest: cents(interest),
    costs: cents(costs),
    total,
    instalments,
    latestFirst,
    entries,
    letterHtml: docs.letterHtml,
    subject: docs.subject,
    letterText: docs.letterText,
    mail: docs.mail,
    fileNames: { letter: `${base}.html`, eml: `${base}.eml` },
  };
}
