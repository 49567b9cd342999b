/* global Office */
/**
 * The Office theme (light or dark) for the task pane's FluentProvider. Only src/excel may name
 * Office, so the task pane asks here; outside Office the answer is null and the page follows the
 * browser's prefers-color-scheme instead.
 */

/** Relative luminance (0 dark … 1 light) of a "#rrggbb" colour, or null when it is not one. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** "dark" or "light" from Office's body background colour; null outside Office or when unknown. */
export function officeThemeKind(): "light" | "dark" | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  // officeTheme is absent in Excel on the web and in older desktop builds.
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background) return null;
  const l = luminance(background);
  return l === null ? null : l < 0.5 ? "dark" : "light";
}
