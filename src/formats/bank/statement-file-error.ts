/**
 * A bank statement file that cannot be read: not CAMT.053 or MT940, malformed, or whose own balances
 * do not add up. Each message names the file's place (line, statement, entry), the value and what to do.
 */
export class StatementFileError extends Error {
  /** The same message in Dutch, for the Dutch task pane and CLI. */
  readonly messageNl: string;

  constructor(message: string, messageNl: string) {
    super(message);
    this.name = "StatementFileError";
    this.messageNl = messageNl;
  }
}
