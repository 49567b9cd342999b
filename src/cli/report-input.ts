/**
 * The frame a report is built on, from a ledger file's bytes. Large plain CSV exports go through
 * the fast columnar reader (a million rows in well under a second, on more than one thread when the
 * CliIo offers it) when it reads them exactly as the full reader would — same rows, values and
 * customers, and nothing the full reader would report as an issue (see {@link fastFrameMismatch});
 * every other file, and any file the fast reader declines, goes through readLedgerFile, which
 * handles every messy export and reports its doubts per row (about 40,000 rows a second).
 */
import {
  fastCsvFrame,
  readCsvLayout,
  fastFrameMismatch,
  detectFileKind,
  readLedgerFile,
  type ReadLedgerFileOptions,
} from "../formats";
import { frameFromLedger, NO_DAY, type ReceivablesFrame } from "../analytics";
import type { CliIo } from "../hosts/node";

/** Files from this size on are tried on the fast reader (below it the full reader takes < 0.5 s). */
export const FAST_READER_MIN_BYTES = 1024 * 1024;

/** A frame and how it was read. */
export interface ReportInput {
  frame: ReceivablesFrame;
  /** Rows read into the frame. */
  rows: number;
  /** Issues and rejected rows of the full reader (both 0 on the fast reader, which takes no file that has any). */
  issues: number;
  rejected: number;
  reader: "fast" | "full";
  /** Why the fast reader was not used for a file large enough for it, or null. */
  declined: string | null;
}

function isCsv(file: string, bytes: Uint8Array, kind: ReadLedgerFileOptions["kind"]): boolean {
  try {
    return detectFileKind(file, bytes, kind) === "csv";
  } catch {
    return false; // the full reader says what is wrong with the file
  }
}

/** Reads `bytes` (named `file`) for a report; `minBytes` is where the fast reader starts. */
export async function readReportInput(
  bytes: Uint8Array,
  file: string,
  options: ReadLedgerFileOptions,
  io: Pick<CliIo, "fastCsvFrame">,
  minBytes = FAST_READER_MIN_BYTES
): Promise<ReportInput> {
  let declined: string | null = null;
  // Options that change how the full reader reads the file leave the fast reader out (a sheet
  // name means nothing to a CSV).
  const { kind } = options;
  const plain = Object.entries(options).every(
    ([key, value]) => key === "sheet" || key === "kind" || value === undefined
  );
  if (plain && bytes.length >= minBytes && isCsv(file, bytes, kind)) {
    try {
      const layout = readCsvLayout(bytes);
      const frame = io.fastCsvFrame ? await io.fastCsvFrame(bytes) : fastCsvFrame(bytes);
      declined = fastFrameMismatch(bytes, layout, frame);
      if (declined === null) {
        // As frameFromLedger has it: settled dates are "present" when some row has one.
        let settled = false;
        for (let i = 0; i < frame.length && !settled; i++) settled = frame.settledDay[i] !== NO_DAY;
        return {
          frame: { ...frame, has: { ...frame.has, settledDate: settled } },
          rows: frame.length,
          issues: 0,
          rejected: 0,
          reader: "fast",
          declined: null,
        };
      }
    } catch (error) {
      declined = error instanceof Error ? error.message : String(error);
    }
  }
  const result = await readLedgerFile(bytes, file, options);
  return {
    frame: frameFromLedger(result.ledger),
    rows: result.control.accepted,
    issues: result.issues.length,
    rejected: result.control.rejected,
    reader: "full",
    declined,
  };
}
