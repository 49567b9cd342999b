/**
 * Matches every credit of one or more bank statements to open invoices, and accounts for every cent:
 * matched + unmatched + not applicable = the statements' credit total.
 *
 * The order of evidence, strongest first (the first that finds open invoices decides):
 * 1. a creditor reference: Openstaand's own per customer ({@link customerReference}: all the
 *    customer's open invoices), an RF made of an invoice number, or the ledger's reference column;
 * 2. a 16-digit betalingskenmerk equal to an invoice's reference (or its number);
 * 3. invoice numbers written in the remittance text (numbers of 4 characters or more; only those);
 * 4. the payer's IBAN, else the payer's name, equal to a customer's: then the invoice of exactly the
 *    amount, else all the customer's open invoices.
 * Allocation over several invoices: in {@link payOrder} (oldest due first), each paid in full before
 * the next gets anything; what is left after the invoices found is an overpayment, kept unallocated
 * (not spread over the customer's other invoices: the user decides). Invoices already paid by an
 * earlier credit of the same run have only their rest open. Debits are listed apart; credits in
 * another currency and reversals are not applicable. Entries recorded earlier (confirmed) keep
 * their recorded allocation.
 */
import {
  assert,
  checkBetalingskenmerk,
  checkCreditorReference,
  customerReference,
  findPaymentReferences,
  makeCreditorReference,
  type Cents,
  type Lang,
} from "../core";
import type { Ledger } from "../ledger";
import { openInvoicesOf, payOrder, type OpenInvoice } from "./open-invoices";
import type { BankStatement, StatementEntry } from "./statement";

type Said = Readonly<Record<Lang, string>>;

/** How the invoices of a credit were found. */
export type MatchBasis =
  "rf" | "betalingskenmerk" | "invoice-number" | "iban" | "name" | "recorded" | "chosen";

/** One part of a credit going to one invoice. */
export interface PaymentAllocation {
  readonly row: number;
  readonly invoiceId: string;
  readonly customerId: string;
  readonly amount: Cents;
  /** What was open before this credit and after it. */
  readonly openBefore: Cents;
  readonly openAfter: Cents;
}

/** The proposal for one credit of a statement. */
export interface PaymentProposal {
  /** Identifies the statement (account and statement id): the unit of undo. */
  readonly statementKey: string;
  /** Identifies the credit within all statements ever read of this account. */
  readonly entryKey: string;
  readonly entry: StatementEntry;
  /**
   * matched: the credit pays its invoices in full, to the cent; partial: it is all allocated but
   * leaves something open; overpaid: more than the invoices found were open (the rest unallocated);
   * unmatched: no invoice found; recorded: confirmed earlier.
   */
  readonly status: "matched" | "partial" | "overpaid" | "unmatched" | "recorded";
  readonly basis: MatchBasis | null;
  /** The reference that decided (RF, betalingskenmerk), when one did. */
  readonly reference: string | null;
  readonly customerId: string | null;
  readonly allocations: readonly PaymentAllocation[];
  /** The part of the credit not allocated (an overpayment, or all of an unmatched credit). */
  readonly unallocated: Cents;
  readonly reason: Said;
}

/** A line listed but not matched (debit, other currency, reversal). */
export interface ListedEntry {
  readonly statementKey: string;
  readonly entryKey: string;
  readonly entry: StatementEntry;
  readonly reason: Said;
}

/** A payment confirmed earlier (one allocation), as the record keeps it. */
export interface RecordedAllocation {
  readonly statementKey: string;
  readonly entryKey: string;
  readonly invoiceId: string;
  readonly customerId: string;
  readonly amount: Cents;
}

/** What {@link matchPayments} finds. */
export interface PaymentMatch {
  readonly statements: readonly {
    readonly key: string;
    readonly account: string;
    readonly id: string;
    readonly from: string | null;
    readonly to: string | null;
    readonly credits: { readonly count: number; readonly total: Cents };
  }[];
  readonly proposals: readonly PaymentProposal[];
  readonly notApplicable: readonly ListedEntry[];
  readonly debits: readonly ListedEntry[];
  readonly totals: {
    readonly credits: { readonly count: number; readonly total: Cents };
    readonly matched: Cents;
    readonly unmatched: Cents;
    readonly notApplicable: Cents;
    readonly debits: { readonly count: number; readonly total: Cents };
  };
}

/** The key of a statement: its account and its own id. */
export function statementKeyOf(statement: BankStatement): string {
  return `${statement.account} ${statement.id}`;
}

const compact = (text: string): string => text.toUpperCase().replace(/\s+/g, "");
const alnum = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, "");
/** A name as compared: lower case, no legal form, no punctuation ("J. de Vries & Zn. B.V." → "j de vries zn"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|c\.?v\.?|en|and|&)(?=\s|$|\W)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const euro = (c: number, lang: Lang): string => {
  const abs = Math.abs(c);
  const whole = String(Math.floor(abs / 100)).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    lang === "nl" ? "." : ","
  );
  const text = `${whole}${lang === "nl" ? "," : "."}${String(abs % 100).padStart(2, "0")}`;
  return `${c < 0 ? "-" : ""}${lang === "nl" ? "€ " : "€"}${text}`;
};

/** Indexes of the open invoices by what a credit can name. */
class InvoiceIndex {
  readonly byCustomer = new Map<string, OpenInvoice[]>();
  readonly byCustomerRf = new Map<string, string>();
  readonly byRf = new Map<string, OpenInvoice[]>();
  readonly byKenmerk = new Map<string, OpenInvoice[]>();
  readonly byNumber = new Map<string, OpenInvoice[]>();
  readonly byIban = new Map<string, string>();
  readonly byName = new Map<string, string>();

  constructor(readonly invoices: readonly OpenInvoice[]) {
    const add = <K>(map: Map<K, OpenInvoice[]>, key: K, invoice: OpenInvoice): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [invoice]);
      else if (!list.includes(invoice)) list.push(invoice);
    };
    for (const invoice of invoices) {
      add(this.byCustomer, invoice.customerId, invoice);
      const number = compact(invoice.invoiceId);
      if (number.length >= 4 || /[A-Z]/.test(number)) add(this.byNumber, number, invoice);
      const base = alnum(invoice.invoiceId);
      if (base.length >= 1 && base.length <= 21)
        add(this.byRf, makeCreditorReference(base), invoice);
      for (const text of [invoice.reference, invoice.invoiceId]) {
        if (text === null) continue;
        const rf = checkCreditorReference(text);
        if (rf.ok) add(this.byRf, rf.value, invoice);
        const kenmerk = checkBetalingskenmerk(text);
        if (kenmerk.ok) add(this.byKenmerk, kenmerk.value, invoice);
      }
      if (invoice.iban !== null) this.byIban.set(compact(invoice.iban), invoice.customerId);
      if (invoice.customerName !== null && nameKey(invoice.customerName) !== "")
        this.byName.set(nameKey(invoice.customerName), invoice.customerId);
    }
    for (const customerId of this.byCustomer.keys())
      this.byCustomerRf.set(customerReference(customerId), customerId);
  }
}

interface Found {
  basis: MatchBasis;
  reference: string | null;
  customerId: string | null;
  invoices: OpenInvoice[];
}

/** The invoice numbers written in a remittance text that are open invoices. */
function numbersIn(text: string, index: InvoiceIndex): OpenInvoice[] {
  const found: OpenInvoice[] = [];
  for (const raw of text.toUpperCase().split(/[\s,;:()[\]{}"'+]+/)) {
    const token = raw
      .replace(/^[#.]+|[.]+$/g, "")
      .replace(/^(NR|NO|FACT|FACTUUR|INV|INVOICE)\.?(?=\d)/, "");
    for (const invoice of index.byNumber.get(token) ?? [])
      if (!found.includes(invoice)) found.push(invoice);
  }
  return found;
}

/** What the entry says, strongest evidence first; null when nothing is recognised. */
function evidence(entry: StatementEntry, index: InvoiceIndex): Found | null {
  const texts = [entry.reference ?? "", entry.text];
  const refs = findPaymentReferences(texts.join(" "));
  const structured = entry.reference === null ? null : checkCreditorReference(entry.reference);
  const rfs = structured?.ok
    ? [structured.value, ...refs.rf.filter((r) => r !== structured.value)]
    : refs.rf;
  for (const rf of rfs) {
    const customerId = index.byCustomerRf.get(rf);
    if (customerId !== undefined)
      return {
        basis: "rf",
        reference: rf,
        customerId,
        invoices: [...(index.byCustomer.get(customerId) ?? [])],
      };
    const invoices = index.byRf.get(rf);
    if (invoices)
      return {
        basis: "rf",
        reference: rf,
        customerId: invoices[0]?.customerId ?? null,
        invoices: [...invoices],
      };
  }
  const kenmerken = [entry.reference ?? "", ...refs.kenmerk]
    .map((k) => checkBetalingskenmerk(k))
    .flatMap((k) => (k.ok ? [k.value] : []));
  for (const kenmerk of kenmerken) {
    const invoices = index.byKenmerk.get(kenmerk);
    if (invoices)
      return {
        basis: "betalingskenmerk",
        reference: kenmerk,
        customerId: invoices[0]?.customerId ?? null,
        invoices: [...invoices],
      };
  }
  const named = numbersIn(entry.text, index);
  if (named.length > 0)
    return {
      basis: "invoice-number",
      reference: null,
      customerId: named[0]?.customerId ?? null,
      invoices: named,
    };
  const byIban = entry.iban === null ? undefined : index.byIban.get(compact(entry.iban));
  const byName = entry.name === null ? undefined : index.byName.get(nameKey(entry.name));
  const customerId = byIban ?? byName;
  if (customerId === undefined) return null;
  const invoices = index.byCustomer.get(customerId) ?? [];
  const exact = invoices.filter((i) => i.open === entry.amount);
  return {
    basis: byIban !== undefined ? "iban" : "name",
    reference: null,
    customerId,
    invoices: exact.length > 0 ? [exact[0] as OpenInvoice] : [...invoices],
  };
}

const BASIS: Record<MatchBasis, Said> = {
  rf: { en: "payment reference", nl: "betalingsreferentie" },
  betalingskenmerk: { en: "betalingskenmerk", nl: "betalingskenmerk" },
  "invoice-number": {
    en: "invoice number in the description",
    nl: "factuurnummer in de omschrijving",
  },
  iban: { en: "the payer's IBAN and the amount", nl: "IBAN van de betaler en het bedrag" },
  name: { en: "the payer's name and the amount", nl: "naam van de betaler en het bedrag" },
  recorded: { en: "confirmed earlier", nl: "eerder bevestigd" },
  chosen: { en: "your choice", nl: "uw keuze" },
};

/** An invoice the user chose for a credit (see {@link matchPayments}'s `chosen`). */
export interface ChosenInvoice {
  readonly customerId: string;
  readonly invoiceId: string;
}

/**
 * Matches the credits of `statements` to the open invoices of `ledger` (see the file comment for
 * the rules). `recorded` are allocations confirmed earlier: their entries are shown as recorded and
 * the ledger is expected to have them applied already (see applyPayments). `chosen` holds the
 * user's corrections, by entry key: the open invoices picked for that credit (allocated as any other,
 * oldest due first), or none to leave it unassigned; it outweighs every other evidence.
 */
export function matchPayments(
  statements: readonly BankStatement[],
  ledger: Ledger,
  recorded: readonly RecordedAllocation[] = [],
  chosen: ReadonlyMap<string, readonly ChosenInvoice[]> = new Map()
): PaymentMatch {
  const index = new InvoiceIndex(openInvoicesOf(ledger));
  const left = new Map(index.invoices.map((i) => [i.row, i.open as number]));
  const recordedBy = new Map<string, RecordedAllocation[]>();
  for (const r of recorded) recordedBy.set(r.entryKey, [...(recordedBy.get(r.entryKey) ?? []), r]);
  const proposals: PaymentProposal[] = [];
  const notApplicable: ListedEntry[] = [];
  const debits: ListedEntry[] = [];
  const summaries: PaymentMatch["statements"][number][] = [];
  for (const statement of statements) {
    const statementKey = statementKeyOf(statement);
    let count = 0;
    let total = 0;
    for (const entry of statement.entries) {
      const entryKey = `${statementKey} ${entry.key}`;
      const listed = (reason: Said): ListedEntry => ({ statementKey, entryKey, entry, reason });
      if (entry.direction === "debit") {
        debits.push(
          listed({
            en: "A debit: not a payment received.",
            nl: "Een afschrijving: geen ontvangen betaling.",
          })
        );
        continue;
      }
      count++;
      total += entry.amount;
      if (entry.currency !== "EUR") {
        notApplicable.push(
          listed({
            en: `Booked in ${entry.currency}: only euro payments are matched.`,
            nl: `Geboekt in ${entry.currency}: alleen betalingen in euro worden gekoppeld.`,
          })
        );
        continue;
      }
      if (entry.reversal) {
        notApplicable.push(
          listed({
            en: "A reversal (storno) of an earlier line.",
            nl: "Een storno van een eerdere boeking.",
          })
        );
        continue;
      }
      const earlier = recordedBy.get(entryKey);
      if (earlier !== undefined) {
        const amount = earlier.reduce((s, r) => s + r.amount, 0);
        proposals.push({
          statementKey,
          entryKey,
          entry,
          status: "recorded",
          basis: "recorded",
          reference: null,
          customerId: earlier[0]?.customerId ?? null,
          allocations: earlier.map((r) => ({
            row: -1,
            invoiceId: r.invoiceId,
            customerId: r.customerId,
            amount: r.amount,
            openBefore: r.amount,
            openAfter: 0 as Cents,
          })),
          unallocated: (entry.amount - amount) as Cents,
          reason: {
            en: "Confirmed earlier; already applied.",
            nl: "Eerder bevestigd; al verwerkt.",
          },
        });
        continue;
      }
      const picked = chosen.get(entryKey);
      const found: Found | null =
        picked === undefined
          ? evidence(entry, index)
          : picked.length === 0
            ? null
            : {
                basis: "chosen",
                reference: entry.reference,
                customerId: picked[0]?.customerId ?? null,
                invoices: picked.flatMap((p) =>
                  (index.byCustomer.get(p.customerId) ?? []).filter(
                    (i) => i.invoiceId === p.invoiceId
                  )
                ),
              };
      const targets = (found?.invoices ?? [])
        .filter((i) => (left.get(i.row) ?? 0) > 0)
        .sort(payOrder);
      let rest = entry.amount as number;
      const allocations: PaymentAllocation[] = [];
      for (const invoice of targets) {
        if (rest === 0) break;
        const before = left.get(invoice.row) ?? 0;
        const amount = Math.min(before, rest);
        rest -= amount;
        left.set(invoice.row, before - amount);
        allocations.push({
          row: invoice.row,
          invoiceId: invoice.invoiceId,
          customerId: invoice.customerId,
          amount: amount as Cents,
          openBefore: before as Cents,
          openAfter: (before - amount) as Cents,
        });
      }
      const leavesOpen = allocations.some((a) => a.openAfter > 0);
      const status =
        allocations.length === 0
          ? "unmatched"
          : rest > 0
            ? "overpaid"
            : leavesOpen
              ? "partial"
              : "matched";
      const basis = found?.basis ?? null;
      const how = basis === null ? null : BASIS[basis];
      // "Found by your choice" reads oddly: a credit the user assigned says so.
      const lead: Said =
        basis === "chosen"
          ? { en: "Assigned by you", nl: "Door u toegewezen" }
          : { en: `Found by ${how?.en}`, nl: `Gevonden op ${how?.nl}` };
      const reason: Said =
        found === null && picked !== undefined
          ? {
              en: "Left unassigned by you.",
              nl: "Door u niet toegewezen.",
            }
          : found === null
            ? {
                en: "No reference, invoice number, IBAN or name of an open invoice.",
                nl: "Geen referentie, factuurnummer, IBAN of naam van een openstaande factuur.",
              }
            : allocations.length === 0
              ? {
                  en: `${lead.en}, but nothing of those invoices is open any more.`,
                  nl: `${lead.nl}, maar van die facturen staat niets meer open.`,
                }
              : status === "overpaid"
                ? {
                    en: `${lead.en}; ${euro(rest, "en")} more than was open.`,
                    nl: `${lead.nl}; ${euro(rest, "nl")} meer dan openstond.`,
                  }
                : status === "partial"
                  ? {
                      en: `${lead.en}; a part payment, ${euro(
                        allocations.reduce((s, a) => s + a.openAfter, 0),
                        "en"
                      )} stays open.`,
                      nl: `${lead.nl}; een deelbetaling, ${euro(
                        allocations.reduce((s, a) => s + a.openAfter, 0),
                        "nl"
                      )} blijft openstaan.`,
                    }
                  : { en: `${lead.en}.`, nl: `${lead.nl}.` };
      proposals.push({
        statementKey,
        entryKey,
        entry,
        status,
        basis,
        reference: found?.reference ?? null,
        customerId: found?.customerId ?? null,
        allocations,
        unallocated: rest as Cents,
        reason,
      });
    }
    summaries.push({
      key: statementKey,
      account: statement.account,
      id: statement.id,
      from: statement.from,
      to: statement.to,
      credits: { count, total: total as Cents },
    });
  }
  const sum = (values: number[]): Cents => values.reduce((s, v) => s + v, 0) as Cents;
  const totals = {
    credits: {
      count: summaries.reduce((s, x) => s + x.credits.count, 0),
      total: sum(summaries.map((s) => s.credits.total)),
    },
    matched: sum(proposals.flatMap((p) => p.allocations.map((a) => a.amount))),
    unmatched: sum(proposals.map((p) => p.unallocated)),
    notApplicable: sum(notApplicable.map((n) => n.entry.amount)),
    debits: { count: debits.length, total: sum(debits.map((d) => d.entry.amount)) },
  };
  assert(
    totals.matched + totals.unmatched + totals.notApplicable === totals.credits.total,
    "payments.unbalanced",
    `Matched ${totals.matched} + unmatched ${totals.unmatched} + not applicable ${totals.notApplicable} cents is not the credit total ${totals.credits.total}.`
  );
  return { statements: summaries, proposals, notApplicable, debits, totals };
}
