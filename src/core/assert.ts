/**
 * The one assertion helper of src/core. Core functions validate their inputs with {@link assert} and
 * throw a {@link CoreError} whose message names the offending value, so callers at the edges (ledger,
 * custom functions, CLI) can show it to a person unchanged.
 */

/**
 * An invalid input to a core function. `code` is a stable machine-readable key, e.g. `"day.invalid"`.
 * `message` is English; `messageNl` is its Dutch twin where a person may read the message in a Dutch
 * interface (an Excel serial in a ledger cell), and undefined elsewhere.
 */
export class CoreError extends Error {
  /** Stable key for the kind of failure (`"<module>.<problem>"`), for callers that map errors. */
  readonly code: string;
  /** The message in Dutch, when the assertion gave one. */
  readonly messageNl: string | undefined;

  constructor(code: string, message: string, messageNl?: string) {
    super(message);
    this.name = "CoreError";
    this.code = code;
    this.messageNl = messageNl;
  }
}

/**
 * Throws a {@link CoreError} with `code` and `message` unless `condition` is truthy.
 * The message should be a plain English sentence that names the bad value; `messageNl`, when given,
 * says the same in Dutch. Pass functions when the messages are built from the value: they are then
 * only built on failure, which keeps hot paths (a 100,000-row ledger calls these checks millions of
 * times) free of string work.
 */
export function assert(
  condition: unknown,
  code: string,
  message: string | (() => string),
  messageNl?: string | (() => string)
): asserts condition {
  if (!condition) {
    const text = (m: string | (() => string)): string => (typeof m === "function" ? m() : m);
    throw new CoreError(code, text(message), messageNl === undefined ? undefined : text(messageNl));
  }
}
