/**
 * The claim statement (vorderingsoverzicht) of one debtor as a readable HTML page, for the dossier
 * an incassobureau or deurwaarder receives: who the debtor is, per invoice the principal, statutory
 * interest and collection costs, the control total, the interest specification per period, and the
 * reminder history. Every value is escaped; the page allows no script (Content-Security-Policy).
 */
import { escapeHtml as e, type IsoDay, type Cents } from "../../core";
import type { HandoffClaim, HandoffFile } from "./handoff-claims";
import { cleanText, oneLine } from "../tables/clean-text";
import { letterAmount, letterDate } from "../letters/letter-format";

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

const CSS = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; margin: 15mm; color: #000; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 8mm 0 2mm; }
table { border-collapse: collapse; margin: 2mm 0; }
th, td { border-bottom: 1px solid #bbb; padding: 1.5mm 2.5mm; text-align: left; vertical-align: top; }
.n { text-align: right; white-space: nowrap; }
tfoot td { font-weight: bold; border-top: 1.5px solid #000; }
.debtor td:first-child { color: #444; padding-right: 6mm; }
.pre { white-space: pre-line; }
@page { size: A4 landscape; margin: 12mm; }
`;

const money = (c: Cents): string => letterAmount(c, "nl");
const day = (d: IsoDay | null): string => letterDate(d, "nl");
const cell = (text: string, numeric = false): string =>
  `<td${numeric ? ' class="n"' : ""}>${e(text)}</td>`;

function debtorBlock(claim: HandoffClaim): string {
  const d = claim.debtor;
  const rows: [string, string][] = [
    ["Debiteurnummer", d.customerId],
    ["Naam", d.name],
    ["Contactpersoon", d.contactPerson],
    [
      "Adres",
      [d.address, [d.postcode, d.city].filter(Boolean).join(" "), d.country]
        .filter(Boolean)
        .join("\n"),
    ],
    ["KvK-nummer", d.kvk],
    ["Btw-nummer", d.vatId],
    ["E-mail", d.email],
    ["Telefoon", d.phone],
    ["Soort", d.debtorType === "consumer" ? "particulier (consument)" : "zakelijk"],
  ];
  return `<table class="debtor">${rows
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `<tr><td>${e(k)}</td><td class="pre">${e(cleanText(v))}</td></tr>`)
    .join("")}</table>`;
}

function claimsTable(file: HandoffFile): string {
  const head = [
    "Factuur",
    "Factuurdatum",
    "Vervaldatum",
    "Factuurbedrag",
    "Ontvangen",
    "Hoofdsom",
    "Rente",
    "Incassokosten",
    "Totaal",
  ];
  const body = file.claims
    .map(
      (c) =>
        `<tr>${cell(c.invoiceId)}${cell(day(c.invoiceDate))}${cell(day(c.dueDate))}${[c.amount, c.paid, c.principal, c.interest, c.costs, c.total].map((x) => cell(money(x), true)).join("")}</tr>`
    )
    .join("\n");
  const k = file.control;
  const foot = `<tr>${cell(`Totaal ${k.count} ${k.count === 1 ? "vordering" : "vorderingen"}`)}<td></td><td></td><td></td><td></td>${[k.principal, k.interest, k.costs, k.total].map((x) => cell(money(x), true)).join("")}</tr>`;
  return `<table class="claims"><thead><tr>${head.map((h, i) => `<th${i >= 3 ? ' class="n"' : ""}>${e(h)}</th>`).join("")}</tr></thead>
<tbody>
${body}
</tbody><tfoot>${foot}</tfoot></table>`;
}

function interestTable(file: HandoffFile): string {
  const rows = file.claims.flatMap((c) =>
    c.interestPeriods.map(
      (p) =>
        `<tr>${cell(c.invoiceId)}${cell(day(p.from))}${cell(day(p.to))}${cell(String(p.days), true)}${cell(`${String(p.ratePct).replace(".", ",")}%`, true)}${cell(money(p.base), true)}${cell(money(p.interest), true)}</tr>`
    )
  );
  if (rows.length === 0) return "<p>Geen rente berekend.</p>";
  const head = ["Factuur", "Van", "Tot en met", "Dagen", "Rente", "Grondslag", "Bedrag"];
  return `<table class="interest"><thead><tr>${head.map((h, i) => `<th${i >= 3 ? ' class="n"' : ""}>${e(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody><tfoot><tr><td>Totaal rente</td><td></td><td></td><td></td><td></td><td></td>${cell(money(file.control.interest), true)}</tr></tfoot></table>`;
}

function historyList(file: HandoffFile): string {
  const items = file.claims.map((c) => {
    const sent = c.reminders.length
      ? c.reminders
          .map(
            (r) => `${r.stage}. ${r.stageName}${r.date ? ` (${day(r.date)})` : " (datum onbekend)"}`
          )
          .join("; ")
      : "geen herinneringen vastgelegd";
    const fourteen =
      c.fourteenDayLetter === null
        ? ""
        : c.fourteenDayLetter.sent
          ? ` — 14-dagenbrief verstuurd${c.fourteenDayLetter.date ? ` op ${day(c.fourteenDayLetter.date)}` : ""}`
          : " — 14-dagenbrief niet verstuurd";
    const extra = [c.disputed ? "betwist" : "", c.notes].filter(Boolean).join("; ");
    return `<li><strong>${e(c.invoiceId)}</strong>: ${e(sent + fourteen)}${extra ? `<br><span class="pre">${e(`Notities: ${extra}`)}</span>` : ""}</li>`;
  });
  return `<ul>${items.join("\n")}</ul>`;
}

/**
 * The claim statement of `file` (the claims of one debtor, as from handoffClaims with one customer)
 * as a complete HTML document. Empty files give a page that says there is no claim.
 */
export function claimStatementHtml(file: HandoffFile): string {
  const first = file.claims[0];
  const title = first
    ? `Vorderingsoverzicht ${oneLine(first.debtor.name)} (${oneLine(first.debtor.customerId)})`
    : "Vorderingsoverzicht";
  const consumer = first?.debtor.debtorType === "consumer";
  const basis = consumer
    ? "Wettelijke rente (art. 6:119 BW) vanaf de vervaldatum. Incassokosten volgens de staffel (art. 6:96 lid 5 BW), alleen als de 14-dagenbrief is verstuurd en de termijn daarvan is verstreken (art. 6:96 lid 6 BW)."
    : "Wettelijke handelsrente (art. 6:119a BW) vanaf de vervaldatum. Incassokosten volgens de staffel (art. 6:96 lid 4 en 5 BW), naar rato over de facturen verdeeld.";
  const body = first
    ? `${debtorBlock(first)}
<h2>Vorderingen</h2>
${claimsTable(file)}
<p>${e(basis)}</p>
<h2>Renteberekening</h2>
${interestTable(file)}
<h2>Herinneringen en aanmaningen</h2>
${historyList(file)}`
    : "<p>Er staat geen opeisbare vordering open.</p>";
  return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">${CSP}<title>${e(title)}</title><style>${CSS}</style></head>
<body>
<h1>${e(title)}</h1>
<p>Stand per ${e(day(file.asOf))}; de rente is berekend tot die datum.</p>
${body}
</body></html>
`;
}
