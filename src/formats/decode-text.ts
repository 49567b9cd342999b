/**
 * Bytes of a text file (CSV) to a string, deciding the encoding the way a person would expect from
 * Excel exports: a byte-order mark wins (UTF-8, UTF-16 LE/BE: Excel's "Unicode text" is UTF-16 LE);
 * otherwise UTF-16 without a mark when the NUL bytes say so (see {@link sniffUtf16}); otherwise strict
 * UTF-8, and when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV (gescheiden door
 * lijstscheidingsteken)" on a Dutch Windows machine).
 */
import { decodeWindows1252 } from "./windows-1252";

/** The encodings {@link decodeText} can report. */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decoded text (without byte-order mark) and the encoding that was used. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes `bytes`; see the module comment for the order of guesses. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    // fatal: invalid UTF-8 throws instead of producing U+FFFD, which is our cue to try 1252.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** How many leading bytes {@link sniffUtf16} looks at. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte-order mark (some exports and `iconv -t UTF-16LE` write none): a text in
 * UTF-16 whose characters are mostly Latin has a NUL as the high byte of nearly every character,
 * at the odd positions (little-endian) or the even ones (big-endian), and almost none on the other
 * side. UTF-8 and Windows-1252 text has no NUL bytes at all, so a third of the pairs with a NUL on
 * one side only is conclusive. Looks at the first {@link SNIFF_BYTES} bytes; null when not UTF-16.
 */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul >= pairs / 3 && evenNul <= pairs / 20) return "utf-16le";
  if (evenNul >= pairs / 3 && oddNul <= pairs / 20) return "utf-16be";
  return null;
}
