/**
 * Use-case: the customer dossier printed as one A4 document (issue 17). Gathers what the pane's
 * dossier shows — details, the claim on the reporting day (dossierClaim, the same computation as
 * the screen), the open invoices with interest and their totals, the reminders sent and this
 * week's proposal, the conversation, the payments received, the signals (credit flags, the
 * leveringsstop advice, do-not-remind marks) and the payment behaviour — and has src/documents
 * write it (dossierHtml). Pure: the pane prints the HTML, the workbench can save it.
 */
import { diffDays, type Cents, type IsoDay, type Lang } from "../../core";
import { dossierHtml, type DossierDocumentInput, type DossierInvoice } from "../../documents";
import { describeExclusion, type ConversationEntry } from "../../dunning";
import { ledgerCustomers, type Ledger } from "../../ledger";
import type { PaymentRecord } from "../../payments";
import type { Analysis } from "../analyse";
import type { ExportFile } from "../host/host";
import { dossierClaim } from "./dossier-claim";

/** What the dossier document is made from. */
export interface DossierDocumentRequest {
  ledger: Ledger;
  analysis: Analysis;
  customerId: string;
  lang: Lang;
  /** The company whose books these are (Instellingen; "" when not set). */
  company: string;
  /** The kept conversation log (all customers; this customer's entries are taken). */
  conversation?: readonly ConversationEntry[];
  /** The kept payments record (all customers; this customer's payments are taken). */
  payments?: readonly PaymentRecord[];
}

/** One reminder sent: its stage, its day and the invoices it was about. */
export interface ReminderSent {
  stage: number;
  date: IsoDay | null;
  invoices: string[];
}

/**
 * The reminders sent on ledger `rows` (one customer's), by the ledger's stage and day per invoice:
 * one entry per stage and day with its invoices, newest first. The dossier on screen and on paper.
 */
export function remindersSent(ledger: Ledger, rows: readonly number[]): ReminderSent[] {
  const c = ledger.columns;
  const sent = new Map<string, ReminderSent>();
  for (const i of rows) {
    const stage = c.reminderStage[i] ?? 0;
    if (stage <= 0) continue;
    const date = c.reminderDate[i] ?? null;
    const key = `${stage}|${date ?? ""}`;
    const entry = sent.get(key) ?? { stage, date, invoices: [] };
    entry.invoices.push(String(c.invoiceId[i]));
    sent.set(key, entry);
  }
  return [...sent.values()].sort(
    (a, b) => String(b.date ?? "").localeCompare(String(a.date ?? "")) || b.stage - a.stage
  );
}

/** The dossier's figures, as the document prints them (see DossierDocumentInput). */
export function dossierDocumentInput(request: DossierDocumentRequest): DossierDocumentInput {
  const { ledger, analysis, customerId, lang } = request;
  const c = ledger.columns;
  const asOf = analysis.asOf;
  const rows = ledgerCustomers(ledger).get(customerId)?.rows ?? [];
  const first = (key: keyof Ledger["columns"]): string | null => {
    const column = c[key] as unknown[];
    for (const i of rows) {
      const v = column[i];
      if (v !== null && v !== undefined && v !== "") return String(v);
    }
    return null;
  };
  const report = analysis.report.customers.find((r) => r.id === customerId);
  const claim = dossierClaim(ledger, customerId, asOf);
  const excluded = analysis.reminders.excluded.filter((x) => x.customerId === customerId);
  const stopped = new Set(
    excluded.filter((x) => x.reason === "do-not-remind").map((x) => x.invoiceId)
  );
  const invoices: DossierInvoice[] = rows
    .filter((i) => (c.openAmount[i] as number) !== 0)
    .map((i) => {
      const due = c.dueDate[i] ?? null;
      return {
        invoiceId: String(c.invoiceId[i] ?? ""),
        invoiceDate: c.invoiceDate[i] ?? null,
        dueDate: due,
        open: c.openAmount[i] as Cents,
        currency: c.currency[i] ?? "EUR",
        daysLate: due && due < asOf ? diffDays(asOf, due) : 0,
        interest: claim.interestByRow.get(i) ?? null,
        stage: c.reminderStage[i] ?? 0,
        stageDate: c.reminderDate[i] ?? null,
        disputed: c.disputed[i] === true,
        writtenOff: c.writtenOff[i] === true,
        handedOver: c.handedOver[i] === true,
        doNotRemind: stopped.has(String(c.invoiceId[i])),
      };
    })
    .sort((a, b) => String(a.dueDate ?? "").localeCompare(String(b.dueDate ?? "")));

  const reminders = remindersSent(ledger, rows);
  const proposal = analysis.reminders.proposals.find((p) => p.customerId === customerId);
  const place = [first("postcode"), first("city")].filter(Boolean).join(" ");
  const address = [first("address"), place, first("country")].filter(Boolean).join(", ");
  return {
    lang,
    asOf,
    company: request.company,
    customer: {
      id: customerId,
      name: first("customerName") ?? customerId,
      consumer: claim.kind === "consumer",
      creditLimit: (report?.creditLimit ?? null) as Cents | null,
      contactPerson: first("contactPerson"),
      address: address === "" ? null : address,
      email: first("email"),
      phone: first("phone"),
      kvk: first("kvk"),
      vatId: first("vatId"),
      iban: first("iban"),
    },
    claim: {
      open: (report?.open ?? 0) as Cents,
      principalOverdue: claim.principal,
      interest: claim.interest,
      costs: claim.costs,
      total: claim.total,
      rateTableEndsAt: claim.rateTableEndsAt,
    },
    invoices,
    reminders,
    proposal: proposal
      ? { stage: proposal.stage, stageName: proposal.stageName, amount: proposal.amountDue }
      : null,
    conversation: (request.conversation ?? [])
      .filter((x) => x.customerId === customerId)
      .slice()
      .sort((a, b) => b.date.localeCompare(a.date)),
    payments: (request.payments ?? [])
      .filter((p) => p.customerId === customerId)
      .map((p) => ({
        day: p.day,
        invoiceId: p.invoiceId,
        amount: p.amount,
        reference: p.reference,
      }))
      .sort((a, b) => String(b.day ?? "").localeCompare(String(a.day ?? ""))),
    signals: (report?.flags ?? []).map((f) => f.reason[lang]),
    deliveryStop: (
      analysis.deliveryStops?.find((x) => x.customerId === customerId)?.reasons ?? []
    ).map((r) => r.text[lang]),
    doNotRemind: excluded
      .filter((x) => x.reason === "do-not-remind")
      .map((x) => `${x.invoiceId}: ${describeExclusion(x, lang)}`),
    behaviour: report
      ? {
          settled: report.settled,
          avgDaysLate: report.avgDaysLate,
          paidLatePct: report.paidLatePct,
        }
      : null,
  };
}

/** The customer's dossier as a printable A4 HTML file: "dossier-1001-2026-11-20.html". */
export function customerDossierDocument(request: DossierDocumentRequest): ExportFile {
  const html = dossierHtml(dossierDocumentInput(request));
  const stem = request.customerId.replace(/[^\p{L}\p{N}_-]+/gu, "_");
  return {
    name: `dossier-${stem}-${request.analysis.asOf}.html`,
    data: html,
    type: "text/html;charset=utf-8",
  };
}
