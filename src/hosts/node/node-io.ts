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

/** Reads a file in chunks, telling `onBytes` the bytes read so far after each. */
async function readFileInChunks(
  path: string,
  onBytes: (bytes: number) => void
): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    // A folder or a device: read as before (which fails with EISDIR for a folder).
    if (!(await handle.stat()).isFile()) return await readFile(path);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(READ_CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      onBytes(total);
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
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
    onBytes && process.stderr.isTTY ? readFileInChunks(path, onBytes) : readFile(path),
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
    csvWorker ??= CsvChunkWorker.start(bundledWorkerFile()).catch(() => null);
    const worker = await csvWorker;
    // Without a worker thread (it could not start) the same reader runs on this thread.
    return worker === null ? fastCsvFrame(bytes) : parallelCsvFrame(sharedBytes(bytes), worker);
  },
};
