/**
 * What passes between the page and the ledger-file worker, and both ends of it as plain functions
 * (so a test can run the worker's side and the page's side without a Worker between them).
 *
 * The worker runs the one full reader (readLedgerFile) and posts its progress; the result goes back
 * in slices of rows, so no single message takes the page long to receive: a message is copied
 * (structured clone) on the page's main thread when it arrives, and each arrival is a task of its
 * own, so a million rows arrive as fifty short tasks instead of one long one. Errors go back as
 * their name and bilingual texts and are rebuilt as the same classes, so the pane's error bar reads
 * them as it reads errors of a read on the page. This file is the page's side (no reader in it, so
 * the page's bundle stays small); run-file-job.ts is the worker's.
 */
import {
  LedgerError,
  type LedgerIssue,
  type LedgerReadResult,
  type ReadLedgerOptions,
} from "../../../ledger";
import {
  LedgerFileError,
  type FileReadProgress,
  type LedgerFileResult,
  type ReadLedgerFileOptions,
} from "../../../formats";
import type { Settings } from "../../../app";
import type { AnalysisRequest, PostedAnalysis } from "./analysis-job";

/** The page asks the worker to read one file. */
export interface FileJob {
  /** A File or Blob: posting it passes a handle, the worker reads the bytes itself. */
  file: Blob;
  name: string;
  options: ReadLedgerFileOptions;
}

export type Columns = LedgerReadResult["ledger"]["columns"];
/** The result without its rows and issues (a sheet's values give no file fields: kind, …). */
export type ResultHead = Omit<LedgerReadResult, "ledger" | "issues"> &
  Partial<Omit<LedgerFileResult, keyof LedgerReadResult>> & { length: number };

/** Rebuilt on the page as the class it was in the worker. */
export interface PostedError {
  name: string;
  message: string;
  messageNl: string | null;
  headers: readonly string[];
  sample: readonly (readonly unknown[])[];
}

/**
 * What the page posts to a ledger worker: a file to read; or a ledger of the page's own (the demo)
 * in slices of rows, then its length; or a sheet's values chunk by chunk as the host reads them,
 * then the reader's options (the worker reads the ledger); then analyses of the ledger it holds.
 */
export type LedgerWorkerRequest =
  | { kind: "read"; job: FileJob }
  | { kind: "rows"; columns: Partial<Record<keyof Columns, unknown[]>> }
  | { kind: "rows-done"; length: number }
  | { kind: "values"; values: unknown[][] }
  | { kind: "values-done"; options: ReadLedgerOptions }
  | { kind: "analyse"; id: number; request: AnalysisRequest; settings: Settings };

/** What a ledger worker posts back about an analysis (see analysis-job.ts): its long lists in
 * parts first, each a message of its own, then the rest. */
export type AnalysisMessage =
  | { kind: "analysis-part"; id: number; path: string; items: unknown[] }
  | { kind: "analysis"; id: number; posted: PostedAnalysis }
  | { kind: "analysis-error"; id: number; error: PostedError };

/** One message from the worker about a file it reads. */
export type FileJobMessage =
  | { kind: "progress"; progress: FileReadProgress }
  | { kind: "rows"; columns: Partial<Record<keyof Columns, unknown[]>> }
  | { kind: "issues"; issues: LedgerIssue[] }
  | { kind: "done"; head: ResultHead }
  | { kind: "error"; error: PostedError };

/** The error as the reader threw it in the worker: LedgerError, LedgerFileError or an Error. */
export function rebuiltError(posted: PostedError): Error {
  if (posted.name === "LedgerError")
    return new LedgerError(
      posted.message,
      posted.headers,
      posted.messageNl ?? posted.message,
      posted.sample
    );
  if (posted.name === "LedgerFileError")
    return new LedgerFileError(posted.message, posted.messageNl ?? posted.message);
  const error = new Error(posted.message);
  error.name = posted.name;
  return error;
}

/**
 * The page's side: takes the worker's messages in order and gives the result once it is whole.
 * Rows are appended as they arrive (each slice in the task that received it), so the end costs
 * no copy of the whole ledger.
 */
export class FileJobAssembler {
  private readonly columns: Partial<Record<keyof Columns, unknown[]>> = {};
  private readonly issues: LedgerIssue[] = [];

  /**
   * Takes one message: a progress report is returned as it is, the last message gives the
   * result; an error message throws the rebuilt error.
   */
  take(
    message: FileJobMessage
  ):
    | { kind: "progress"; progress: FileReadProgress }
    | { kind: "result"; result: LedgerFileResult }
    | null {
    switch (message.kind) {
      case "progress":
        return message;
      case "rows":
        for (const [key, slice] of Object.entries(message.columns) as [
          keyof Columns,
          unknown[],
        ][]) {
          const column = (this.columns[key] ??= []);
          for (let i = 0; i < slice.length; i++) column.push(slice[i]);
        }
        return null;
      case "issues":
        for (let i = 0; i < message.issues.length; i++)
          this.issues.push(message.issues[i] as LedgerIssue);
        return null;
      case "done": {
        const { length, ...rest } = message.head;
        const ledger = { length, columns: this.columns as Columns };
        // A file's result has its file fields (kind, …); a sheet's values have none.
        const result = { ...rest, ledger, issues: this.issues } as LedgerFileResult;
        return { kind: "result", result };
      }
      case "error":
        throw rebuiltError(message.error);
    }
  }
}
