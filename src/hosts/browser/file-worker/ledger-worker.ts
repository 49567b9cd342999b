/**
 * The page's side of the ledger workers: one worker holds the ledger the pane shows (the worker that
 * read it — a file, or a sheet's values fed chunk by chunk — or one fed the ledger the page read)
 * and analyses it on request, so the
 * analysis (seconds for a few hundred thousand rows) never runs on the page's main thread. A worker
 * whose ledger the pane no longer shows is terminated; so is one whose read was cancelled.
 */
import {
  HostError,
  type ChunkedLedgerRead,
  type WorkbenchInput,
  type WorkbenchAnalysis,
  type Settings,
} from "../../../app";
import type { Ledger, LedgerReadResult, ReadLedgerOptions } from "../../../ledger";
import { AnalysisAssembler, rebuiltAnalysis, type AnalysisRequest } from "./analysis-job";
import {
  FileJobAssembler,
  rebuiltError,
  type AnalysisMessage,
  type Columns,
  type FileJobMessage,
  type LedgerWorkerRequest,
} from "./file-job";

/** Rows per slice when the page feeds a worker its own ledger (each slice a short task). */
const FEED_ROWS = 10_000;

/** A new ledger worker (webpack 5 turns this pattern into a worker chunk; same origin). */
export function newLedgerWorker(): Worker {
  return new Worker(new URL("./ledger-file-worker.ts", import.meta.url), {
    name: "openstaand-ledger",
  });
}

const cancelled = (): HostError => new HostError("cancelled", "Cancelled", "Afgebroken");

/** Lets the page's other tasks (input, painting) run between two slices. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A worker holding one ledger, with the analyses asked of it and not yet answered. */
class HeldLedger {
  private readonly pending = new Map<
    number,
    {
      ledger: Ledger;
      parts: AnalysisAssembler;
      resolve: (a: WorkbenchAnalysis) => void;
      reject: (e: unknown) => void;
    }
  >();
  private nextId = 1;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if (message.kind === "analysis-part") {
        waiting.parts.part(message.path, message.items);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === "analysis") {
        performance.mark("openstaand:analysis-received");
        waiting.resolve(rebuiltAnalysis(waiting.parts.whole(message.posted), waiting.ledger));
      } else waiting.reject(rebuiltError(message.error));
    };
    worker.onerror = (event: ErrorEvent) => {
      const error = new HostError(
        "host",
        `The analysis stopped in the background: ${event.message || "the worker failed"}.`,
        `De analyse is op de achtergrond gestopt: ${event.message || "de verwerking faalde"}.`
      );
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }

  analyse(ledger: Ledger, request: AnalysisRequest, settings: Settings) {
    return new Promise<WorkbenchAnalysis>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { ledger, parts: new AnalysisAssembler(), resolve, reject });
      this.post({ kind: "analyse", id, request, settings });
    });
  }

  post(message: LedgerWorkerRequest): void {
    this.worker.postMessage(message);
  }

  /** Terminates the worker; analyses still asked of it fail as cancelled. */
  retire(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(cancelled());
    this.pending.clear();
  }
}

/** The workers by the ledger they hold (the object the page has of it). */
const byLedger = new WeakMap<Ledger, HeldLedger>();
/** The one worker kept: the ledger shown last. */
let current: HeldLedger | null = null;

/** Keeps `worker`, which holds `ledger`, for its analyses; the worker kept before is terminated. */
export function holdLedger(ledger: Ledger, worker: Worker): void {
  const held = new HeldLedger(worker);
  current?.retire();
  current = held;
  byLedger.set(ledger, held);
}

/** Feeds `ledger` to a new worker in slices of rows, yielding to the page between slices. */
async function feed(ledger: Ledger): Promise<HeldLedger> {
  const worker = newLedgerWorker();
  const post = (message: LedgerWorkerRequest) => worker.postMessage(message);
  const keys = Object.keys(ledger.columns) as (keyof Columns)[];
  for (let from = 0; from === 0 || from < ledger.length; from += FEED_ROWS) {
    if (from > 0) await yieldToPage();
    const columns: Partial<Record<keyof Columns, unknown[]>> = {};
    for (const key of keys)
      columns[key] = (ledger.columns[key] as unknown[]).slice(from, from + FEED_ROWS);
    post({ kind: "rows", columns });
  }
  post({ kind: "rows-done", length: ledger.length });
  holdLedger(ledger, worker);
  return byLedger.get(ledger) as HeldLedger;
}

/**
 * Analyses `input` as analyseForWorkbench (src/app) does, in the worker that holds its ledger (fed
 * to a new worker first when the page read it itself): the same result, the page never blocked.
 */
export async function analyseOffThread(
  input: WorkbenchInput,
  settings: Settings
): Promise<WorkbenchAnalysis> {
  const held = byLedger.get(input.ledger) ?? (await feed(input.ledger));
  // Only what the analysis takes: the input may be a whole read result (issues, columns, …).
  const { asOf, dayBasis, today, records, administration, lastRun } = input;
  const request: AnalysisRequest = { asOf, dayBasis, today, records, administration };
  if (lastRun !== undefined) request.lastRun = lastRun;
  return held.analyse(input.ledger, request, settings);
}

/**
 * Reads a ledger from a sheet's values fed chunk by chunk (Excel's used range as it is read) in a
 * new ledger worker: each chunk is posted as it comes (one short task on the page), the worker
 * reads the ledger with the one reader (readLedger) and sends it back in slices, and keeps it for
 * its analyses (analyseOffThread then feeds it nothing). `newWorker`: tests pass a stand-in.
 */
export function ledgerFromChunksOffThread(
  newWorker: () => Worker = newLedgerWorker
): ChunkedLedgerRead {
  const worker = newWorker();
  let done = false;
  /** Rejects the read asked for (finish) when it is given up. */
  let giveUp: ((error: unknown) => void) | null = null;
  const post = (message: LedgerWorkerRequest) => worker.postMessage(message);
  return {
    push(values) {
      if (!done && values.length > 0) post({ kind: "values", values });
    },
    finish(options: ReadLedgerOptions) {
      done = true;
      return new Promise<LedgerReadResult>((resolve, reject) => {
        giveUp = reject;
        const assembler = new FileJobAssembler();
        worker.onmessage = (event: MessageEvent<FileJobMessage>) => {
          try {
            const taken = assembler.take(event.data);
            if (taken?.kind === "result") {
              holdLedger(taken.result.ledger, worker);
              performance.mark("openstaand:sheet-read");
              resolve(taken.result);
            }
          } catch (error) {
            worker.terminate();
            reject(error);
          }
        };
        worker.onerror = (event: ErrorEvent) => {
          worker.terminate();
          reject(
            new HostError(
              "host",
              `The sheet could not be read in the background: ${event.message || "the reader stopped"}.`,
              `Het blad kon niet op de achtergrond worden gelezen: ${event.message || "het lezen is gestopt"}.`
            )
          );
        };
        post({ kind: "values-done", options });
      });
    },
    cancel() {
      done = true;
      worker.terminate();
      giveUp?.(cancelled());
    },
  };
}
