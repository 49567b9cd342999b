/**
 * Classification of one sheet cell as Excel, Office.js or exceljs hand it over. Everything else in the
 * ledger reader works on {@link Cell}, so the odd shapes (formula results, rich text, error objects,
 * whitespace-only text) are dealt with once, here.
 */

/** A cell after classification. `blank` covers null, undefined, "" and whitespace-only text. */
export type Cell =
  | { kind: "blank" }
  | { kind: "error"; code: string }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; date: Date };

/**
 * Excel's error values, English and Dutch spellings (a CSV saved by Dutch Excel holds "#N/B",
 * "#WAARDE!"), upper case. Office.js hands the English ones over as plain strings.
 */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#N/B",
  "#WAARDE!",
  "#VERW!",
  "#DEEL/0!",
  "#NAAM?",
  "#LEEG!",
  "#GETAL!",
  "#OVERLOOP!",
  "#BEREKENEN!",
  "#GEGEVENS_OPHALEN",
  "#BEZIG!",
]);

/** True when `text` (trimmed, any case) is one of Excel's error values such as "#N/A". */
export function isExcelError(text: string): boolean {
  return EXCEL_ERRORS.has(text.trim().toUpperCase());
}

const BLANK: Cell = { kind: "blank" };

/** Classifies a raw cell value. Text is trimmed; an unknown object shape is read as its text. */
export function classifyCell(value: unknown): Cell {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return BLANK;
    if (text.startsWith("#") && isExcelError(text))
      return { kind: "error", code: text.toUpperCase() };
    return { kind: "text", text };
  }
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value }
      : { kind: "error", code: String(value) };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: "error", code: "Invalid Date" }
      : { kind: "date", date: value };
  }
  if (typeof value === "object") return classifyObject(value as Record<string, unknown>);
  return classifyCell(String(value));
}

/** exceljs cell values: formulas `{ formula, result }`, `{ richText: [...] }`, hyperlinks, `{ error }`. */
function classifyObject(object: Record<string, unknown>): Cell {
  if ("error" in object && typeof object.error === "string")
    return { kind: "error", code: object.error };
  if ("result" in object) return classifyCell(object.result);
  if ("formula" in object || "sharedFormula" in object) return BLANK; // a formula without a cached result
  if (Array.isArray(object.richText)) {
    return classifyCell(
      object.richText.map((part: { text?: unknown }) => String(part.text ?? "")).join("")
    );
  }
  if ("text" in object) return classifyCell(object.text);
  return classifyCell(String(object));
}

/**
 * The raw cell as text for an issue: text as written (trimmed), numbers as JavaScript writes them,
 * booleans as TRUE/FALSE, Dates as their UTC day, blanks as "".
 */
export function cellText(value: unknown): string {
  return textOfCell(classifyCell(value));
}

/** The text of a classified cell, as {@link cellText} describes. */
export function textOfCell(cell: Cell): string {
  switch (cell.kind) {
    case "blank":
      return "";
    case "error":
      return cell.code;
    case "number":
      return String(cell.value);
    case "text":
      return cell.text;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return cell.date.toISOString().slice(0, 10);
  }
}

/** True when every cell of the row is blank (an empty row array included). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((value) => classifyCell(value).kind === "blank");
}
