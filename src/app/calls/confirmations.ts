/**
 * Use-cases: the written confirmations of what was agreed on the phone — the e-mail that confirms a
 * promise to pay the same day. One engine for the pane (which shows and downloads the draft) and
 * the CLI.
 */
import { compareDays, type IsoDay, type Cents } from "../../core";
import {
  debtorDetails,
  fileNamePart,
  promiseConfirmation,
  type AgreementMail,
  type CompanyDetails,
  type CoveredInvoice,
  type LetterLanguage,
} from "../../documents";
import type { Contact, ConversationEntry } from "../../dunning";
import type { Ledger } from "../../ledger";

/** What every written confirmation takes. */
export interface ConfirmationOptions {
  company: CompanyDetails;
  /** Default: the debtor's language as the ledger gives it. */
  language?: LetterLanguage;
  /** Who signs; default the entry's owner, else the company's contact. */
  signer?: string;
  /** The day the draft is made (default the entry's day). */
  draftedOn?: IsoDay;
}

/** A confirmation e-mail and the file name to save its draft under. */
export interface Confirmation extends AgreementMail {
  /** "<customer> <name> bevestiging 2026-11-20.eml" (en: "confirmation"). */
  fileName: string;
  language: LetterLanguage;
}

/**
 * The invoices of `customerId` named in `invoiceIds` (all its invoices when empty) that are still
 * open in the ledger, in ledger order, with what is open on them.
 */
export function coveredInvoices(
  ledger: Ledger,
  customerId: string,
  invoiceIds: readonly string[]
): CoveredInvoice[] {
  const c = ledger.columns;
  const wanted = new Set(invoiceIds);
  const out: CoveredInvoice[] = [];
  for (let i = 0; i < ledger.length; i++) {
    if (c.customerId[i] !== customerId || (c.openAmount[i] as number) <= 0 || c.writtenOff[i])
      continue;
    const id = c.invoiceId[i] as string;
    if (wanted.size > 0 && !wanted.has(id)) continue;
    out.push({
      invoiceId: id,
      invoiceDate: c.invoiceDate[i] ?? null,
      dueDate: c.dueDate[i] ?? null,
      open: c.openAmount[i] as Cents,
    });
  }
  return out;
}

function refuse(en: string, nl: string): never {
  throw Object.assign(new Error(en), { messageNl: nl });
}

/**
 * The confirmation e-mail of `promise` (a "promise" entry of the conversation log, as
 * `outcomeEntries` made it): the person spoken to from the kept contacts (else the ledger), the
 * invoices it covers as the ledger has them now. Throws (English message, Dutch `messageNl`) for
 * an entry that is not a promise or covers nothing open.
 */
export function confirmPromise(
  ledger: Ledger,
  conversation: { contacts: readonly Contact[] },
  promise: ConversationEntry,
  options: ConfirmationOptions
): Confirmation {
  if (promise.kind !== "promise" || promise.amount === null || promise.due === null)
    refuse(
      `Only a promise to pay (amount and day) can be confirmed, not a ${promise.kind} entry.`,
      `Alleen een betalingstoezegging (bedrag en datum) kan worden bevestigd, geen ${promise.kind}.`
    );
  const invoices = coveredInvoices(ledger, promise.customerId, promise.invoiceIds);
  if (invoices.length === 0)
    refuse(
      `Nothing is open any more on the invoices of customer ${promise.customerId} the promise covers.`,
      `Op de facturen van debiteur ${promise.customerId} waar de toezegging over gaat staat niets meer open.`
    );
  const details = debtorDetails(ledger).get(promise.customerId);
  const language = options.language ?? details?.language ?? "nl";
  const contact = conversation.contacts.find((k) => k.customerId === promise.customerId) ?? null;
  const draftedOn =
    options.draftedOn && compareDays(options.draftedOn, promise.date) > 0
      ? options.draftedOn
      : promise.date;
  const mail = promiseConfirmation({
    language,
    company: options.company,
    customerId: promise.customerId,
    details,
    contact,
    signer: options.signer ?? promise.owner,
    agreedOn: promise.date,
    draftedOn,
    amount: promise.amount,
    due: promise.due,
    invoices,
  });
  const word = language === "nl" ? "bevestiging" : "confirmation";
  const name = fileNamePart(details?.name ?? promise.customerId);
  return {
    ...mail,
    language,
    fileName: `${fileNamePart(promise.customerId)} ${name} ${word} ${promise.date}.eml`,
  };
}
