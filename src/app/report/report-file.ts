/**
 * Use-case: a ledger file's report — file bytes → frame (fast columnar reader or full ledger
 * reader) → report model on the right day → HTML, JSON or console text — as `openstaand report`
 * writes it. Large plain CSV exports go through the fast columnar reader (a million rows in well
 * under a second, on more than one thread when the host offers it) when it reads them exactly as
 * the full reader would — same rows, values and customers, and nothing the full reader would report
 * as an issue: the scanner refuses doubtful rows as it reads them, {@link fastFrameMismatch} checks
 * the header, first rows and columns without another pass over the bytes;
 * workbooks of that size stream their sheet straight into the frame on the same rule
 * (streamXlsxFrame: the same frame as the full reader, or it declines and says why);
 * every other file, and any file the fast reader declines, goes through readLedgerFile, which
 * handles every messy export and reports its doubts per row (about 40,000 rows a second).
 */
import {
  fastCsvFrame,
  readCsvLayout,
  fastEncodingDoubt,
  fastFrameMismatch,
  jsonChunks,
  type FastCsvFrame,
  detectFileKind,
  readLedgerFile,
  streamXlsxFrame,
  FastPathUnsupported,
  type ReadLedgerFileOptions,
} from "../../formats";
import {
  buildReportFromFrame,
  frameFromLedger,
  NO_DAY,
  type ReceivablesFrame,
  type ReportModel,
  type ReportOptions,
} from "../../analytics";
import { fromEpochDay, type IsoDay } from "../../core";

export {
  CONSOLE_COLUMNS,
  reportJson,
  reportSummaryHtml,
  reportSummaryLines,
  reportText,
  wrapLine,
} from "../../documents";

/**
 * The fast reader on more than one thread, when the host has threads (Node: a worker thread);
 * throws FastPathUnsupported as fastCsvFrame does.
 */
export interface FastCsvReader {
  fastCsvFrame?(bytes: Uint8Array): Promise<FastCsvFrame>;
}

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

function kindOf(
  file: string,
  bytes: Uint8Array,
  kind: ReadLedgerFileOptions["kind"]
): "csv" | "xlsx" | null {
  try {
    return detectFileKind(file, bytes, kind);
  } catch {
    return null; // the full reader says what is wrong with the file
  }
}

const isCsv = (file: string, bytes: Uint8Array, kind: ReadLedgerFileOptions["kind"]): boolean =>
  kindOf(file, bytes, kind) === "csv";

/** Reads `bytes` (named `file`) for a report; `minBytes` is where the fast reader starts. */
export async function readReportInput(
  bytes: Uint8Array,
  file: string,
  options: ReadLedgerFileOptions,
  io: FastCsvReader,
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
      declined = fastEncodingDoubt(bytes, layout);
      const frame =
        declined !== null
          ? null
          : io.fastCsvFrame
            ? await io.fastCsvFrame(bytes)
            : fastCsvFrame(bytes);
      if (frame !== null) declined = fastFrameMismatch(bytes, layout, frame);
      if (frame !== null && declined === null) {
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
  if (plain && bytes.length >= minBytes && kindOf(file, bytes, kind) === "xlsx") {
    // The workbook's sheet streamed straight into the frame, when it reads exactly as the full
    // reader would (streamXlsxFrame); otherwise it says why and the full reader reads it.
    try {
      const frame = await streamXlsxFrame(bytes, file, options.sheet);
      return { frame, rows: frame.length, issues: 0, rejected: 0, reader: "fast", declined: null };
    } catch (error) {
      if (!(error instanceof FastPathUnsupported)) throw error;
      declined = error.message;
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

/**
 * `value` as `openstaand report --json` writes it, in pieces to write one after the other: compact
 * JSON serialised as it is written (see jsonChunks), or indented by two spaces (--pretty); then a
 * line end.
 */
export function* jsonText(value: unknown, pretty = false): Generator<string> {
  if (pretty) yield JSON.stringify(value, null, 2);
  else yield* jsonChunks(value);
  yield "\n";
}

/** How the report is built (ageing edges and basis, months of the DSO family), the day aside. */
export type FileReportOptions = Omit<ReportOptions, "asOf">;

/**
 * The reporting day: `asOf` when given; otherwise today when the ledger has open items, and for a
 * ledger of settled invoices only (a payment history) its last invoice day, so the report shows the
 * receivables as they stood when the history ends rather than an empty ledger.
 */
export function defaultAsOf(model: Pick<ReportModel, "frame">, today: IsoDay): IsoDay {
  const frame = model.frame;
  let last = -Infinity;
  let anyOpen = false;
  for (let i = 0; i < frame.length; i++) {
    if (frame.open[i] !== 0 && frame.writtenOff[i] === 0) anyOpen = true;
    last = Math.max(last, frame.invoiceDay[i] as number);
  }
  return anyOpen || last === NO_DAY || last === -Infinity ? today : fromEpochDay(last);
}

/**
 * The report model of a read file on `asOf`, or (without it) on {@link defaultAsOf} of `today`.
 */
export function fileReport(
  input: Pick<ReportInput, "frame">,
  options: FileReportOptions,
  asOf: IsoDay | undefined,
  today: () => IsoDay
): ReportModel {
  const { frame } = input;
  let model = buildReportFromFrame(frame, { ...options, asOf: asOf ?? today() });
  if (asOf === undefined) {
    const day = defaultAsOf(model, model.asOf);
    if (day !== model.asOf) model = buildReportFromFrame(frame, { ...options, asOf: day });
  }
  return model;
}
