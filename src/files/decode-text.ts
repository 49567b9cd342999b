/**
 * Bytes of a text file (CSV) to a string, deciding the encoding the way a person would expect from
 * Excel exports: a byte-order mark wins (UTF-8, UTF-16 LE/BE: Excel's "Unicode text" is UTF-16 LE);
 * otherwise strict UTF-8, and when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV
 * (gescheiden door lijstscheidingsteken)" on a Dutch Windows machine).
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
  try {
    // fatal: invalid UTF-8 throws instead of producing U+FFFD, which is our cue to try 1252.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
