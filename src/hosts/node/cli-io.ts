import type { IsoDay } from "../../core";
import type { ChartBundles } from "../../documents";
import type { FastCsvFrame } from "../../formats";

/**
 * What the CLI needs from the outside world, passed in so tests run it in-process with fakes and the
 * Node entry ({@link ./node-main}) wires the real console and file system.
 */
export interface CliIo {
  /** Writes text (callers include the line ends) to standard output. */
  stdout(text: string): void;
  /** Writes text to standard error. */
  stderr(text: string): void;
  /**
   * Reads a whole file; rejects when it is missing or unreadable. `onBytes` (when the io can)
   * hears the bytes read so far while a large file comes in, for the progress line.
   */
  readFile(path: string, onBytes?: (bytes: number) => void): Promise<Uint8Array>;
  /**
   * Reads standard input to its end (the file argument "-"); `onBytes` as for readFile. Without
   * it "-" is a usage error.
   */
  readStdin?(onBytes?: (bytes: number) => void): Promise<Uint8Array>;
  /**
   * Whether standard error is a terminal (Node: process.stderr.isTTY): only then does a slow read
   * show a live progress line there. Pipes, files and tests get none.
   */
  stderrIsTty?: boolean;
  /** Writes a whole file, creating its directory; needed only by `openstaand demo`. */
  writeFile?(path: string, data: Uint8Array): Promise<void>;
  /** The file names in a folder (not recursive), or null when `path` is not a folder. */
  listFolder?(path: string): Promise<string[] | null>;
  /**
   * Today's calendar day (local time): the default as-of day of `report` (with open items), `remind`
   * and `handoff`. The Node entry reads the clock; without it those commands need `--as-of`.
   */
  today?(): IsoDay;
  /** The vega, vega-lite and vega-embed browser bundles for the HTML report; null when not found. */
  chartBundles?(): Promise<ChartBundles | null>;
  /** Milliseconds from a fixed origin, for progress messages (default performance.now). */
  now?(): number;
  /**
   * The fast reader's frame of a plain CSV, on more than one thread (Node: a worker thread); throws
   * FastPathUnsupported as fastCsvFrame does. Without it the report uses fastCsvFrame (one thread).
   */
  fastCsvFrame?(bytes: Uint8Array): Promise<FastCsvFrame>;
}
