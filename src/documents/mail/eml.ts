/**
 * An e-mail draft as an .eml file (RFC 5322 / MIME): UTF-8, multipart/alternative with a
 * quoted-printable plain-text part and HTML part, `X-Unsent: 1` so Outlook opens it as a draft to
 * review and send. Non-ASCII header text is an RFC 2047 encoded word; header values are forced onto
 * one line and addresses that are not plain addresses are left out, so no ledger value can add a
 * header (no "Bcc:" injection).
 */
import { dayOfWeek, dayOfMonth, monthOf, yearOf, type IsoDay } from "../../core";
import { oneLine } from "../tables/clean-text";

/** A mailbox: display name and address. */
export interface Mailbox {
  name: string;
  email: string;
}

/** Input of {@link emlDraft}. */
export interface EmlDraft {
  from: Mailbox;
  /** The recipient; null (or an address that does not look like one) leaves To: for the user. */
  to: Mailbox | null;
  subject: string;
  text: string;
  /** A complete HTML document. */
  html: string;
  /** The day of the draft (the Date header says 09:00 UTC that day). */
  date: IsoDay;
  /** A unique, stable token for the Message-ID and the MIME boundary. */
  id: string;
  /** Files sent along (e.g. a letter to sign), as UTF-8 text: the message becomes multipart/mixed. */
  attachments?: readonly EmlAttachment[];
}

/** A text file attached to a draft. */
export interface EmlAttachment {
  /** File name as the recipient sees it (cleaned to one line; non-ASCII as an RFC 2231 value). */
  name: string;
  /** MIME type, e.g. "text/html". */
  type: string;
  content: string;
}

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** True for text usable as an e-mail address in a header. */
export function isMailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

/** A header value: as is when printable ASCII, else UTF-8 base64 encoded words of at most 75 chars. */
export function encodeHeaderText(text: string): string {
  const value = oneLine(text);
  if (/^[\x20-\x7E]*$/.test(value) && !value.includes("=?")) return value;
  const words: string[] = [];
  let chunk = "";
  const flush = (): void => {
    if (chunk !== "") words.push(`=?UTF-8?B?${base64(new TextEncoder().encode(chunk))}?=`);
    chunk = "";
  };
  for (const ch of value) {
    // 39 UTF-8 bytes give 52 base64 characters: with "=?UTF-8?B?" and "?=" 64, so even the first
    // word after "Subject: " stays within the 78-character line RFC 5322 asks for.
    if (new TextEncoder().encode(chunk + ch).length > 39) flush();
    chunk += ch;
  }
  flush();
  return words.join("\r\n ");
}

function mailbox(box: Mailbox): string {
  const name = oneLine(box.name);
  if (name === "") return `<${box.email}>`;
  const display = /^[\x20-\x7E]*$/.test(name)
    ? `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`
    : encodeHeaderText(name);
  const line = `${display} <${box.email}>`;
  // Fold before the address when the line would get long (RFC 5322 §2.1.1: 78 characters).
  return line.length + 6 > 78 || display.includes("\r\n") ? `${display}\r\n <${box.email}>` : line;
}

/** Base64 of bytes (no line breaks). */
export function base64(bytes: Uint8Array): string {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += abc[(n >> 18) & 63]! + abc[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? abc[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? abc[n & 63]! : "=";
  }
  return out;
}

/** Quoted-printable (RFC 2045) of UTF-8 text; line ends become CRLF, lines at most 76 chars. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const bytes = new TextEncoder().encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(
          literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`
        );
      });
      const out: string[] = [];
      let current = "";
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = "";
        }
        current += token;
      }
      out.push(current);
      return out.join("\r\n");
    })
    .join("\r\n");
}

/**
 * Folds a header line at spaces so lines stay within 78 characters where possible (RFC 5322
 * §2.2.3); a line that is already folded (encoded words) or has no space to break at stays.
 */
function fold(line: string): string {
  if (line.length <= 78 || line.includes("\r\n")) return line;
  const words = line.split(" ");
  const lines: string[] = [];
  let current = words.shift() ?? "";
  for (const word of words) {
    if (current.length + 1 + word.length > 78 && current.trim() !== "") {
      lines.push(current);
      current = ` ${word}`;
    } else current += ` ${word}`;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function rfc5322Date(day: IsoDay): string {
  // dayOfWeek: 1 = Monday … 7 = Sunday (ISO).
  return `${DAYS[dayOfWeek(day) - 1]}, ${dayOfMonth(day)} ${MONTHS[monthOf(day) - 1]} ${yearOf(day)} 09:00:00 +0000`;
}

/** The .eml text (CRLF line ends) of a draft. */
export function emlDraft(draft: EmlDraft): string {
  const token = draft.id.replace(/[^A-Za-z0-9.-]/g, "_").slice(0, 60) || "draft";
  const boundary = `=_openstaand_${token}`;
  const headers = [
    ...(isMailAddress(draft.from.email) ? [`From: ${mailbox(draft.from)}`] : []),
    ...(draft.to && isMailAddress(draft.to.email) ? [`To: ${mailbox(draft.to)}`] : []),
    `Subject: ${encodeHeaderText(draft.subject)}`,
    `Date: ${rfc5322Date(draft.date)}`,
    `Message-ID: <${token}@openstaand.invalid>`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string): string =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      "Content-Transfer-Encoding: quoted-printable",
      "",
      quotedPrintable(body),
    ].join("\r\n");
  const alternative = [
    part("text/plain", draft.text),
    part("text/html", draft.html),
    `--${boundary}--`,
  ];
  const attachments = draft.attachments ?? [];
  if (attachments.length === 0)
    return [
      ...headers.map(fold),
      "",
      "This is a multi-part message in MIME format.",
      ...alternative,
      "",
    ].join("\r\n");
  // multipart/mixed: the alternative text and HTML first, then each file in base64.
  const mixed = `=_openstaand_mixed_${token}`;
  headers[headers.length - 1] = `Content-Type: multipart/mixed; boundary="${mixed}"`;
  return [
    ...headers.map(fold),
    "",
    "This is a multi-part message in MIME format.",
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    ...alternative,
    ...attachments.map((file) => {
      const name = oneLine(file.name).replace(/["\\]/g, "_") || "bijlage";
      const ascii = /^[\x20-\x7E]*$/.test(name);
      const param = ascii
        ? `filename="${name}"`
        : `filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
      const body = base64(new TextEncoder().encode(file.content)).replace(/.{76}/g, "$&\r\n");
      return [
        `--${mixed}`,
        `Content-Type: ${oneLine(file.type).replace(/[^A-Za-z0-9/.+-]/g, "")}; charset=UTF-8`,
        "Content-Transfer-Encoding: base64",
        `Content-Disposition: attachment; ${param}`,
        "",
        body.replace(/\r\n$/, ""),
      ].join("\r\n");
    }),
    `--${mixed}--`,
    "",
  ].join("\r\n");
}
