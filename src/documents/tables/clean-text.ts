/**
 * Cleans user text (ledger cells) for documents: line ends become "\n", other control characters
 * (which no letter needs and which can break mail headers or terminals) are removed.
 */
export function cleanText(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return (
    value
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029]/g, (ch) => (ch === "\t" ? " " : ""))
      .trim()
  );
}

/** {@link cleanText} on one line: line breaks become ", " (nothing is lost, the line stays one line). */
export function oneLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s*\n\s*/g, ", ");
}
