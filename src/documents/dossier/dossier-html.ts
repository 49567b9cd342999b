/**
 * The customer dossier as one printable A4 document (issue 17): everything the pane's dossier
 * shows, on paper for a meeting, a file or the collection agency — the customer's details, the
 * claim as of the reporting day, the open invoices with their totals, the reminders sent and this
 * week's proposal, the conversation (calls, promises, arrangements, disputes), the payments
 * received, and the signals (credit flags, leveringsstop advice, do-not-remind marks). Every page
 * repeats the company, the customer and the reporting day at the top (a one-cell table whose head
 * the browser repeats, as the letters do) and carries "Pagina 1 van 2" at the foot. Pure: the
 * app's use-case gathers the figures, this module only writes them. Every value is escaped; the
 * document allows no script (the letters' CSP).
 */
import {
  escapeHtml as e,
  formatCents,
  formatMoney,
  shortDay,
  type Cents,
  type IsoDay,
  type Lang,
} from "../../core";
import type { ConversationEntry } from "../../dunning";
import { CSP } from "../letters/letters-html";

/** One open invoice of the dossier. */
export interface DossierInvoice {
  invoiceId: string;
  invoiceDate: IsoDay | null;
  dueDate: IsoDay | null;
  open: Cents;
  currency: string;
  /** Days past due on the reporting day (0: not yet due). */
  daysLate: number;
  /** Statutory interest owed to the reporting day (null: none, not due or not in euro). */
  interest: Cents | null;
  /** Last reminder stage sent (0: none) and its day. */
  stage: number;
  stageDate: IsoDay | null;
  disputed: boolean;
  writtenOff: boolean;
  handedOver: boolean;
  doNotRemind: boolean;
}

/** Everything the printed dossier holds, gathered by the app (see customerDossierDocument). */
export interface DossierDocumentInput {
  lang: Lang;
  asOf: IsoDay;
  /** The company whose books these are ("" when not set). */
  company: string;
  customer: {
    id: string;
    name: string;
    consumer: boolean;
    creditLimit: Cents | null;
    contactPerson: string | null;
    address: string | null;
    email: string | null;
    phone: string | null;
    kvk: string | null;
    vatId: string | null;
    iban: string | null;
  };
  claim: {
    open: Cents;
    principalOverdue: Cents;
    interest: Cents;
    costs: Cents;
    total: Cents;
    /** When the rate table ends before the reporting day (interest counted to that day). */
    rateTableEndsAt: IsoDay | null;
  };
  invoices: readonly DossierInvoice[];
  /** Reminders sent (from the ledger and the reminder log), newest first. */
  reminders: readonly { stage: number; date: IsoDay | null; invoices: readonly string[] }[];
  /** This week's proposal of the reminder run, if any. */
  proposal: { stage: number; stageName: string; amount: Cents } | null;
  conversation: readonly ConversationEntry[];
  payments: readonly {
    day: IsoDay | null;
    invoiceId: string;
    amount: Cents;
    reference: string | null;
  }[];
  /** Credit flags, in words. */
  signals: readonly string[];
  /** The leveringsstop advice's reasons, in words (empty: no advice). */
  deliveryStop: readonly string[];
  /** Do-not-remind marks on the customer or its invoices, in words. */
  doNotRemind: readonly string[];
  behaviour: { settled: number; avgDaysLate: number | null; paidLatePct: number | null } | null;
}

const T = {
  nl: {
    title: "Klantdossier",
    asOf: "Peildatum",
    page: "Pagina",
    of: "van",
    noCompany: "(bedrijfsnaam niet ingesteld)",
    details: "Gegevens",
    customerNo: "Debiteurnummer",
    name: "Naam",
    kind: "Soort debiteur",
    consumer: "Consument",
    business: "Zakelijk",
    creditLimit: "Kredietlimiet",
    contactPerson: "Contactpersoon",
    address: "Adres",
    email: "E-mail",
    phone: "Telefoon",
    kvk: "KvK-nummer",
    vatId: "Btw-id",
    iban: "IBAN",
    claim: "Vordering per peildatum",
    open: "Openstaand",
    principalOverdue: "Vervallen hoofdsom",
    interest: "Wettelijke rente",
    costs: "Incassokosten (WIK)",
    claimTotal: "Totale vordering",
    rateNote: (d: string) => `Rente berekend tot en met ${d}: de rentetabel loopt niet verder.`,
    invoices: "Openstaande facturen",
    invoice: "Factuur",
    invoiceDate: "Factuurdatum",
    dueDate: "Vervaldatum",
    daysLate: "Dagen te laat",
    lastReminder: "Laatste herinnering",
    status: "Status",
    total: "Totaal",
    nInvoices: (n: number) => `${n} ${n === 1 ? "factuur" : "facturen"}`,
    noInvoices: "Geen openstaande facturen.",
    otherCurrency: (s: string) => `Daarnaast in andere valuta: ${s}.`,
    stage: (n: number) => `Stap ${n}`,
    disputed: "betwist",
    writtenOff: "afgeschreven",
    handedOver: "uit handen gegeven",
    doNotRemind: "niet aanmanen",
    reminders: "Verstuurde herinneringen",
    sent: (stage: number, day: string) => `Stap ${stage} verstuurd op ${day}`,
    sentNoDate: (stage: number) => `Stap ${stage} verstuurd (datum onbekend)`,
    noReminders: "Nog geen herinneringen verstuurd.",
    proposal: (stage: number, name: string, amount: string) =>
      `Voorstel deze week: stap ${stage} (${name}) voor ${amount}.`,
    conversation: "Gesprekken en afspraken",
    noConversation: "Geen gesprekken of afspraken vastgelegd.",
    date: "Datum",
    what: "Soort",
    about: "Betreft",
    amount: "Bedrag",
    by: "Vóór",
    note: "Toelichting",
    owner: "Behandelaar",
    kinds: {
      call: "Gebeld, gesproken",
      "not-reached": "Gebeld, niet bereikt",
      promise: "Betalingsbelofte",
      instalment: "Termijn betalingsregeling",
      dispute: "Geschil",
      "paid-already": "Zegt al betaald te hebben",
    },
    wholeAccount: "hele rekening",
    payments: "Ontvangen betalingen",
    noPayments: "Geen betalingen vastgelegd.",
    reference: "Omschrijving",
    signals: "Signalen",
    noSignals: "Geen signalen.",
    deliveryStop: "Leveringsstop geadviseerd",
    doNotRemindTitle: "Niet aanmanen",
    behaviour: "Betaalgedrag (12 maanden)",
    settled: "Betaalde facturen",
    avgDaysLate: "Gemiddeld dagen te laat",
    paidLatePct: "Te laat betaald",
  },
  en: {
    title: "Customer dossier",
    asOf: "Reporting day",
    page: "Page",
    of: "of",
    noCompany: "(company name not set)",
    details: "Details",
    customerNo: "Customer number",
    name: "Name",
    kind: "Kind of debtor",
    consumer: "Consumer",
    business: "Business",
    creditLimit: "Credit limit",
    contactPerson: "Contact person",
    address: "Address",
    email: "E-mail",
    phone: "Phone",
    kvk: "Chamber of Commerce no.",
    vatId: "VAT ID",
    iban: "IBAN",
    claim: "Claim on the reporting day",
    open: "Open",
    principalOverdue: "Principal overdue",
    interest: "Statutory interest",
    costs: "Collection costs (WIK)",
    claimTotal: "Total claim",
    rateNote: (d: string) => `Interest computed up to ${d}: the rate table ends there.`,
    invoices: "Open invoices",
    invoice: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    daysLate: "Days late",
    lastReminder: "Last reminder",
    status: "Status",
    total: "Total",
    nInvoices: (n: number) => `${n} ${n === 1 ? "invoice" : "invoices"}`,
    noInvoices: "No open invoices.",
    otherCurrency: (s: string) => `Besides, in other currencies: ${s}.`,
    stage: (n: number) => `Stage ${n}`,
    disputed: "disputed",
    writtenOff: "written off",
    handedOver: "handed over",
    doNotRemind: "do not remind",
    reminders: "Reminders sent",
    sent: (stage: number, day: string) => `Stage ${stage} sent on ${day}`,
    sentNoDate: (stage: number) => `Stage ${stage} sent (day unknown)`,
    noReminders: "No reminders sent yet.",
    proposal: (stage: number, name: string, amount: string) =>
      `Proposal this week: stage ${stage} (${name}) for ${amount}.`,
    conversation: "Calls and agreements",
    noConversation: "No calls or agreements recorded.",
    date: "Date",
    what: "Kind",
    about: "About",
    amount: "Amount",
    by: "By",
    note: "Note",
    owner: "Handled by",
    kinds: {
      call: "Called, reached",
      "not-reached": "Called, not reached",
      promise: "Promise to pay",
      instalment: "Arrangement instalment",
      dispute: "Dispute",
      "paid-already": "Says it has paid already",
    },
    wholeAccount: "whole account",
    payments: "Payments received",
    noPayments: "No payments recorded.",
    reference: "Description",
    signals: "Signals",
    noSignals: "No signals.",
    deliveryStop: "Stop deliveries advised",
    doNotRemindTitle: "Do not remind",
    behaviour: "Payment behaviour (12 months)",
    settled: "Invoices paid",
    avgDaysLate: "Average days late",
    paidLatePct: "Paid late",
  },
} as const;

const CSS = (lang: Lang) => `
@page { size: A4; margin: 14mm 16mm 16mm 18mm;
  @bottom-right { content: "${T[lang].page} " counter(page) " ${T[lang].of} " counter(pages); font: 8pt Arial, Helvetica, sans-serif; } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > thead { display: table-header-group; }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0; vertical-align: top; }
.running { display: flex; justify-content: space-between; gap: 6mm; border-bottom: 1px solid #000; padding-bottom: 2mm; margin-bottom: 4mm; font-size: 8.5pt; }
.running .company { font-weight: bold; font-size: 10pt; }
h1 { font-size: 14pt; margin: 0 0 3mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
section { break-inside: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; column-gap: 5mm; row-gap: 0.8mm; margin: 0; }
dt { color: #444; }
dd { margin: 0; overflow-wrap: anywhere; }
dd.n, dt.total, dd.total { font-variant-numeric: tabular-nums; }
dt.total, dd.total { font-weight: bold; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.t th, table.t td { padding: 0.9mm 1.4mm; border-bottom: 0.5px solid #bbb; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.t th { border-bottom: 1px solid #000; }
table.t .n { text-align: right; white-space: nowrap; overflow-wrap: normal; }
table.t tr { break-inside: avoid; page-break-inside: avoid; }
table.t tr.total td { font-weight: bold; border-top: 1.5px solid #000; border-bottom: none; }
p, ul { margin: 0 0 2mm; line-height: 1.35; }
ul { padding-left: 5mm; }
.muted { color: #444; }
.stop { font-weight: bold; }
@media screen { body { background: #eee; } .page { background: #fff; max-width: 176mm; margin: 8mm auto; padding: 14mm 16mm; box-shadow: 0 0 4px #999; } }
`;

const row = (label: string, value: string, cls = "") =>
  `<dt${cls ? ` class="${cls}"` : ""}>${e(label)}</dt><dd${cls ? ` class="${cls}"` : ""}>${e(value)}</dd>`;

function table(
  headers: readonly [string, boolean][],
  rows: readonly (readonly string[])[],
  total?: readonly string[]
): string {
  const cls = (c: number) => (headers[c]?.[1] ? ' class="n"' : "");
  return `<table class="t"><thead><tr>${headers.map(([h], c) => `<th${cls(c)}>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, c) => `<td${cls(c)}>${e(v)}</td>`).join("")}</tr>`)
    .join(
      ""
    )}${total ? `<tr class="total">${total.map((v, c) => `<td${cls(c)}>${e(v)}</td>`).join("")}</tr>` : ""}</tbody></table>`;
}

/** The euro total of the open invoices and of their interest, and the other currencies' sums. */
export function dossierInvoiceTotals(invoices: readonly DossierInvoice[]): {
  open: Cents;
  interest: Cents;
  others: Map<string, Cents>;
} {
  let open = 0;
  let interest = 0;
  const others = new Map<string, Cents>();
  for (const i of invoices) {
    if (i.currency === "EUR") open += i.open;
    else others.set(i.currency, ((others.get(i.currency) ?? 0) + i.open) as Cents);
    interest += i.interest ?? 0;
  }
  return { open: open as Cents, interest: interest as Cents, others };
}

/** The customer dossier of `input` as one printable HTML document (see the module's comment). */
export function dossierHtml(input: DossierDocumentInput): string {
  const { lang, customer: k, claim } = input;
  const t = T[lang];
  const money = (c: Cents) => formatCents(c, lang);
  const dayOf = (d: IsoDay | null) => shortDay(d, lang, "–");
  const company = input.company.trim() === "" ? t.noCompany : input.company;
  const running = `<div class="running"><div><div class="company">${e(company)}</div><div>${e(t.title)}: ${e(k.name)} (${e(k.id)})</div></div><div>${e(t.asOf)} ${e(shortDay(input.asOf, lang))}</div></div>`;

  const contact: [string, string | null][] = [
    [t.contactPerson, k.contactPerson],
    [t.address, k.address],
    [t.email, k.email],
    [t.phone, k.phone],
    [t.kvk, k.kvk],
    [t.vatId, k.vatId],
    [t.iban, k.iban],
  ];
  const details = `<section><h2>${e(t.details)}</h2><dl>${row(t.customerNo, k.id)}${row(t.name, k.name)}${row(t.kind, k.consumer ? t.consumer : t.business)}${k.creditLimit !== null ? row(t.creditLimit, money(k.creditLimit)) : ""}${contact
    .filter((c): c is [string, string] => c[1] !== null && c[1] !== "")
    .map(([l, v]) => row(l, v))
    .join("")}</dl></section>`;

  const claimPart = `<section><h2>${e(t.claim)}</h2><dl>${row(t.open, money(claim.open), "n")}${row(t.principalOverdue, money(claim.principalOverdue), "n")}${row(t.interest, money(claim.interest), "n")}${row(t.costs, money(claim.costs), "n")}${row(t.claimTotal, money(claim.total), "total")}</dl>${claim.rateTableEndsAt ? `<p class="muted">${e(t.rateNote(dayOf(claim.rateTableEndsAt)))}</p>` : ""}</section>`;

  const sums = dossierInvoiceTotals(input.invoices);
  const status = (i: DossierInvoice) =>
    [
      i.disputed && t.disputed,
      i.writtenOff && t.writtenOff,
      i.handedOver && t.handedOver,
      i.doNotRemind && t.doNotRemind,
    ]
      .filter(Boolean)
      .join(", ");
  const invoiceRows = input.invoices.map((i) => [
    i.invoiceId,
    dayOf(i.invoiceDate),
    dayOf(i.dueDate),
    formatMoney(i.open, i.currency, lang),
    i.daysLate > 0 ? String(i.daysLate) : "–",
    i.interest === null ? "–" : money(i.interest),
    i.stage > 0 ? `${t.stage(i.stage)}${i.stageDate ? ` · ${dayOf(i.stageDate)}` : ""}` : "–",
    status(i),
  ]);
  const others = [...sums.others.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cur, c]) => formatMoney(c, cur, lang));
  const invoices = `<section><h2>${e(t.invoices)}</h2>${
    input.invoices.length === 0
      ? `<p>${e(t.noInvoices)}</p>`
      : table(
          [
            [t.invoice, false],
            [t.invoiceDate, false],
            [t.dueDate, false],
            [t.open, true],
            [t.daysLate, true],
            [t.interest, true],
            [t.lastReminder, false],
            [t.status, false],
          ],
          invoiceRows,
          [
            t.total,
            t.nInvoices(input.invoices.length),
            "",
            money(sums.open),
            "",
            money(sums.interest),
            "",
            "",
          ]
        ) +
        (others.length > 0 ? `<p class="muted">${e(t.otherCurrency(others.join(", ")))}</p>` : "")
  }</section>`;

  const reminders = `<section><h2>${e(t.reminders)}</h2>${
    input.reminders.length === 0
      ? `<p>${e(t.noReminders)}</p>`
      : `<ul>${input.reminders
          .map(
            (r) =>
              `<li>${e(r.date ? t.sent(r.stage, dayOf(r.date)) : t.sentNoDate(r.stage))} <span class="muted">(${e(r.invoices.join(", "))})</span></li>`
          )
          .join("")}</ul>`
  }${input.proposal ? `<p>${e(t.proposal(input.proposal.stage, input.proposal.stageName, money(input.proposal.amount)))}</p>` : ""}</section>`;

  const conversation = `<section><h2>${e(t.conversation)}</h2>${
    input.conversation.length === 0
      ? `<p>${e(t.noConversation)}</p>`
      : table(
          [
            [t.date, false],
            [t.what, false],
            [t.about, false],
            [t.amount, true],
            [t.by, false],
            [t.note, false],
            [t.owner, false],
          ],
          input.conversation.map((c) => [
            dayOf(c.date),
            t.kinds[c.kind],
            c.invoiceIds.length === 0 ? t.wholeAccount : c.invoiceIds.join(", "),
            c.amount === null ? "" : money(c.amount),
            c.due === null ? "" : dayOf(c.due),
            [c.reason, c.note].filter((x) => x.trim() !== "").join(" — "),
            c.owner,
          ])
        )
  }</section>`;

  const paid = input.payments.reduce((s, p) => s + p.amount, 0) as Cents;
  const payments = `<section><h2>${e(t.payments)}</h2>${
    input.payments.length === 0
      ? `<p>${e(t.noPayments)}</p>`
      : table(
          [
            [t.date, false],
            [t.invoice, false],
            [t.amount, true],
            [t.reference, false],
          ],
          input.payments.map((p) => [
            dayOf(p.day),
            p.invoiceId,
            money(p.amount),
            p.reference ?? "",
          ]),
          [t.total, "", money(paid), ""]
        )
  }</section>`;

  const signalItems = [
    ...input.deliveryStop.map((s) => `<li class="stop">${e(t.deliveryStop)}: ${e(s)}</li>`),
    ...input.doNotRemind.map((s) => `<li>${e(t.doNotRemindTitle)}: ${e(s)}</li>`),
    ...input.signals.map((s) => `<li>${e(s)}</li>`),
  ];
  const signals = `<section><h2>${e(t.signals)}</h2>${
    signalItems.length === 0 ? `<p>${e(t.noSignals)}</p>` : `<ul>${signalItems.join("")}</ul>`
  }</section>`;

  const b = input.behaviour;
  const pct = (x: number) => `${x.toFixed(0)}%`;
  const decimal = (x: number) => (lang === "nl" ? x.toFixed(1).replace(".", ",") : x.toFixed(1));
  const behaviour =
    b === null || b.settled === 0
      ? ""
      : `<section><h2>${e(t.behaviour)}</h2><dl>${row(t.settled, String(b.settled))}${b.avgDaysLate !== null ? row(t.avgDaysLate, decimal(b.avgDaysLate)) : ""}${b.paidLatePct !== null ? row(t.paidLatePct, pct(b.paidLatePct)) : ""}</dl></section>`;

  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">${CSP}<title>${e(t.title)} ${e(k.name)} ${e(shortDay(input.asOf, lang))}</title><style>${CSS(lang)}</style></head>
<body><div class="page"><table class="sheet">
<thead><tr><td>${running}</td></tr></thead>
<tbody><tr><td>
<h1>${e(k.name)}</h1>
${details}
${claimPart}
${invoices}
${reminders}
${conversation}
${payments}
${signals}
${behaviour}
</td></tr></tbody>
</table></div></body></html>
`;
}
