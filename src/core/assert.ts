/**
 * The one assertion helper of src/core. Core functions validate their inputs with {@link assert} and
 * throw a {@link CoreError} whose message names the offending value, so callers at the edges (ledger,
 * custom functions, CLI) can show it to a person unchanged.
 */

/** An invalid input to a core function. `code` is a stable machine-readable key, e.g. `"day.invalid"`. */
export class CoreError extends Error {
  /** Stable key for the kind of failure (`"<module>.<problem>"`), for callers that map errors. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "CoreError";
    this.code = code;
  }
}

/**
 * Throws a {@link CoreError} with `code` and `message` unless `condition` is truthy.
 * The message should be a plain English sentence that names the bad value. Pass a function when the
 * message is built from the value: it is then only built on failure, which keeps hot paths (a
 * 100,000-row ledger calls these checks millions of times) free of string work.
 */
export function assert(
  condition: unknown,
  code: string,
  message: string | (() => string)
): asserts condition {
  if (!condition) throw new CoreError(code, typeof message === "function" ? message() : message);
}
