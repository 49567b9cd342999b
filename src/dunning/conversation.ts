/**
 * The conversation with the debtor as Openstaand keeps it: the contact to call (person, direct
 * number, e-mail, fixed weekly payment day) and one log of what was said and agreed — calls (reached
 * or not), promises to pay, the instalments of a payment arrangement, disputes and "paid already".
 * One entry per row, so a colleague reads the whole history of a customer top to bottom.
 */
import type { Cents, IsoDay } from "../core";

/** What a conversation entry records. */
export type ConversationKind =
  /** A call in which the customer was reached (the note says what was said). */
  | "call"
  /** A call attempt without answer. */
  | "not-reached"
  /** A promise to pay `amount` on or before `due` for `invoiceIds` (empty: the whole account). */
  | "promise"
  /** One instalment of arrangement `arrangementId`: `amount` on or before `due`. */
  | "instalment"
  /** A complaint about `invoiceIds` with `reason`, an owner and a follow-up day `due`. */
  | "dispute"
  /** The customer says the invoices were paid already (to check against the bank). */
  | "paid-already";

/** The outcome of a dispute; "open" while it is being solved. */
export type DisputeStatus = "open" | "credit-note" | "resumed" | "written-off";

/** One row of the conversation log. */
export interface ConversationEntry {
  /** Day the entry was made (the call, the agreement). */
  date: IsoDay;
  customerId: string;
  kind: ConversationKind;
  /** The invoices it is about; empty: the customer's account as a whole. */
  invoiceIds: readonly string[];
  /** Promised or instalment amount; null for calls and disputes. */
  amount: Cents | null;
  /** Promised day, instalment day, or a dispute's follow-up day. */
  due: IsoDay | null;
  /**
   * What was open on the invoices covered when it was agreed: payments are measured against it
   * (open then − open now). Null when unknown (a row typed by hand): then only a fully paid set of
   * invoices counts as paid.
   */
  openAtStart: Cents | null;
  /** For instalments: the arrangement they belong to ("R-1001-20261207"). */
  arrangementId: string | null;
  /** For disputes: the complaint. */
  reason: string;
  /** For disputes: the status (open until resolved); null for other kinds. */
  status: DisputeStatus | null;
  /** Who handles it (initials or name). */
  owner: string;
  /** Free note. */
  note: string;
}

/** Days of the week, 1 = Monday … 5 = Friday (the fixed payment run of a business). */
export type Weekday = 1 | 2 | 3 | 4 | 5;

/** Who to talk to at a customer. */
export interface Contact {
  customerId: string;
  /** The contact person responsible for the invoices. */
  person: string;
  /** Direct telephone number. */
  phone: string;
  email: string;
  /** The customer's fixed weekly payment day, if any. */
  paymentDay: Weekday | null;
  note: string;
}
