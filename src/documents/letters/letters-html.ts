/**
 * Printable letters: one HTML file, each letter starting on a new A4 page (print CSS), ready for
 * "print to PDF"; and the HTML document of a single e-mail.
 *
 * Printing: a letter is a one-cell table whose header (the letterhead and the reference) the
 * browser repeats at the top of every page the letter takes; the closing (greeting and signature)
 * is never split from the letter's last paragraph, so no page holds a signature alone; rows of the
 * specification are not split. test/e2e/print.test.ts prints the demo's letters to PDF. Every value is escaped; a Content-Security-Policy that
 * allows no script at all guards the file even if something slipped through.
 */
import { escapeHtml as e } from "../../core";
import type { Letter } from "./letter-set";
import { qrSvg } from "../payment-qr/qr-svg";
import type { CompanyDetails } from "./company-details";
import type { LetterLanguage } from "./letter-format";

/** No script at all, inline styles only: every document Openstaand writes carries it. */
export const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`;

/** The print CSS of letters (A4, letterhead repeated on every page). */
export const LETTER_CSS = `
@page { size: A4; margin: 15mm 20mm 18mm 25mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
.letter { break-after: page; page-break-after: always; }
.letter:last-child { break-after: auto; page-break-after: auto; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > thead { display: table-header-group; }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0; vertical-align: top; }
.letterhead { text-align: right; font-size: 9pt; line-height: 1.35; padding-bottom: 8mm; }
.letterhead .company { font-size: 13pt; font-weight: bold; }
.letterhead .reference { margin-top: 1.5mm; }
.address { min-height: 32mm; line-height: 1.35; }
.meta { margin: 6mm 0 5mm; }
.meta td { padding: 0 8mm 0 0; vertical-align: top; }
table.specificatie { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 9.5pt; }
table.specificatie th, table.specificatie td { border-bottom: 1px solid #bbb; padding: 1.2mm 2mm; text-align: left; }
table.specificatie .n { text-align: right; white-space: nowrap; }
table.specificatie tfoot td { border-bottom: none; text-align: right; }
table.specificatie tr.total td { font-weight: bold; border-top: 1.5px solid #000; }
table.specificatie tr { break-inside: avoid; page-break-inside: avoid; }
p { margin: 0 0 3mm; line-height: 1.35; orphans: 3; widows: 3; }
.body > p:nth-last-child(-n+2) { break-before: avoid; page-break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
.letter .qr { float: right; width: 32mm; margin: 0 0 2mm 4mm; text-align: center; font-size: 8.5pt; }
.letter .qr svg { display: block; width: 30mm; height: 30mm; margin: 0 auto; }
@media screen { body { background: #eee; } .letter { background: #fff; width: 165mm; margin: 10mm auto; padding: 15mm 20mm 18mm 25mm; box-shadow: 0 0 4px #999; } }
`;

const META_LABELS = {
  nl: { date: "Datum", subject: "Betreft", reference: "Kenmerk", customer: "Debiteurnummer" },
  en: { date: "Date", subject: "Subject", reference: "Reference", customer: "Customer number" },
} as const;

/** The letterhead lines of the creditor, and the letter's reference (repeated on every page). */
function letterhead(letter: Letter): string {
  return letterheadHtml(
    letter.model.view.company,
    letter.model.language,
    letter.model.view.paymentReference
  );
}

/**
 * The creditor's lines under its name, as Dutch business letters print them: address, phone and
 * e-mail, KvK number and btw-id, IBAN — each only when set.
 */
function companyLines(c: CompanyDetails, language: LetterLanguage): string[] {
  const nl = language === "nl";
  return [
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
}

/** The creditor's letterhead with the reference line: every printed letter's, confirmations' too. */
export function letterheadHtml(
  c: CompanyDetails,
  language: LetterLanguage,
  paymentReference: string
): string {
  const lines = companyLines(c, language);
  const reference = `${META_LABELS[language].reference}: ${paymentReference}`;
  return `<div class="letterhead"><div class="company">${e(c.name)}</div>${lines.map((l) => `<div>${e(l)}</div>`).join("")}<div class="reference">${e(reference)}</div></div>`;
}

const SCAN = { nl: "Scan en betaal", en: "Scan to pay" } as const;

/**
 * The EPC QR code of a letter with "Scan en betaal" / "Scan to pay", or "" when it has none (no
 * IBAN, nothing to pay, above the EPC limit). On a printed letter it stands right of the address
 * block (30 mm), so it adds no height. An inline SVG: no script, no external image.
 */
function paymentQr(letter: Letter): string {
  const svg = paymentQrSvg(letter);
  if (svg === null) return "";
  return `<div class="qr">${svg}<div>${e(SCAN[letter.model.language])}</div></div>`;
}

/** The letter's EPC QR code as an SVG (labelled with the amount and reference), or null when none. */
export function paymentQrSvg(letter: Letter): string | null {
  const m = letter.model;
  if (m.epcPayload === null) return null;
  return qrSvg(m.epcPayload, `${SCAN[m.language]}: ${m.view.total}, ${m.view.paymentReference}`);
}

/** One letter as an HTML section (letterhead, address block, date/subject, body). */
export function letterSection(letter: Letter): string {
  const m = letter.model;
  const l = META_LABELS[m.language];
  // The reference stands in the letterhead, on every page.
  const meta = [
    [l.date, m.view.date],
    [l.customer, m.view.debtor.customerNumber],
    [l.subject, letter.rendered.subject],
  ]
    .map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`)
    .join("");
  return `<section class="letter" lang="${m.language}"><table class="sheet">
<thead><tr><td>${letterhead(letter)}</td></tr></thead>
<tbody><tr><td>
${paymentQr(letter)}<div class="address">${m.addressLines.map((line) => e(line)).join("<br>")}</div>
<table class="meta">${meta}</table>
<div class="body">
${letter.rendered.html}
</div>
</td></tr></tbody>
</table></section>`;
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

/**
 * The HTML document of one e-mail: body and specification, no address block; the company's details
 * (name, address, KvK, btw-id, IBAN, phone and e-mail when set) close it, as a business e-mail's
 * footer does.
 */
export function emailHtml(letter: Letter): string {
  return `<!DOCTYPE html>
<html lang="${letter.model.language}"><head><meta charset="utf-8">${CSP}<title>${e(letter.rendered.subject)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt}table.specificatie{border-collapse:collapse}table.specificatie th,table.specificatie td{border-bottom:1px solid #bbb;padding:3px 8px;text-align:left}table.specificatie .n{text-align:right}tr.total td{font-weight:bold}</style></head>
<body>
${letter.rendered.html}
${paymentQr(letter)}
${companyFooter(letter)}
</body></html>
`;
}

/** The e-mail's footer with the creditor's details, or "" when there is no company name. */
function companyFooter(letter: Letter): string {
  const c = letter.model.view.company;
  if (c.name === "") return "";
  const lines = [c.name, ...companyLines(c, letter.model.language)];
  return `<div class="company" style="clear:both;margin-top:16px;padding-top:6px;border-top:1px solid #bbb;font-size:9pt;color:#444">${lines.map((l) => `<div>${e(l)}</div>`).join("")}</div>`;
}
