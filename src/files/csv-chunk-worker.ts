/**
 * Worker-thread body for {@link CsvChunkWorker}: parses one part of a shared CSV buffer with the
 * browser-safe {@link parseCsvChunk} and hands the typed columns back by transfer (no copy). Node
 * only.
 */
import { parentPort } from "node:worker_threads";
import { parseCsvChunk } from "../analytics/fast-csv-chunk";
import type { CsvLayout } from "../analytics/fast-csv-layout";

/** A job: the whole file (shared memory) and the byte range to parse. */
export interface CsvChunkJob {
  id: number;
  bytes: Uint8Array;
  layout: CsvLayout;
  from: number;
  to: number;
}

parentPort?.on("message", (job: CsvChunkJob) => {
  try {
    const chunk = parseCsvChunk(job.bytes, job.layout, job.from, job.to, 2);
    const buffers = new Set<ArrayBuffer>([
      chunk.idStart.buffer,
      chunk.idEnd.buffer,
    ] as ArrayBuffer[]);
    for (const column of Object.values(chunk.columns))
      buffers.add((column as Uint8Array).buffer as ArrayBuffer);
    parentPort?.postMessage({ id: job.id, chunk }, [...buffers]);
  } catch (error) {
    parentPort?.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
