/** Escapes text for HTML element content and quoted attribute values. */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "=": "&#61;",
};

/**
 * The HTML-escaped text of any value (null and undefined give ""). Also escapes `=` and backtick,
 * as mustache does, so an escaped value is safe even in an unquoted attribute.
 */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[&<>"'`=]/g, (ch) => ENTITIES[ch] ?? ch);
}
