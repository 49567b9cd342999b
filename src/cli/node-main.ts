/**
 * Node entry of the CLI and of its webpack bundle (dist/cli/openstaand.cjs, which bin/openstaand.cjs
 * requires): wires {@link run} to the Node host ({@link nodeIo}: the real console, file system and
 * clock). Also runnable directly: `npx tsx src/cli/node-main.ts check file.csv --json`.
 */
import { nodeIo } from "../hosts/node";
import { run } from "./main";

/**
 * The reader of standard output went away (`openstaand report --json | head`): stop at once and
 * quietly, as Unix tools do when their pipe closes (exit status 141 = 128 + SIGPIPE, what a shell
 * reports for `yes | head`), instead of an unhandled EPIPE error with a stack trace.
 */
function stopWhenStdoutCloses(): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(141);
    throw error;
  });
}

/** Runs the CLI on `argv` (default: this process's arguments) and sets `process.exitCode`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  stopWhenStdoutCloses();
  const status = await run(argv, nodeIo);
  process.exitCode = status;
  return status;
}

// Started directly (tsx) rather than required by bin/openstaand.cjs, which calls main() itself.
if (/(node-main\.[cm]?[jt]s|dist[\\/]cli[\\/]openstaand\.cjs)$/.test(process.argv[1] ?? ""))
  void main();
