// The customer dossier printed as one A4 document (issue 17): every section of the pane's dossier,
// with exact Dutch and English texts, and totals that equal the dossier's claim and open amount.
import {
  analyse,
  analysisDay,
  customerDossierDocument,
  dossierClaim,
  dossierDocumentInput,
  DEFAULT_SETTINGS,
} from "../../src/app";
import { addDays, cents, formatCents, type IsoDay } from "../../src/core";
import { dossierHtml, dossierInvoiceTotals } from "../../src/documents";
import { demoLedger } from "../../src/demo";
import type { ConversationEntry } from "../../src/dunning";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
const asOf = addDays(analysisDay(ledger, demo.asOf), 21);
const analysis = analyse(ledger, asOf, DEFAULT_SETTINGS);
// The customer with the most open invoices: a dossier with a real table.
const openInvoices = (id: string) =>
  dossierDocumentInput({ ledger, analysis, customerId: id, lang: "nl", company: "" }).invoices
    .length;
const customer = [...analysis.report.customers]
  .filter((r) => r.open > 0)
  .map((r) => ({ r, n: openInvoices(r.id) }))
  .sort((a, b) => b.n - a.n || b.r.open - a.r.open)[0]!.r;
const call: ConversationEntry = {
  date: "2026-12-01" as IsoDay,
  customerId: customer.id,
  kind: "promise",
  invoiceIds: [],
  amount: cents(50_000),
  due: "2026-12-15" as IsoDay,
  openAtStart: null,
  arrangementId: null,
  reason: "",
  status: null,
  owner: "PdV",
  note: "Betaalt na ontvangst subsidie <b>",
};
const request = {
  ledger,
  analysis,
  customerId: customer.id,
  lang: "nl" as const,
  company: "Jansen Installatietechniek B.V.",
  conversation: [call, { ...call, customerId: "someone-else", note: "niet van deze klant" }],
  payments: [
    {
      statementKey: "s",
      entryKey: "e",
      day: "2026-11-02" as IsoDay,
      customerId: customer.id,
      invoiceId: "2026-0001",
      amount: cents(12_100),
      name: null,
      iban: null,
      reference: "factuur 2026-0001",
    },
  ],
};

describe("the printed customer dossier", () => {
  const input = dossierDocumentInput(request);
  const html = customerDossierDocument(request).data as string;

  it("has the claim of the screen's dossier and invoices that add up to the open amount", () => {
    const claim = dossierClaim(ledger, customer.id, asOf);
    expect(input.claim).toMatchObject({
      open: customer.open,
      principalOverdue: claim.principal,
      interest: claim.interest,
      costs: claim.costs,
      total: claim.total,
    });
    expect(input.invoices.length).toBeGreaterThan(1);
    const totals = dossierInvoiceTotals(input.invoices);
    // The euro invoices open add up to the customer's open amount (written-off ones aside).
    const writtenOff = input.invoices
      .filter((i) => i.writtenOff && i.currency === "EUR")
      .reduce((s, i) => s + i.open, 0);
    expect(totals.open - writtenOff).toBe(customer.open);
    expect(totals.interest).toBe(claim.interest);
    expect(html).toContain(
      `<tr class="total"><td>Totaal</td><td>${input.invoices.length} facturen</td><td></td><td class="n">${formatCents(totals.open, "nl")}</td>`
    );
    expect(html).toContain(
      `<dt class="total">Totale vordering</dt><dd class="total">${formatCents(claim.total, "nl")}</dd>`
    );
  });

  it("prints every section, in Dutch, with the company and reporting day on every page", () => {
    const [y, m, d] = asOf.split("-");
    for (const heading of [
      "Gegevens",
      "Vordering per peildatum",
      "Openstaande facturen",
      "Verstuurde herinneringen",
      "Gesprekken en afspraken",
      "Ontvangen betalingen",
      "Signalen",
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<thead><tr><td><div class="running">');
    expect(html).toContain("Jansen Installatietechniek B.V.");
    expect(html).toContain(`Peildatum ${d}-${m}-${y}`);
    expect(html).toContain(`Klantdossier: ${input.customer.name} (${customer.id})`);
    expect(html).toContain('counter(page) " van " counter(pages)');
    for (const i of input.invoices) expect(html).toContain(`<td>${i.invoiceId}</td>`);
    // Only this customer's conversation, escaped.
    expect(input.conversation).toHaveLength(1);
    expect(html).toContain(
      '<td>01-12-2026</td><td>Betalingsbelofte</td><td>hele rekening</td><td class="n">€ 500,00</td><td>15-12-2026</td><td>Betaalt na ontvangst subsidie &lt;b&gt;</td><td>PdV</td>'
    );
    expect(html).not.toContain("niet van deze klant");
    expect(html).toContain(
      '<tr class="total"><td>Totaal</td><td></td><td class="n">€ 121,00</td><td></td></tr>'
    );
    expect(html).not.toMatch(/<script/i);
  });

  it("says so when a section is empty, in English too", () => {
    const en = dossierHtml({
      ...input,
      lang: "en",
      company: "",
      conversation: [],
      payments: [],
      reminders: [],
      proposal: null,
      signals: [],
      deliveryStop: [],
      doNotRemind: [],
    });
    for (const text of [
      "(company name not set)",
      "No calls or agreements recorded.",
      "No payments recorded.",
      "No reminders sent yet.",
      "No signals.",
      "<h2>Open invoices</h2>",
      '<dt class="total">Total claim</dt>',
    ])
      expect(en).toContain(text);
  });

  it("names the leveringsstop advice and the do-not-remind marks among the signals", () => {
    const withStop = dossierHtml({
      ...input,
      deliveryStop: ["Kredietlimiet overschreden."],
      doNotRemind: ["2026-0001: Niet aanmanen: in overleg."],
      signals: ["Geen IBAN bekend."],
    });
    expect(withStop).toContain(
      '<ul><li class="stop">Leveringsstop geadviseerd: Kredietlimiet overschreden.</li><li>Niet aanmanen: 2026-0001: Niet aanmanen: in overleg.</li><li>Geen IBAN bekend.</li></ul>'
    );
  });
});
