/**
 * A payment arrangement in writing: the confirmation letter for signature (printable HTML, A4, the
 * creditor's letterhead and return address, the claim and the plan as tables with the total to the
 * cent, what happens when a term is missed, room for place, date and signature "voor akkoord") and
 * the e-mail draft that sends it along as an attachment.
 */
import { compareDays, escapeHtml as e, type Cents, type IsoDay, cents } from "../../core";
import type { Instalment } from "../../dunning";
import type { CompanyDetails } from "../letters/company-details";
import type { DebtorDetails } from "../letters/debtor-details";
import { letterAmount, letterDate, type LetterLanguage } from "../letters/letter-format";
import { CSP, LETTER_CSS, letterheadHtml } from "../letters/letters-html";
import { renderTemplate } from "../letters/render-letter";
import { agreementMail, agreementQr, type AgreementMail } from "./agreement-mail";
import {
  agreementParties,
  coveredInvoicesTable,
  type AgreementContact,
  type CoveredInvoice,
  type PartiesView,
} from "./agreement-parties";
import { ARRANGEMENT_TEMPLATES } from "./arrangement-templates";

/** How often the instalments fall due (as the plan has it). */
export type ArrangementFrequency = "month" | "2weeks" | "week";

/** What an arrangement's documents are made of. */
export interface ArrangementLetterInput {
  language: LetterLanguage;
  company: CompanyDetails;
  customerId: string;
  details: DebtorDetails | undefined;
  contact?: AgreementContact | null;
  signer?: string;
  /** The arrangement's id ("R-K2-20261120"). */
  id: string;
  agreedOn: IsoDay;
  draftedOn?: IsoDay;
  invoices: readonly CoveredInvoice[];
  /** Interest and costs to `agreedOn` taken into the plan (0 when left out). */
  interest: Cents;
  costs: Cents;
  /** Costs include 21 % VAT (the creditor cannot deduct it). */
  costsIncludeVat?: boolean;
  /** An agreed amount other than the claim (principal + interest + costs); default the claim. */
  total?: Cents;
  instalments: readonly Instalment[];
  every: ArrangementFrequency;
  /** Statutory interest keeps running on what is open (said in the letter). */
  interestRuns: boolean;
}

/** The letter for signature and its e-mail draft. */
export interface ArrangementDocuments {
  /** The printable letter, a complete HTML document. */
  letterHtml: string;
  subject: string;
  /** The letter's plain text (for a preview). */
  letterText: string;
  mail: AgreementMail;
}

const LABELS = {
  nl: {
    interestB2B: "Wettelijke handelsrente tot en met",
    interestB2C: "Wettelijke rente tot en met",
    costs: "Buitengerechtelijke incassokosten",
    vat: "incl. 21% btw",
    total: "Totaal van de regeling",
    agreed: "Bedrag van de regeling",
    term: "Termijn",
    by: "Uiterlijk op",
    amount: "Bedrag",
    planTotal: "Totaal",
    frequency: { month: "maandelijks", "2weeks": "om de twee weken", week: "wekelijks" },
    agree: "Voor akkoord",
    name: "Naam",
    place: "Plaats",
    date: "Datum",
    signature: "Handtekening",
    onBehalf: "namens",
    returnTo: "Retour aan",
    meta: { date: "Datum", customer: "Debiteurnummer", subject: "Betreft" },
  },
  en: {
    interestB2B: "Statutory commercial interest up to and including",
    interestB2C: "Statutory interest up to and including",
    costs: "Extrajudicial collection costs",
    vat: "incl. 21% VAT",
    total: "Total of the arrangement",
    agreed: "Amount of the arrangement",
    term: "Instalment",
    by: "Due by",
    amount: "Amount",
    planTotal: "Total",
    frequency: { month: "monthly", "2weeks": "every two weeks", week: "weekly" },
    agree: "Agreed",
    name: "Name",
    place: "Place",
    date: "Date",
    signature: "Signature",
    onBehalf: "on behalf of",
    returnTo: "Return to",
    meta: { date: "Date", customer: "Customer number", subject: "Subject" },
  },
} as const;

/** What the templates see. */
export interface ArrangementView extends PartiesView {
  id: string;
  agreedOn: string;
  justNow: boolean;
  single: boolean;
  one: boolean;
  count: number;
  frequency: string;
  total: string;
  firstAmount: string;
  firstDue: string;
  interestRuns: boolean;
  returnAddress: string;
}

/** The letter for signature and the e-mail of a payment arrangement. */
export function arrangementDocuments(input: ArrangementLetterInput): ArrangementDocuments {
  const { language } = input;
  const l = LABELS[language];
  const money = (c: Cents) => letterAmount(c, language);
  const parties = agreementParties(input);
  const claim = coveredInvoicesTable(input.invoices, language);
  const claimTotal = cents(claim.total + input.interest + input.costs);
  const total = input.total ?? claimTotal;
  const planTotal = cents(input.instalments.reduce((s, i) => s + i.amount, 0));
  if (planTotal !== total)
    throw new Error(
      `The plan's instalments add up to ${money(planTotal)}, not to the arrangement's total of ${money(total)}.`
    );
  const first = input.instalments[0] as Instalment;
  const c = parties.view.company;
  const view: ArrangementView = {
    ...parties.view,
    id: input.id,
    agreedOn: letterDate(input.agreedOn, language),
    justNow: compareDays(input.draftedOn ?? input.agreedOn, input.agreedOn) === 0,
    single: input.invoices.length === 1,
    one: input.instalments.length === 1,
    count: input.instalments.length,
    frequency: l.frequency[input.every],
    total: money(total),
    firstAmount: money(first.amount),
    firstDue: letterDate(first.due, language),
    interestRuns: input.interestRuns,
    returnAddress: [c.name, c.address, [c.postcode, c.city].filter(Boolean).join(" ")]
      .filter((x) => x !== "")
      .join(", "),
  };
  // The claim (invoices, and interest and costs when taken in) and the plan, as text and HTML.
  const extra: [string, Cents][] = [];
  const b2b = parties.view.b2b;
  if (input.interest > 0)
    extra.push([
      `${b2b ? l.interestB2B : l.interestB2C} ${letterDate(input.agreedOn, language)}`,
      input.interest,
    ]);
  if (input.costs > 0)
    extra.push([input.costsIncludeVat ? `${l.costs} (${l.vat})` : l.costs, input.costs]);
  const totalLabel = total !== claimTotal ? l.agreed : extra.length > 0 ? l.total : null;
  const claimText = [
    claim.text,
    ...extra.map(([label, amount]) => `${label}: ${money(amount)}`),
    ...(totalLabel ? [`${totalLabel}: ${money(total)}`] : []),
  ].join("\n");
  const planText = [
    ...input.instalments.map(
      (inst, n) =>
        `${l.term} ${n + 1}: ${money(inst.amount)}, ${l.by.toLowerCase()} ${letterDate(inst.due, language)}`
    ),
    `${l.planTotal}: ${money(planTotal)}`,
  ].join("\n");
  const extraHtml = extra
    .map(
      ([label, amount]) =>
        `<tr><td colspan="3">${e(label)}</td><td class="n">${e(money(amount))}</td></tr>`
    )
    .join("");
  const claimHtml =
    totalLabel === null
      ? claim.html
      : claim.html.replace(
          "</tfoot>",
          `${extraHtml}<tr class="total"><td colspan="3">${e(totalLabel)}</td><td class="n">${e(money(total))}</td></tr></tfoot>`
        );
  const planHtml = `<table class="specificatie plan"><thead><tr><th>${e(l.term)}</th><th>${e(l.by)}</th><th class="n">${e(l.amount)}</th></tr></thead><tbody>${input.instalments
    .map(
      (inst, n) =>
        `<tr><td>${n + 1}</td><td>${e(letterDate(inst.due, language))}</td><td class="n">${e(money(inst.amount))}</td></tr>`
    )
    .join(
      ""
    )}</tbody><tfoot><tr class="total"><td colspan="2">${e(l.planTotal)}</td><td class="n">${e(money(planTotal))}</td></tr></tfoot></table>`;
  const tables = { text: `${claimText}\n\n${planText}`, html: `${claimHtml}\n${planHtml}` };

  const templates = ARRANGEMENT_TEMPLATES[language];
  const letter = renderTemplate(templates.letter, view, tables);
  const meta = [
    [l.meta.date, letterDate(input.draftedOn ?? input.agreedOn, language)],
    [l.meta.customer, parties.view.debtor.customerNumber],
    [l.meta.subject, letter.subject],
  ]
    .map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`)
    .join("");
  const line = '<span class="line"></span>';
  const signature = `<div class="signature"><p><strong>${e(l.agree)}</strong>${b2b ? ` ${e(l.onBehalf)} ${e(parties.view.debtor.name)}` : ""}</p>
<table class="sign"><tr><td>${e(l.name)}</td><td>${parties.view.debtor.contact ? e(parties.view.debtor.contact) : line}</td></tr><tr><td>${e(l.place)}</td><td>${line}</td></tr><tr><td>${e(l.date)}</td><td>${line}</td></tr><tr><td>${e(l.signature)}</td><td class="space">${line}</td></tr></table>
<p class="return">${e(l.returnTo)}: ${e(view.returnAddress)}${c.email ? ` · ${e(c.email)}` : ""}</p></div>`;
  const letterHtml = `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8">${CSP}<title>${e(letter.subject)}</title><style>${LETTER_CSS}
.signature { margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
table.sign td { padding: 2.5mm 6mm 2.5mm 0; vertical-align: bottom; }
table.sign .line { display: inline-block; width: 70mm; border-bottom: 1px solid #000; }
table.sign td.space { height: 16mm; }
.signature .return { font-size: 9pt; margin-top: 4mm; }
</style></head>
<body>
<section class="letter" lang="${language}"><table class="sheet">
<thead><tr><td>${letterheadHtml(c, language, parties.view.paymentReference)}</td></tr></thead>
<tbody><tr><td>
<div class="address">${parties.addressLines.map((x) => e(x)).join("<br>")}</div>
<table class="meta">${meta}</table>
<div class="body">
${letter.html}
</div>
${signature}
</td></tr></tbody>
</table></section>
</body></html>
`;
  const rendered = renderTemplate(templates.mail, view, tables);
  const fileName = `${language === "nl" ? "Betalingsregeling" : "Payment arrangement"} ${input.id}.html`;
  const mail = agreementMail(
    rendered,
    parties,
    language,
    input.draftedOn ?? input.agreedOn,
    `${input.agreedOn}.${input.customerId}.${input.id}`,
    agreementQr(parties, first.amount, view.firstAmount, language),
    [{ name: fileName, type: "text/html", content: letterHtml }]
  );
  return { letterHtml, subject: letter.subject, letterText: letter.text, mail };
}
