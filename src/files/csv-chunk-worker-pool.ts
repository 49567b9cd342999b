/**
 * A Node worker thread that parses the second half of a CSV while the main thread parses the first:
 * the fast CSV path on two cores. The file is read into shared memory, so neither thread copies it;
 * the worker's columns come back by transfer. The result is the same frame as {@link fastCsvFrame}
 * (customers numbered in order of first appearance, last non-empty name). Node only: the browser
 * uses fastCsvFrame, which runs the same chunk parser on one thread.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { parseCsvChunk, type CsvChunk } from "../analytics/fast-csv-chunk";
import { fastCsvFrame, frameFromCsvChunks } from "../analytics/fast-csv-frame";
import { readCsvLayout, type CsvLayout } from "../analytics/fast-csv-layout";
import type { FrameOptions, ReceivablesFrame } from "../analytics/receivables-frame";
import type { CsvChunkJob } from "./csv-chunk-worker";

type Reply = { id: number; chunk: CsvChunk } | { id: number; error: string };

/** Reads a file into a SharedArrayBuffer, so worker threads can read it without a copy. */
export function readFileShared(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const read = readSync(fd, bytes, done, size - done, done);
      if (read === 0) break;
      done += read;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** One worker thread, started once and reused for every file (start-up costs ~0.1 s). */
export class CsvChunkWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private nextId = 0;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on("message", (reply: Reply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
    });
    worker.unref();
  }

  /** Starts the worker and waits until it runs. */
  static async start(): Promise<CsvChunkWorker> {
    const base = fileURLToPath(new URL("./csv-chunk-worker", import.meta.url));
    const file = [".js", ".ts"].map((ext) => base + ext).find((f) => existsSync(f)) ?? base;
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

  /** Parses bytes[from, to) in the worker. */
  parse(bytes: Uint8Array, layout: CsvLayout, from: number, to: number): Promise<Reply> {
    const id = this.nextId++;
    const job: CsvChunkJob = { id, bytes, layout, from, to };
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

const require_ = createRequire(import.meta.url);

/**
 * The frame of a CSV in shared memory (see {@link readFileShared}), parsed half here and half in
 * `worker`. Falls back to one thread for a buffer that is not shared; when a row is not plain, the
 * single-thread parser reruns to throw FastPathUnsupported with the file's own row number.
 */
export async function parallelCsvFrame(
  bytes: Uint8Array,
  worker: CsvChunkWorker,
  options: FrameOptions = {}
): Promise<ReceivablesFrame> {
  const layout = readCsvLayout(bytes);
  const half = layout.dataStart + Math.floor((bytes.length - layout.dataStart) / 2);
  const newline = bytes.indexOf(10, half);
  const mid = newline < 0 ? bytes.length : newline + 1;
  if (!(bytes.buffer instanceof SharedArrayBuffer) || mid >= bytes.length)
    return fastCsvFrame(bytes, options);
  const pending = worker.parse(bytes, layout, mid, bytes.length);
  let first: CsvChunk;
  try {
    first = parseCsvChunk(bytes, layout, layout.dataStart, mid, 2);
  } finally {
    await pending.catch(() => undefined);
  }
  const reply = await pending;
  if ("error" in reply) return fastCsvFrame(bytes, options);
  return frameFromCsvChunks(bytes, layout, [first, reply.chunk], options);
}
