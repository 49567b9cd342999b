/**
 * The ledger-file worker (a Web Worker of the workbench and the task pane): reads one file per job
 * with the full reader, off the page's main thread, and posts progress and the result (see
 * file-job.ts). The page stops a read by terminating the worker, which ends it at once.
 */
import "./worker-no-eval";
import type { FileJob, FileJobMessage } from "./file-job";
import { runFileJob } from "./run-file-job";

/** The worker's global scope (the project's lib is DOM, not WebWorker: only what is used). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FileJob>) => void) | null;
  postMessage(message: FileJobMessage): void;
};

scope.onmessage = (event) => {
  void runFileJob(event.data, (message) => scope.postMessage(message));
};
