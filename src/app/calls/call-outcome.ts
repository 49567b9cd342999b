/**
 * Use-case: one step logs what a call came to — not reached, spoken (a note), a promise to pay, a
 * dispute, a payment arrangement, or "paid already" — as the rows it adds to the conversation log.
 * A promise or arrangement records what was open on the invoices it covers, so each later run can
 * tell from the ledger whether it was kept.
 */
import { compareDays, type IsoDay, type Cents, cents } from "../../core";
import {
  openOnInvoices,
  planInstalments,
  type ConversationEntry,
  type InstalmentFrequency,
} from "../../dunning";
import type { Ledger } from "../../ledger";

/** What a call came to. */
export type CallOutcome =
  | { kind: "not-reached" | "call"; note?: string; owner?: string }
  | { kind: "paid-already"; invoiceIds?: readonly string[]; note?: string; owner?: string }
  | {
      kind: "promise";
      amount: Cents;
      due: IsoDay;
      /** Default: every open invoice of the customer. */
      invoiceIds?: readonly string[];
      note?: string;
      owner?: string;
    }
  | {
      kind: "dispute";
      invoiceIds: readonly string[];
      reason: string;
      followUp: IsoDay | null;
      note?: string;
      owner?: string;
    }
  | {
      kind: "arrangement";
      /** Default: what is open on the invoices covered (the principal). */
      total?: Cents;
      count: number;
      first: IsoDay;
      every: InstalmentFrequency;
      /** The first instalment may fall no later than this day. */
      latestFirst?: IsoDay;
      /** Default: every open invoice of the customer. */
      invoiceIds?: readonly string[];
      note?: string;
      owner?: string;
    };

/** The open invoices of a customer (numbers), in ledger order. */
export function openInvoiceIds(ledger: Ledger, customerId: string): string[] {
  const c = ledger.columns;
  const ids: string[] = [];
  for (let i = 0; i < ledger.length; i++)
    if (c.customerId[i] === customerId && (c.openAmount[i] as number) > 0 && !c.writtenOff[i])
      ids.push(c.invoiceId[i] as string);
  return ids;
}

/** A new arrangement id for the customer: R-<customer>-<day>, with -2, -3 … when taken. */
function arrangementId(customerId: string, day: IsoDay, log: readonly ConversationEntry[]): string {
  const taken = new Set(log.map((e) => e.arrangementId));
  const base = `R-${customerId}-${day.replace(/-/g, "")}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function refuse(en: string, nl: string): never {
  throw Object.assign(new Error(en), { messageNl: nl });
}

/**
 * The rows `outcome` adds to the log of `customerId`, made on `day`. Throws (English message,
 * Dutch `messageNl`) when the outcome cannot be recorded: a promise for a day already past, an
 * invoice that is not open for this customer, a dispute without reason, a plan that does not fit.
 */
export function outcomeEntries(
  ledger: Ledger,
  customerId: string,
  outcome: CallOutcome,
  day: IsoDay,
  log: readonly ConversationEntry[] = []
): ConversationEntry[] {
  const open = openInvoiceIds(ledger, customerId);
  const covered = (ids: readonly string[] | undefined): string[] => {
    const list = ids && ids.length > 0 ? [...ids] : open;
    const foreign = list.filter((id) => !open.includes(id));
    if (foreign.length > 0)
      refuse(
        `Invoice ${foreign.join(", ")} is not open for customer ${customerId}.`,
        `Factuur ${foreign.join(", ")} staat niet open bij debiteur ${customerId}.`
      );
    return list;
  };
  const blank: ConversationEntry = {
    date: day,
    customerId,
    kind: "call",
    invoiceIds: [],
    amount: null,
    due: null,
    openAtStart: null,
    arrangementId: null,
    reason: "",
    status: null,
    owner: outcome.owner?.trim() ?? "",
    note: outcome.note?.trim() ?? "",
  };
  switch (outcome.kind) {
    case "not-reached":
    case "call":
      return [{ ...blank, kind: outcome.kind }];
    case "paid-already":
      return [{ ...blank, kind: "paid-already", invoiceIds: covered(outcome.invoiceIds) }];
    case "promise": {
      if (!Number.isSafeInteger(outcome.amount) || outcome.amount <= 0)
        refuse(
          `The promised amount ${outcome.amount / 100} is not an amount above zero.`,
          `Het toegezegde bedrag ${outcome.amount / 100} is geen bedrag boven nul.`
        );
      if (compareDays(outcome.due, day) < 0)
        refuse(
          `The promised day ${outcome.due} is before today (${day}).`,
          `De toegezegde datum ${outcome.due} ligt voor vandaag (${day}).`
        );
      const invoiceIds = covered(outcome.invoiceIds);
      return [
        {
          ...blank,
          kind: "promise",
          invoiceIds,
          amount: outcome.amount,
          due: outcome.due,
          openAtStart: openOnInvoices(ledger, customerId, invoiceIds),
        },
      ];
    }
    case "dispute": {
      if (outcome.invoiceIds.length === 0)
        refuse(
          "Name the invoice the dispute is about.",
          "Noem de factuur waarover het geschil gaat."
        );
      if (outcome.reason.trim() === "")
        refuse("Say what the customer disputes.", "Geef aan wat de klant betwist.");
      return [
        {
          ...blank,
          kind: "dispute",
          invoiceIds: covered(outcome.invoiceIds),
          reason: outcome.reason.trim(),
          due: outcome.followUp,
          status: "open",
        },
      ];
    }
    case "arrangement": {
      const invoiceIds = covered(outcome.invoiceIds);
      const openNow = openOnInvoices(ledger, customerId, invoiceIds);
      const total = outcome.total ?? openNow;
      if (total <= 0)
        refuse(
          `Customer ${customerId} has nothing open to arrange.`,
          `Bij debiteur ${customerId} staat niets open om te regelen.`
        );
      const plan = planInstalments({
        total: cents(total),
        count: outcome.count,
        first: outcome.first,
        every: outcome.every,
        ...(outcome.latestFirst ? { latestFirst: outcome.latestFirst } : {}),
      });
      const id = arrangementId(customerId, day, log);
      return plan.map((instalment, n) => ({
        ...blank,
        kind: "instalment" as const,
        invoiceIds,
        amount: instalment.amount,
        due: instalment.due,
        openAtStart: n === 0 ? openNow : null,
        arrangementId: id,
        note: n === 0 ? blank.note : "",
      }));
    }
  }
}
