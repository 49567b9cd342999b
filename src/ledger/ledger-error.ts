/**
 * Thrown by {@link readLedger} only when nothing can be read: no header row was found, a required
 * column is missing, the options are invalid, or an explicit mapping names a column that is not there.
 * Problems with single rows are never thrown; they are reported as issues.
 */
export class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerError";
  }
}
