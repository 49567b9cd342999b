/**
 * A file that cannot be read as a ledger at all: unsupported format, corrupt workbook, missing sheet.
 * Problems *inside* a readable file are issues on the result, never this error.
 */
export class LedgerFileError extends Error {
  /** The same message in Dutch, for the Dutch task pane. */
  readonly messageNl: string;

  /** `message` and `messageNl` each name the file, what is wrong and what to do. */
  constructor(message: string, messageNl: string) {
    super(message);
    this.name = "LedgerFileError";
    this.messageNl = messageNl;
  }
}
