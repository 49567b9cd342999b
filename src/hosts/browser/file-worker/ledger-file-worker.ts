/**
 * The ledger worker (a Web Worker of the workbench and the task pane). It reads one file with the
 * full reader, off the page's main thread, and posts progress and the result (see file-job.ts); or
 * it is fed a ledger the page read itself (a host's sheet, the demo) in slices of rows. It then
 * holds that ledger and analyses it whenever the page asks (see analysis-job.ts), so neither the
 * read nor the analysis ever runs on the page. The page stops a read by terminating the worker,
 * which ends it at once; it terminates a worker whose ledger it no longer shows.
 */
import "./worker-no-eval";
import type { Ledger } from "../../../ledger";
import type { AnalysisMessage, Columns, FileJobMessage, LedgerWorkerRequest } from "./file-job";
import { analyseHeld, transferables } from "./analysis-job";
import { postedError, runFileJob } from "./run-file-job";

/** The worker's global scope (the project's lib is DOM, not WebWorker: only what is used). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LedgerWorkerRequest>) => void) | null;
  postMessage(message: FileJobMessage | AnalysisMessage, transfer?: ArrayBuffer[]): void;
};

/** The ledger this worker holds: the one it read, or the one the page fed it. */
let held: Ledger | null = null;
/** The columns of a ledger the page is feeding, slice by slice. */
let fed: Partial<Record<keyof Columns, unknown[]>> = {};

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.kind) {
    case "read":
      void runFileJob(message.job, (m) => scope.postMessage(m)).then((result) => {
        held = result?.ledger ?? null;
      });
      return;
    case "rows":
      for (const [key, slice] of Object.entries(message.columns) as [keyof Columns, unknown[]][]) {
        const column = (fed[key] ??= []);
        for (let i = 0; i < slice.length; i++) column.push(slice[i]);
      }
      return;
    case "rows-done":
      held = { length: message.length, columns: fed as Columns };
      fed = {};
      return;
    case "analyse":
      try {
        if (!held) throw new Error("No ledger to analyse in the worker.");
        const posted = analyseHeld(held, message.request, message.settings);
        scope.postMessage({ kind: "analysis", id: message.id, posted }, transferables(posted));
      } catch (error) {
        scope.postMessage({ kind: "analysis-error", id: message.id, error: postedError(error) });
      }
      return;
  }
};
