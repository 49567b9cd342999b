/**
 * The worker's side of a file job (see file-job.ts): reads the file with the one full reader and
 * posts progress, the result in slices, or the error.
 */
import { readLedgerFile, type LedgerFileResult } from "../../../formats";
import type { LedgerError, LedgerReadResult } from "../../../ledger";
import type { Columns, FileJob, FileJobMessage, PostedError } from "./file-job";

/** Rows per slice of the result (× 33 columns of cloned values: a few ms to receive, also under load). */
export const ROWS_PER_MESSAGE = 2_000;
/** Issues per message (each a small object of six fields). */
const ISSUES_PER_MESSAGE = 20_000;

/**
 * Reads the job's file and posts progress, the result in slices, or the error; gives the result
 * (null after an error) so the worker can hold the ledger for its analyses.
 */
export async function runFileJob(
  job: FileJob,
  post: (message: FileJobMessage) => void
): Promise<LedgerFileResult | null> {
  try {
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    const result = await readLedgerFile(bytes, job.name, job.options, (progress) =>
      post({ kind: "progress", progress })
    );
    postResult(result, post);
    return result;
  } catch (error) {
    post({ kind: "error", error: postedError(error) });
    return null;
  }
}

/** Posts `result` as slices of rows, slices of issues, then the rest. */
export function postResult(
  result: LedgerReadResult | LedgerFileResult,
  post: (message: FileJobMessage) => void
): void {
  const { ledger, issues, ...rest } = result;
  const keys = Object.keys(ledger.columns) as (keyof Columns)[];
  // At least one slice, so an empty ledger arrives with its (empty) columns too.
  for (let from = 0; from === 0 || from < ledger.length; from += ROWS_PER_MESSAGE) {
    const columns: Partial<Record<keyof Columns, unknown[]>> = {};
    for (const key of keys)
      columns[key] = (ledger.columns[key] as unknown[]).slice(from, from + ROWS_PER_MESSAGE);
    post({ kind: "rows", columns });
  }
  for (let from = 0; from < issues.length; from += ISSUES_PER_MESSAGE)
    post({ kind: "issues", issues: issues.slice(from, from + ISSUES_PER_MESSAGE) });
  post({ kind: "done", head: { ...rest, length: ledger.length } });
}

/** The error as plain data (a class does not survive postMessage). */
export function postedError(error: unknown): PostedError {
  if (!(error instanceof Error))
    return { name: "Error", message: String(error), messageNl: null, headers: [], sample: [] };
  const { messageNl, headers, sample } = error as Partial<LedgerError>;
  return {
    name: error.name,
    message: error.message,
    messageNl: typeof messageNl === "string" ? messageNl : null,
    headers: Array.isArray(headers) ? [...headers] : [],
    // The sample rows are cell values (text, numbers, Dates): cloneable as they are.
    sample: Array.isArray(sample) ? sample : [],
  };
}
