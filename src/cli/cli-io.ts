/**
 * What the CLI needs from the outside world, passed in so tests run it in-process with fakes and the
 * Node entry ({@link ./node-main}) wires the real console and file system.
 */
export interface CliIo {
  /** Writes text (callers include the line ends) to standard output. */
  stdout(text: string): void;
  /** Writes text to standard error. */
  stderr(text: string): void;
  /** Reads a whole file; rejects when it is missing or unreadable. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole file, creating its directory; needed only by `openstaand demo`. */
  writeFile?(path: string, data: Uint8Array): Promise<void>;
}
