/**
 * What the full ledger reader would doubt in a text cell of a plain CSV, decided on the bytes: the
 * fast reader refuses a file with such a cell (the full reader then reports it per row). Only cells
 * that might be doubtful are decoded. Pure.
 */
import { isExcelError, isTotalLabel } from "../../ledger";

const decoder = new TextDecoder("utf-8", { fatal: false });

/** JavaScript's trim() removes these ASCII bytes (and Unicode spaces, checked on the text). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Why a text cell would not be read as written ("is empty", "has spaces around it", "is an Excel
 * error"), or null. The caller names the cell: no message is built for the million cells that pass.
 */
export function textDoubt(bytes: Uint8Array, start: number, end: number): string | null {
  if (end === start) return "is empty";
  const a = bytes[start] as number;
  const z = bytes[end - 1] as number;
  if (isSpace(a) || isSpace(z)) return "has spaces around it";
  if (a < 0x80 && z < 0x80 && a !== 35) return null;
  const text = decoder.decode(bytes.subarray(start, end));
  if (text.trim() !== text) return `"${text}" has spaces around it`;
  if (a === 35 && isExcelError(text)) return `"${text}" is an Excel error`;
  return null;
}

/**
 * A checker for invoice-number cells: the rest of a sentence that starts "Row 12" saying why the full reader would not take the cell as an invoice
 * number (empty, spaces, an Excel error, a total label such as "Totaal" or "Subtotaal", the
 * header repeated), or null. Only cells whose first byte could start a total label (s, e, g, t or
 * not ASCII) or that could equal the header are decoded.
 */
export function invoiceDoubtChecker(
  bytes: Uint8Array,
  header: string
): (start: number, end: number) => string | null {
  const suspect = new Uint8Array(256).fill(1, 0x80);
  for (const c of "sSeEgGtT") suspect[c.charCodeAt(0)] = 1;
  const lower = new TextEncoder().encode(header);
  const asciiHeader = !lower.some((b) => b >= 0x80);
  // Whether bytes[start, end) may equal the header in any case (for an ASCII header, a byte
  // comparison; otherwise the text is compared).
  const mayBeHeader = (start: number, end: number): boolean => {
    if (!asciiHeader) return true;
    if (end - start !== lower.length) return (bytes[start] as number) >= 0x80;
    for (let k = 0; k < lower.length; k++) {
      const c = bytes[start + k] as number;
      if (c >= 0x80) return true;
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower[k]) return false;
    }
    return true;
  };
  return (start, end) => {
    const doubt = textDoubt(bytes, start, end);
    if (doubt !== null) return `: the invoice number ${doubt}`;
    if (suspect[bytes[start] as number] !== 1 && !mayBeHeader(start, end)) return null;
    const text = decoder.decode(bytes.subarray(start, end));
    if (isTotalLabel(text)) return ` is a total row ("${text}")`;
    if (text.toLowerCase() === header) return " repeats the header";
    return null;
  };
}
