/**
 * An agreement's e-mail draft: the rendered text and HTML as an .eml (a draft the user reviews and
 * sends), with the EPC QR code for the amount to pay when the company has an IBAN — the same
 * writer, escaping and QR code as the reminder e-mails.
 */
import { escapeHtml as e, type Cents, type IsoDay } from "../../core";
import { CSP } from "../letters/letters-html";
import type { LetterLanguage } from "../letters/letter-format";
import type { RenderedLetter } from "../letters/render-letter";
import { emlDraft, type EmlAttachment } from "../mail/eml";
import { epcPayload } from "../payment-qr/epc-payload";
import { qrSvg } from "../payment-qr/qr-svg";
import type { Parties } from "./agreement-parties";

/** An e-mail draft of an agreement. */
export interface AgreementMail {
  /** Who it goes to ("" when no e-mail address is known: the user fills in To:). */
  to: string;
  subject: string;
  text: string;
  /** The complete HTML document. */
  html: string;
  /** The .eml text (CRLF), `X-Unsent: 1`. */
  eml: string;
  /** The EPC QR code (SVG) for `amount`, or null (no IBAN, nothing to pay, above the EPC limit). */
  qrSvg: string | null;
}

const SCAN = { nl: "Scan en betaal", en: "Scan to pay" } as const;

/** The EPC QR code of a payment to the company, with "Scan en betaal: € …, RF…", or null. */
export function agreementQr(
  parties: Parties,
  amount: Cents,
  amountText: string,
  language: LetterLanguage
): string | null {
  const c = parties.view.company;
  if (c.iban === "" || amount <= 0) return null;
  const result = epcPayload({
    name: c.name,
    iban: c.iban,
    amount,
    reference: parties.creditorReference,
  });
  if (!result.ok) return null;
  return qrSvg(
    result.payload,
    `${SCAN[language]}: ${amountText}, ${parties.view.paymentReference}`
  );
}

/** The e-mail draft of `rendered` from the company to the debtor, dated `day`. */
export function agreementMail(
  rendered: RenderedLetter,
  parties: Parties,
  language: LetterLanguage,
  day: IsoDay,
  id: string,
  qr: string | null,
  attachments: readonly EmlAttachment[] = []
): AgreementMail {
  const v = parties.view;
  const qrBlock =
    qr === null
      ? ""
      : `<div class="qr" style="width:132px;text-align:center;font-size:9pt">${qr}<div>${e(SCAN[language])}</div></div>`;
  const html = `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8">${CSP}<title>${e(rendered.subject)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt}table.specificatie{border-collapse:collapse}table.specificatie th,table.specificatie td{border-bottom:1px solid #bbb;padding:3px 8px;text-align:left}table.specificatie .n{text-align:right}tr.total td{font-weight:bold}</style></head>
<body>
${rendered.html}
${qrBlock}
</body></html>
`;
  const eml = emlDraft({
    from: { name: v.company.name, email: v.company.email },
    to: v.debtor.email === "" ? null : { name: v.debtor.name, email: v.debtor.email },
    subject: rendered.subject,
    text: rendered.text,
    html,
    date: day,
    id,
    attachments,
  });
  return {
    to: v.debtor.email,
    subject: rendered.subject,
    text: rendered.text,
    html,
    eml,
    qrSvg: qr,
  };
}
