/**
 * The e-mail drafts of a reminder run: one .eml per debtor, together in a zip. File names carry the
 * customer number and a cleaned name, so the user can find a debtor's draft.
 */
import type { CompanyDetails } from "../letters/company-details";
import { emlDraft } from "./eml";
import { emailHtml, paymentQrSvg } from "../letters/letters-html";
import type { Letter } from "../letters/letter-set";
import { qrPng } from "../payment-qr/qr-png";

/** A file name part: letters, digits, space, dot, dash and underscore only; at most 60 characters. */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9 ._-]+/g, "_")
      .replace(/^[ ._]+|[ ._]+$/g, "")
      .slice(0, 60) || "x"
  );
}

/** The .eml text of one letter, from the creditor to the debtor's e-mail address. */
export function letterEml(letter: Letter, company: CompanyDetails): string {
  const m = letter.model;
  return emlDraft({
    from: { name: company.name, email: company.email },
    to: m.email === "" ? null : { name: m.view.debtor.name, email: m.email },
    subject: letter.rendered.subject,
    text: letter.rendered.text,
    html: emailHtml(letter),
    date: m.sendOn,
    id: `${m.sendOn}.${m.customerId}.${m.stage}`,
  });
}

/**
 * The file name (without extension) of each letter's drafts, in the order of `letters`:
 * "<customer number> <name>", and "<customer number> 2", "… 3" when two letters would share one.
 * The .eml, the QR images and the mail merge's "QR-code" column all use it.
 */
export function letterFileNames(letters: readonly Letter[]): string[] {
  const used = new Set<string>();
  return letters.map((letter) => {
    const m = letter.model;
    let name = `${fileNamePart(m.customerId)} ${fileNamePart(m.view.debtor.name)}`;
    for (let n = 2; used.has(name); n++) name = `${fileNamePart(m.customerId)} ${n}`;
    used.add(name);
    return name;
  });
}

/** The file name of a letter's QR code as a PNG ("<name> QR.png"), or "" when it has no code. */
export function qrImageName(letter: Letter, name: string): string {
  return letter.model.epcPayload === null ? "" : `${name} QR.png`;
}

/** A letter's EPC QR code as a PNG (for Word's INCLUDEPICTURE), or null when it has none. */
export function paymentQrPng(letter: Letter): Uint8Array | null {
  const payload = letter.model.epcPayload;
  return payload === null ? null : qrPng(payload);
}

/**
 * The zip of every letter's .eml, named "<customer number> <name>.eml", and beside it the letter's
 * EPC QR code when it has one: "<customer number> <name> QR.svg" (for e-mail and Microsoft 365) and
 * "… QR.png" (the picture the mail merge's "QR-code" column names; every Word version takes PNG).
 */
export async function emlZip(
  letters: readonly Letter[],
  company: CompanyDetails
): Promise<Uint8Array> {
  // jszip loads when the first archive is made, not when the program starts.
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  const names = letterFileNames(letters);
  letters.forEach((letter, i) => {
    const name = names[i] as string;
    const date = new Date(Date.UTC(2000, 0, 1));
    zip.file(`${name}.eml`, letterEml(letter, company), { date });
    const qr = paymentQrSvg(letter);
    if (qr !== null) zip.file(`${name} QR.svg`, qr, { date });
    const png = paymentQrPng(letter);
    if (png !== null) zip.file(qrImageName(letter, name), png, { date });
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
