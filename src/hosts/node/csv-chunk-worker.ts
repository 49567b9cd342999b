/**
 * Worker-thread body for {@link CsvChunkWorker}: parses one part of a shared CSV buffer with the
 * browser-safe {@link parseCsvChunk}, into the shared columns it is given; columns of its own (when
 * the rows did not fit) go back by transfer. Either way nothing is copied. Node only.
 */
import { parentPort } from "node:worker_threads";
import { parseCsvChunk, type ChunkTarget, type CsvLayout } from "../../formats";

/** A job: the whole file (shared memory) and the byte range to parse. */
export interface CsvChunkJob {
  id: number;
  bytes: Uint8Array;
  layout: CsvLayout;
  from: number;
  to: number;
  /** Shared columns to write the rows into. */
  target?: ChunkTarget;
}

parentPort?.on("message", (job: CsvChunkJob) => {
  try {
    const chunk = parseCsvChunk(job.bytes, job.layout, job.from, job.to, 2, job.target);
    // Shared memory is shared by posting it; only the worker's own arrays are transferred.
    const buffers = new Set<ArrayBuffer>();
    for (const column of [chunk.idStart, ...Object.values(chunk.columns)]) {
      const buffer = (column as Uint8Array).buffer;
      if (buffer instanceof ArrayBuffer) buffers.add(buffer);
    }
    parentPort?.postMessage({ id: job.id, chunk }, [...buffers]);
  } catch (error) {
    parentPort?.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
