/**
 * Reading the ledger argument of a command: a file, or "-" for standard input (shown in messages
 * as "stdin" / "standaardinvoer"), with a live progress line on a terminal while a read is slow.
 */
import type { CliIo } from "../hosts/node";
import { describeFailure } from "./describe-failure";
import { UsageError } from "./cli-args";

/** The file argument that reads standard input. */
export const STDIN_ARGUMENT = "-";

/** The name of the ledger in messages: the path, or "stdin" / "standaardinvoer" for "-". */
export function inputName(path: string, lang: "nl" | "en"): string {
  if (path !== STDIN_ARGUMENT) return path;
  return lang === "nl" ? "standaardinvoer" : "stdin";
}

/** A read shows its progress line once it has taken this long (milliseconds). */
export const PROGRESS_AFTER_MS = 1000;
/** The line is redrawn at most this often (milliseconds). */
const REDRAW_MS = 100;

/** The progress line of one read: bytes while they come in, then rows; `done` clears it. */
export interface ReadProgress {
  bytes(count: number): void;
  rows(count: number): void;
  done(): void;
}

const NO_PROGRESS: ReadProgress = { bytes: () => {}, rows: () => {}, done: () => {} };

/**
 * The progress line of reading `name`: nothing unless standard error is a terminal; then, from a
 * second after the start, "name: 12.3 MB read" / "name: 120,000 rows read" rewritten in place
 * (carriage return, erase to the end of the line) and erased by `done`.
 */
export function readProgress(io: CliIo, name: string, lang: "nl" | "en"): ReadProgress {
  if (io.stderrIsTty !== true) return NO_PROGRESS;
  const now = io.now ?? (() => performance.now());
  const start = now();
  let shown = false;
  let lastDraw = -Infinity;
  let text = "";
  const locale = lang === "nl" ? "nl-NL" : "en";
  const draw = (force: boolean): void => {
    const t = now();
    if (t - start < PROGRESS_AFTER_MS) return;
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    shown = true;
    io.stderr(`\r${text}\u001b[K`);
  };
  return {
    bytes(count) {
      const mb = (count / (1024 * 1024)).toLocaleString(locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      text = lang === "nl" ? `${name}: ${mb} MB gelezen…` : `${name}: ${mb} MB read…`;
      draw(false);
    },
    rows(count) {
      const n = count.toLocaleString(locale);
      text = lang === "nl" ? `${name}: ${n} regels gelezen…` : `${name}: ${n} rows read…`;
      draw(true);
    },
    done() {
      if (shown) io.stderr("\r\u001b[K");
      shown = false;
    },
  };
}

/**
 * The bytes of the ledger argument `path` ("-": standard input). A file that cannot be read throws
 * an error naming it, in English and Dutch; "-" where the io has no standard input is a usage error.
 */
export async function readLedgerBytes(
  path: string,
  io: CliIo,
  progress: ReadProgress = NO_PROGRESS
): Promise<Uint8Array> {
  const onBytes = (count: number): void => progress.bytes(count);
  let bytes: Uint8Array;
  if (path === STDIN_ARGUMENT) {
    if (!io.readStdin) throw new UsageError('"-" (standard input) cannot be read here.');
    bytes = await io.readStdin(onBytes);
  } else {
    try {
      bytes = await io.readFile(path, onBytes);
    } catch (error) {
      throw Object.assign(new Error(`cannot read ${path}: ${describeFailure(error)}`), {
        messageNl: `kan ${path} niet lezen: ${describeFailure(error, "nl")}`,
      });
    }
  }
  progress.bytes(bytes.length);
  return bytes;
}
