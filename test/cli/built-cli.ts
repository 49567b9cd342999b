// The real entry point for the twin tests: the built bundle (bin/openstaand.cjs requires
// dist/cli/openstaand.cjs, made by `npm run build:cli`) run as a process, as a user runs it.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, "bin/openstaand.cjs");

/** What a run of the CLI gave: its exit code and output. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fails the suite early, with what to do, when the bundle has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(path.join(ROOT, "dist/cli/openstaand.cjs")))
    throw new Error("Build the CLI first: npm run build:cli");
}

/** Runs the built CLI in `cwd`; resolves whatever the exit code (a non-zero exit is not a throw). */
export async function runBuiltCli(args: readonly string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Runs the built CLI and fails, naming the command and its stderr, unless it exits 0. */
export async function builtCliOk(args: readonly string[], cwd: string): Promise<CliRun> {
  const run = await runBuiltCli(args, cwd);
  if (run.code !== 0)
    throw new Error(`openstaand ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  return run;
}
