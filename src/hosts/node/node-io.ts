/**
 * The Node host of the CLI: the real console, file system, standard input, clock and the fast CSV
 * reader on a worker thread, as the {@link CliIo} port that `run()` of src/cli takes. The CLI's
 * webpack entry (src/cli/node-main.ts) wires the two together.
 */
import { existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fastCsvFrame } from "../../formats";
import { localDay } from "../../app";
import { findChartBundles } from "./chart-bundles";
import type { CliIo } from "./cli-io";
import { CsvChunkWorker, parallelCsvFrame } from "./csv-chunk-worker-pool";
import { sharedBytes } from "./shared-columns";

/**
 * The worker thread's script in the webpack bundle (dist/cli/csv-chunk-worker.cjs, next to
 * openstaand.cjs); undefined when running from the sources, where the pool finds it itself.
 */
function bundledWorkerFile(): string | undefined {
  const dir = typeof __dirname === "string" ? __dirname : undefined;
  const file = dir === undefined ? undefined : join(dir, "csv-chunk-worker.cjs");
  return file !== undefined && existsSync(file) ? file : undefined;
}

/** Started on the first large CSV, then reused; it does not keep the process alive when idle. */
let csvWorker: Promise<CsvChunkWorker | null> | undefined;

/** Bytes read per step while reporting progress. */
const READ_CHUNK = 4 * 1024 * 1024;

/**
 * Files from this size on (the fast CSV reader's, FAST_READER_MIN_BYTES) are read into shared
 * memory, so the reader's worker thread parses them without a copy of the file.
 */
const SHARED_FROM = 1024 * 1024;

/** The worker thread, started (once) while a large file that is no workbook is still being read. */
function startCsvWorker(): Promise<CsvChunkWorker | null> {
  csvWorker ??= CsvChunkWorker.start(bundledWorkerFile()).catch(() => null);
  return csvWorker;
}

/**
 * Reads a file: into a SharedArrayBuffer from {@link SHARED_FROM} bytes on, in chunks, telling
 * `onBytes` the bytes read so far after each; a small file as readFile reads it.
 */
async function readFileBytes(path: string, onBytes?: (bytes: number) => void): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    // A folder or a device: read as before (which fails with EISDIR for a folder).
    if (!info.isFile()) return await readFile(path);
    if (info.size < SHARED_FROM && !onBytes) return await handle.readFile();
    const size = info.size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let total = 0;
    while (total < size) {
      const { bytesRead } = await handle.read(
        bytes,
        total,
        Math.min(READ_CHUNK, size - total),
        null
      );
      if (bytesRead === 0) break;
      // A CSV: its worker thread starts while the rest is read (a workbook starts with "PK").
      if (total === 0 && size >= SHARED_FROM && !(bytes[0] === 0x50 && bytes[1] === 0x4b))
        void startCsvWorker();
      total += bytesRead;
      onBytes?.(total);
    }
    if (total < size) return bytes.subarray(0, total);
    // A file that grew while it was read: the rest too, as readFile reads to the end.
    const rest = await handle.readFile();
    return rest.length === 0 ? bytes : concatShared([bytes, rest], size + rest.length);
  } finally {
    await handle.close();
  }
}

function concatShared(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(new SharedArrayBuffer(total));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** Standard input to its end ("-" as the file argument). */
async function readStdin(onBytes?: (bytes: number) => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    total += chunk.length;
    onBytes?.(total);
  }
  return concat(chunks, total);
}

/** The real console and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path, onBytes) =>
    readFileBytes(path, onBytes && process.stderr.isTTY ? onBytes : undefined),
  readStdin,
  stderrIsTty: process.stderr.isTTY === true,
  writeFile: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  },
  listFolder: async (path) => {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) return null;
    const entries = await readdir(path, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  },
  // The default as-of day of every command ("default: today"): this machine's calendar day.
  today: () => localDay(new Date()),
  chartBundles: () => findChartBundles([process.cwd(), dirname(process.argv[1] ?? ".")]),
  fastCsvFrame: async (bytes) => {
    const worker = await startCsvWorker();
    // Without a worker thread (it could not start) the same reader runs on this thread.
    return worker === null ? fastCsvFrame(bytes) : parallelCsvFrame(sharedBytes(bytes), worker);
  },
};
