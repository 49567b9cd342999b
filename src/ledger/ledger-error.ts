/**
 * Thrown by {@link readLedger} only when nothing can be read: no header row was found, a required
 * column is missing, the options are invalid, or an explicit mapping names a column that is not there.
 * Problems with single rows are never thrown; they are reported as issues.
 */
export class LedgerError extends Error {
  /**
   * The texts of the row taken for (or closest to) the header, in column order ("" for a blank
   * cell), so a user interface can offer them for a column mapping; empty when no row had text.
   */
  readonly headers: readonly string[];
  /**
   * The message in Dutch, for the Dutch task pane; the English `message` when the thrower gave
   * none (every throw in src/ledger gives one).
   */
  readonly messageNl: string;
  /**
   * Some data rows below that header row (raw cell values), so a user interface proposes for each
   * field only a column whose values fit it; empty when unknown.
   */
  readonly sample: readonly (readonly unknown[])[];

  constructor(
    message: string,
    headers: readonly string[] = [],
    messageNl: string = message,
    sample: readonly (readonly unknown[])[] = []
  ) {
    super(message);
    this.name = "LedgerError";
    this.headers = headers;
    this.messageNl = messageNl;
    this.sample = sample;
  }
}
