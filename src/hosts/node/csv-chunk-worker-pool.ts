/**
 * A Node worker thread that parses the second half of a CSV while the main thread parses the first:
 * the fast CSV path on two cores. The file and the columns are in shared memory (see
 * shared-columns), so neither thread copies the file and both write their rows in place; only rows
 * that did not fit come back by transfer. The result is the same frame as {@link fastCsvFrame}
 * (customers numbered in order of first appearance, last non-empty name). Node only: the browser
 * uses fastCsvFrame, which runs the same chunk parser on one thread.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  estimateRows,
  parseCsvChunk,
  type ChunkTarget,
  type CsvChunk,
  fastCsvFrame,
  frameFromCsvChunks,
  frameFromPlacedChunks,
  readCsvLayout,
  type CsvLayout,
  type FastCsvFrame,
} from "../../formats";
import type { FrameOptions } from "../../analytics";
import type { CsvChunkJob } from "./csv-chunk-worker";
import { rowsOf, sharedTarget } from "./shared-columns";

export { readFileShared, sharedBytes } from "./shared-columns";

type Reply = { id: number; chunk: CsvChunk } | { id: number; error: string };

/** One worker thread, started once and reused for every file (start-up costs ~0.1 s). */
export class CsvChunkWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private nextId = 0;
  /** Why the worker is gone, once it is. */
  private dead: string | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on("message", (reply: Reply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
    });
    // A worker that dies answers every job still waiting with an error (the caller falls back to
    // one thread) instead of leaving it waiting for ever.
    const fail = (why: string): void => {
      for (const [id, resolve] of this.waiting) resolve({ id, error: why });
      this.waiting.clear();
      this.dead = why;
    };
    worker.on("error", (error) => fail(`the worker thread failed: ${error.message}`));
    worker.on("exit", (code) => fail(`the worker thread stopped (exit code ${code})`));
    worker.unref();
  }

  /**
   * Starts the worker and waits until it runs. `file` is the worker's script (a bundle's own
   * entry); by default csv-chunk-worker next to this module (.js, or .ts under tsx).
   */
  static async start(file: string = defaultWorkerFile()): Promise<CsvChunkWorker> {
    // Under tsx (TypeScript sources) the worker needs tsx's require hook too.
    const worker = file.endsWith(".ts")
      ? new Worker(
          `require(${JSON.stringify(require_.resolve("tsx/cjs"))}); require(${JSON.stringify(file)});`,
          { eval: true }
        )
      : new Worker(file);
    await new Promise<void>((resolve, reject) => {
      worker.once("online", () => resolve());
      worker.once("error", reject);
    });
    return new CsvChunkWorker(worker);
  }

  /** Parses bytes[from, to) in the worker, into `target` (shared memory) when given. */
  parse(
    bytes: Uint8Array,
    layout: CsvLayout,
    from: number,
    to: number,
    target?: ChunkTarget
  ): Promise<Reply> {
    const id = this.nextId++;
    const job: CsvChunkJob = { id, bytes, layout, from, to, target };
    if (this.dead !== null) return Promise.resolve({ id, error: this.dead });
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.ref(); // an idle worker does not keep the process alive; a busy one must
      this.worker.postMessage(job);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

const here = import.meta.url; // not inside new URL(…): a bundler would take that for an asset
const require_ = createRequire(here);

function defaultWorkerFile(): string {
  const base = fileURLToPath(new URL("./csv-chunk-worker", here));
  return [".js", ".ts"].map((ext) => base + ext).find((f) => existsSync(f)) ?? base;
}

/**
 * The frame of a CSV in shared memory (see {@link readFileShared}), parsed half here and half in
 * `worker`, both straight into one set of shared columns (the worker's half behind room for the
 * first half's rows, estimated from the line lengths; the join moves it down and renumbers its
 * customers). Falls back to one thread for a buffer that is not shared; when a row is not plain,
 * the single-thread parser reruns to throw FastPathUnsupported with the file's own row number.
 */
export async function parallelCsvFrame(
  bytes: Uint8Array,
  worker: CsvChunkWorker,
  options: FrameOptions = {}
): Promise<FastCsvFrame> {
  const layout = readCsvLayout(bytes);
  const half = layout.dataStart + Math.floor((bytes.length - layout.dataStart) / 2);
  const newline = bytes.indexOf(10, half);
  const mid = newline < 0 ? bytes.length : newline + 1;
  if (!(bytes.buffer instanceof SharedArrayBuffer) || mid >= bytes.length)
    return fastCsvFrame(bytes, options);
  // Room for the first half's rows: the estimate has 5% to spare; if it is still short, that half
  // moves to arrays of its own and the join copies.
  const firstRows = estimateRows(bytes, layout.dataStart, mid);
  const secondRows = estimateRows(bytes, mid, bytes.length);
  const target = sharedTarget(firstRows + secondRows);
  const pending = worker.parse(
    bytes,
    layout,
    mid,
    bytes.length,
    rowsOf(target, firstRows, firstRows + secondRows)
  );
  let first: CsvChunk;
  try {
    first = parseCsvChunk(bytes, layout, layout.dataStart, mid, 2, rowsOf(target, 0, firstRows));
  } finally {
    await pending.catch(() => undefined);
  }
  const reply = await pending;
  if ("error" in reply) return fastCsvFrame(bytes, options);
  const second = reply.chunk;
  if (first.inTarget && second.inTarget)
    return frameFromPlacedChunks(
      bytes,
      layout,
      target,
      [
        { offset: 0, chunk: first },
        { offset: firstRows, chunk: second },
      ],
      options
    );
  return frameFromCsvChunks(bytes, layout, [first, second], options);
}
