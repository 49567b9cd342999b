/**
 * Reads a ledger file in a Web Worker (ledger-file-worker.ts) instead of on the page's main thread,
 * so the page stays responsive while a file of a million rows is read: the same reader and the same
 * result as readLedgerFile on the page, with progress (bytes and rows) and a cancel that works at
 * once (the worker is terminated; nothing of the read reaches the page). One worker per read: a
 * stopped read leaves nothing behind, and the worker's script is cached after the first file.
 */
import { HostError, type FileReadRequest } from "../../../app";
import type { LedgerFileResult, ReadLedgerFileOptions } from "../../../formats";
import { FileJobAssembler, type FileJobMessage, type LedgerWorkerRequest } from "./file-job";
import { holdLedger, newLedgerWorker } from "./ledger-worker";

/**
 * Reads `file` (named `name`) in a worker; rejects as readLedgerFile would throw, or with a
 * HostError "cancelled" when `read.signal` aborts (the worker is terminated there and then).
 */
export function readLedgerFileOffThread(
  file: Blob,
  name: string,
  options: ReadLedgerFileOptions = {},
  read: FileReadRequest = {}
): Promise<LedgerFileResult> {
  const { onProgress, signal } = read;
  const cancelled = (): HostError => new HostError("cancelled", "Cancelled", "Afgebroken");
  if (signal?.aborted) return Promise.reject(cancelled());
  const worker = newLedgerWorker();
  return new Promise<LedgerFileResult>((resolve, reject) => {
    const assembler = new FileJobAssembler();
    const finish = (): void => {
      signal?.removeEventListener("abort", abort);
    };
    const abort = (): void => {
      finish();
      worker.terminate();
      reject(cancelled());
    };
    signal?.addEventListener("abort", abort);
    worker.onmessage = (event: MessageEvent<FileJobMessage>) => {
      try {
        const taken = assembler.take(event.data);
        if (taken?.kind === "progress") onProgress?.(taken.progress);
        else if (taken?.kind === "result") {
          finish();
          // The worker keeps the ledger it read and analyses it (see ledger-worker.ts).
          holdLedger(taken.result.ledger, worker);
          // For the page's own timings (and the browser test's): when the ledger was whole here.
          performance.mark("openstaand:file-read");
          resolve(taken.result);
        }
      } catch (error) {
        finish();
        worker.terminate();
        reject(error);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      finish();
      worker.terminate();
      reject(
        new HostError(
          "host",
          `The file could not be read in the background: ${event.message || "the reader stopped"}.`,
          `Het bestand kon niet op de achtergrond worden gelezen: ${event.message || "het lezen is gestopt"}.`
        )
      );
    };
    const request: LedgerWorkerRequest = { kind: "read", job: { file, name, options } };
    worker.postMessage(request);
  });
}
