/**
 * A CSV file's bytes to sheet values: decoded (see {@link decodeText}), delimiter sniffed (see
 * {@link sniffDelimiter}) and parsed with papaparse. Every field stays text: the ledger reader
 * decides what is a number or a day, per column, which a CSV parser cannot.
 *
 * Row numbers follow what Excel shows when it opens the file: record n is sheet row n (a quoted
 * field with a line break does not add a row), a leading "sep=;" hint line is not a row, and blank
 * lines are kept as empty rows so the numbers stay right.
 *
 * Line ends are made one kind (LF) before anything else: papaparse splits records at a single
 * newline string that it guesses from the first lines, so a file whose lines end in CRLF but whose
 * last line ends in LF alone (an export with a line appended by another tool, or a file edited on
 * two systems) lost its last row, read as "6\n" or as an unterminated quote. CRLF, LF and a lone CR
 * (old Mac exports) all end a line, as when Excel opens the file; inside a quoted field a line break
 * stays a line break (LF).
 */
import Papa from "papaparse";
import type { LedgerIssue } from "../ledger";
import { decodeText, type TextEncodingName } from "./decode-text";
import { sniffDelimiter } from "./sniff-delimiter";

/** Sheet values read from a CSV, with how they were read. */
export interface CsvValues {
  /** values[0] is sheet row 1; blank lines are empty arrays; trailing blank lines are dropped. */
  values: string[][];
  encoding: TextEncodingName;
  delimiter: string;
  /** Problems papaparse reported (unbalanced quotes), as issues with sheet row numbers. */
  issues: LedgerIssue[];
}

/** Options of {@link readCsvValues}. */
export interface ReadCsvOptions {
  /** Use this delimiter instead of sniffing one. */
  delimiter?: string;
}

/** Reads CSV bytes; never throws for odd content (a text file is always some CSV). */
export function readCsvValues(bytes: Uint8Array, options: ReadCsvOptions = {}): CsvValues {
  const decoded = decodeText(bytes);
  let text = unifyLineEnds(decoded.text);
  // Excel's own hint line: "sep=;" as the first line fixes the delimiter and is not shown as a row.
  const hint = /^sep=(.)\n/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter: string =
    options.delimiter ?? hint?.[1] ?? sniffDelimiter(text.slice(0, 64 * 1024));
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  const values = parsed.data.map((record) => (record.every((field) => field === "") ? [] : record));
  while (values.length > 0 && (values[values.length - 1] as string[]).length === 0) values.pop();
  const issues = parsed.errors.map((error): LedgerIssue => ({
    row: (error.row ?? 0) + 1,
    column: null,
    value: "",
    message:
      error.code === "MissingQuotes"
        ? `A quoted field starting in this row is never closed, so the rest of the file may have been read as one field (${error.message}).`
        : `The CSV line could not be split cleanly: ${error.message}.`,
    // papaparse reports in English; its own words stay in brackets.
    messageNl:
      error.code === "MissingQuotes"
        ? `Een veld tussen aanhalingstekens dat op deze rij begint, wordt nergens gesloten; de rest van het bestand is daardoor mogelijk als één veld gelezen (${error.message}).`
        : `De CSV-regel kon niet zuiver in velden worden gesplitst (${error.message}).`,
    severity: error.code === "MissingQuotes" ? "error" : "warning",
  }));
  return { values, encoding: decoded.encoding, delimiter, issues };
}

/** `text` with every CRLF and lone CR made LF (see the module comment). */
export function unifyLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
