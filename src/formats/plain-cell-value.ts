/**
 * An exceljs cell value as the plain value Excel shows: rich text becomes its text, a formula its
 * cached result, an error value its code ("#N/A"), a hyperlink its text. Numbers, strings, booleans
 * and Dates (exceljs gives UTC instants for date-formatted cells) pass through.
 */

/** A plain sheet value. */
export type PlainCellValue = string | number | boolean | Date | null;

/** Converts one exceljs cell value; an unknown object shape becomes its text, never "[object Object]". */
export function plainCellValue(value: unknown): PlainCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return object.error;
  if ("formula" in object || "sharedFormula" in object || "result" in object) {
    // No cached result (a workbook written by a tool that does not calculate): nothing to show.
    return plainCellValue(object.result);
  }
  if (Array.isArray(object.richText)) return richText(object.richText);
  if ("text" in object) return plainCellValue(object.text); // hyperlink; its text may itself be rich text
  return JSON.stringify(value);
}

function richText(parts: readonly unknown[]): string {
  return parts.map((part) => String((part as { text?: unknown } | null)?.text ?? "")).join("");
}
