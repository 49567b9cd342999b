/**
 * What a ledger worker does with each message (see ledger-file-worker.ts), as a plain function over
 * its state so a test can run it without a Worker (structuredClone between, as postMessage does):
 * read a file; or take a ledger the page read itself, in slices of rows; or take a sheet's values
 * chunk by chunk as the host reads them (Excel's used range) and read the ledger from them here —
 * then hold that ledger and analyse it whenever the page asks (see analysis-job.ts).
 */
import { readLedger, type Ledger, type ReadLedgerOptions } from "../../../ledger";
import type { AnalysisMessage, Columns, FileJobMessage, LedgerWorkerRequest } from "./file-job";
import { analyseHeld, analysisMessages, transferables } from "./analysis-job";
import { postedError, postResult, runFileJob } from "./run-file-job";

/** How a worker posts to the page. */
export type PostToPage = (
  message: FileJobMessage | AnalysisMessage,
  transfer?: ArrayBuffer[]
) => void;

/** A new worker's message handler, posting with `post`. */
export function ledgerWorkerCore(post: PostToPage): (message: LedgerWorkerRequest) => void {
  /** The ledger this worker holds: the one it read, or the one the page fed it. */
  let held: Ledger | null = null;
  /** The columns of a ledger the page is feeding, slice by slice. */
  let fed: Partial<Record<keyof Columns, unknown[]>> = {};
  /** The rows of sheet values the page is feeding, chunk by chunk. */
  let values: unknown[][] = [];

  return (message) => {
    switch (message.kind) {
      case "read":
        void runFileJob(message.job, (m) => post(m)).then((result) => {
          held = result?.ledger ?? null;
        });
        return;
      case "rows":
        for (const [key, slice] of Object.entries(message.columns) as [
          keyof Columns,
          unknown[],
        ][]) {
          const column = (fed[key] ??= []);
          for (let i = 0; i < slice.length; i++) column.push(slice[i]);
        }
        return;
      case "rows-done":
        held = { length: message.length, columns: fed as Columns };
        fed = {};
        return;
      case "values":
        for (let i = 0; i < message.values.length; i++) values.push(message.values[i] as unknown[]);
        return;
      case "values-done":
        try {
          const result = readLedger(values, message.options as ReadLedgerOptions);
          values = [];
          held = result.ledger;
          postResult(result, post);
        } catch (error) {
          values = [];
          post({ kind: "error", error: postedError(error) });
        }
        return;
      case "analyse":
        try {
          if (!held) throw new Error("No ledger to analyse in the worker.");
          const posted = analyseHeld(held, message.request, message.settings);
          const buffers = transferables(posted);
          // The long lists in parts first (each a short task to receive), then the rest.
          for (const part of analysisMessages(message.id, posted))
            post(part, part.kind === "analysis" ? buffers : undefined);
        } catch (error) {
          post({ kind: "analysis-error", id: message.id, error: postedError(error) });
        }
        return;
    }
  };
}
