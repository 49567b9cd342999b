/**
 * The ledger worker (a Web Worker of the workbench and the task pane). It reads one file with the
 * full reader, off the page's main thread, and posts progress and the result (see file-job.ts); or
 * it is fed a ledger the page read itself (the demo) in slices of rows, or a sheet's values chunk
 * by chunk as Excel gives them, and reads the ledger from those here. It then holds that ledger and
 * analyses it whenever the page asks (see analysis-job.ts), so neither the read nor the analysis
 * ever runs on the page. The page stops a read by terminating the worker, which ends it at once; it
 * terminates a worker whose ledger it no longer shows. What it does is ledger-worker-core.ts.
 */
import "./worker-no-eval";
import type { LedgerWorkerRequest } from "./file-job";
import { ledgerWorkerCore, type PostToPage } from "./ledger-worker-core";

/** The worker's global scope (the project's lib is DOM, not WebWorker: only what is used). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LedgerWorkerRequest>) => void) | null;
  postMessage: PostToPage;
};

const handle = ledgerWorkerCore((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
