/**
 * A file that cannot be read as a ledger at all: unsupported format, corrupt workbook, missing sheet.
 * Problems *inside* a readable file are issues on the result, never this error.
 */
export class LedgerFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerFileError";
  }
}
