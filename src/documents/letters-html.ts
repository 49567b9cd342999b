/**
 * Printable letters: one HTML file, one letter per A4 page (print CSS), ready for "print to PDF";
 * and the HTML document of a single e-mail. Every value is escaped; a Content-Security-Policy that
 * allows no script at all guards the file even if something slipped through.
 */
import { escapeHtml as e } from "../core/html-escape";
import type { Letter } from "./letter-set";

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

const LETTER_CSS = `
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
.letter { break-after: page; page-break-after: always; }
.letter:last-child { break-after: auto; page-break-after: auto; }
.letterhead { text-align: right; font-size: 9pt; line-height: 1.35; margin-bottom: 12mm; }
.letterhead .company { font-size: 13pt; font-weight: bold; }
.address { min-height: 35mm; line-height: 1.35; }
.meta { margin: 8mm 0 6mm; }
.meta td { padding: 0 8mm 0 0; vertical-align: top; }
table.specificatie { border-collapse: collapse; width: 100%; margin: 4mm 0; font-size: 9.5pt; }
table.specificatie th, table.specificatie td { border-bottom: 1px solid #bbb; padding: 1.5mm 2mm; text-align: left; }
table.specificatie .n { text-align: right; white-space: nowrap; }
table.specificatie tfoot td { border-bottom: none; text-align: right; }
table.specificatie tr.total td { font-weight: bold; border-top: 1.5px solid #000; }
p { margin: 0 0 3.5mm; line-height: 1.4; }
@media screen { body { background: #eee; } .letter { background: #fff; width: 170mm; margin: 10mm auto; padding: 20mm; box-shadow: 0 0 4px #999; } }
`;

const META_LABELS = {
  nl: { date: "Datum", subject: "Betreft", reference: "Kenmerk", customer: "Debiteurnummer" },
  en: { date: "Date", subject: "Subject", reference: "Reference", customer: "Customer number" },
} as const;

/** The letterhead lines of the creditor. */
function letterhead(letter: Letter): string {
  const c = letter.model.view.company;
  const nl = letter.model.language === "nl";
  const lines = [
    [c.address, [c.postcode, c.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
    [c.phone, c.email].filter(Boolean).join(" · "),
    [
      c.kvk && `${nl ? "KvK" : "Chamber of Commerce"} ${c.kvk}`,
      c.vatId && `${nl ? "Btw-id" : "VAT ID"} ${c.vatId}`,
    ]
      .filter(Boolean)
      .join(" · "),
    c.iban && `IBAN ${c.iban}`,
  ].filter(Boolean);
  return `<div class="letterhead"><div class="company">${e(c.name)}</div>${lines.map((l) => `<div>${e(l)}</div>`).join("")}</div>`;
}

/** One letter as an HTML section (letterhead, address block, date/subject, body). */
export function letterSection(letter: Letter): string {
  const m = letter.model;
  const l = META_LABELS[m.language];
  const meta = [
    [l.date, m.view.date],
    [l.customer, m.view.debtor.customerNumber],
    [l.reference, m.view.paymentReference],
    [l.subject, letter.rendered.subject],
  ]
    .map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`)
    .join("");
  return `<section class="letter" lang="${m.language}">
${letterhead(letter)}
<div class="address">${m.addressLines.map((line) => e(line)).join("<br>")}</div>
<table class="meta">${meta}</table>
${letter.rendered.html}
</section>`;
}

/** All letters in one printable HTML document, one per page. */
export function lettersHtml(letters: readonly Letter[], title = "Herinneringen"): string {
  return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">${CSP}<title>${e(title)}</title><style>${LETTER_CSS}</style></head>
<body>
${letters.map(letterSection).join("\n")}
</body></html>
`;
}

/** The HTML document of one e-mail (body and specification, no letterhead or address block). */
export function emailHtml(letter: Letter): string {
  return `<!DOCTYPE html>
<html lang="${letter.model.language}"><head><meta charset="utf-8">${CSP}<title>${e(letter.rendered.subject)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt}table.specificatie{border-collapse:collapse}table.specificatie th,table.specificatie td{border-bottom:1px solid #bbb;padding:3px 8px;text-align:left}table.specificatie .n{text-align:right}tr.total td{font-weight:bold}</style></head>
<body>
${letter.rendered.html}
</body></html>
`;
}
