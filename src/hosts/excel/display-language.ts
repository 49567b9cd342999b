/* global Office */
/**
 * The Office display language ("nl-NL"), or null outside Office or before Office has a context.
 * A module of its own (no host, no Excel calls) so the custom functions can ask it too.
 */
export function officeDisplayLanguage(): string | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  return Office.context.displayLanguage ?? null;
}
