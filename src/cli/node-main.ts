/**
 * Node entry of the CLI and of its webpack bundle (dist/cli/openstaand.cjs, which bin/openstaand.cjs
 * requires): wires {@link run} to the real console and file system. Also runnable directly:
 * `npx tsx src/cli/node-main.ts check file.csv --json`.
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { findChartBundles } from "./chart-bundles";
import { run } from "./main";
import type { CliIo } from "./cli-io";

/** The real console and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => readFile(path),
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
  chartBundles: () => findChartBundles([process.cwd(), dirname(process.argv[1] ?? ".")]),
};

/** Runs the CLI on `argv` (default: this process's arguments) and sets `process.exitCode`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const status = await run(argv, nodeIo);
  process.exitCode = status;
  return status;
}

// Started directly (tsx) rather than required by bin/openstaand.cjs, which calls main() itself.
if (/(node-main\.[cm]?[jt]s|dist[\\/]cli[\\/]openstaand\.cjs)$/.test(process.argv[1] ?? ""))
  void main();
