/**
 * Test helper (not a test file): what a Dutch spreadsheet makes of a CSV field when the user
 * double-clicks the file — the rule the CSV exports rely on, written down so tests can check it.
 *
 * - Excel (nl-NL) evaluates a field that starts with "=" as a formula, and one that starts with
 *   "+", "-" or "@" too; LibreOffice does so only with "Formules evalueren" ticked in its
 *   Tekstimport dialog (off by default when a file is opened: `bEvaluateFormulas = (meCall !=
 *   SC_IMPORTFILE)` in LibreOffice's sc/source/ui/dbgui/scuiasciiopt.cxx), and otherwise shows the
 *   field as text. The only formula modelled is a string literal `="…"`; any other is "formula".
 * - A field starting with an apostrophe stays text with the apostrophe (the apostrophe only means
 *   "text" when typed into a cell, not in a CSV).
 * - Otherwise, surrounding spaces ignored: a Dutch number (digits, thousands dots, decimal comma, %, exponent) becomes
 *   a number, and a date or time pattern a date — quotes around the field do not matter (Excel;
 *   LibreOffice unless "Velden tussen aanhalingstekens als tekst" is ticked, also off by default).
 * - Everything else is text as written.
 */
import Papa from "papaparse";

/** A cell after opening: its kind and what it shows. */
export type OpenedCell =
  | { kind: "text"; shown: string }
  | { kind: "number"; shown: string }
  | { kind: "date"; shown: string }
  | { kind: "formula"; shown: string };

/** Which program: Excel, or LibreOffice with its default Tekstimport settings. */
export type Program = "excel" | "libreoffice";

const NUMBER = /^(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d*)?%?$|^\d+(?:,\d+)?[eE][+-]?\d+$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$|^\d{1,2}:\d{2}(?::\d{2})?$/;

/** Number shown in Excel's General format: no leading zeros, no thousands dots, 15 digits. */
function shownNumber(text: string): string {
  const pct = text.endsWith("%");
  const plain = text.replace(/%$/, "").replace(/\./g, "").replace(",", ".");
  const n = Number(plain);
  const shown = Math.abs(n) >= 1e15 ? n.toExponential(5) : String(Number(n.toPrecision(15)));
  return shown.replace(".", ",") + (pct ? "%" : "");
}

/** What `field` becomes in `program` when the CSV is opened. */
export function openedCell(field: string, program: Program): OpenedCell {
  if (field.startsWith("=")) {
    if (program === "libreoffice") return { kind: "text", shown: field };
    const literal = /^="((?:[^"]|"")*)"$/.exec(field);
    return literal
      ? { kind: "text", shown: (literal[1] as string).replace(/""/g, '"') }
      : { kind: "formula", shown: field };
  }
  if (program === "excel" && /^[+\-@]/.test(field) && field.length > 1)
    return { kind: "formula", shown: field };
  const t = field.replace(/^ +| +$/g, "");
  if (NUMBER.test(t)) return { kind: "number", shown: shownNumber(t) };
  if (DATE.test(t)) return { kind: "date", shown: `(datum ${t})` };
  return { kind: "text", shown: field };
}

/** The CSV bytes (UTF-8 with BOM, ";") opened in `program`: one row of cells per line. */
export function openCsv(bytes: Uint8Array, program: Program): OpenedCell[][] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (!text.startsWith("\uFEFF")) throw new Error("csv without BOM");
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
  return rows.map((row) => row.map((field) => openedCell(field, program)));
}
