// Twins of test/cli/conventions.test.ts through the real entry point: the built bundle
// (bin/openstaand.cjs, after `npm run build:cli`) run as a process, standard input a real pipe and
// standard error not a terminal (so no progress line).
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, "bin/openstaand.cjs");

/** Runs the CLI with `stdin` piped in; resolves with the exit code and output. */
function cli(args: string[], cwd: string, stdin?: Uint8Array) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("conventions of the built CLI", () => {
  let dir = "";
  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, "dist/cli/openstaand.cjs")))
      throw new Error("Build the CLI first: npm run build:cli");
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-conventions-"));
    await exec(process.execPath, [BIN, "demo", "--out", dir]);
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("--version prints package.json's version", async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const run = await cli(["--version"], dir);
    expect(run).toEqual({ code: 0, stdout: `openstaand ${pkg.version}\n`, stderr: "" });
  });

  it("an unknown command exits 2 and lists every command", async () => {
    const run = await cli(["raport", "demo.csv"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^openstaand: unknown command "raport"\. The commands are:\n/);
    for (const name of ["check", "report", "remind", "handoff", "demo", "help"])
      expect(run.stderr).toMatch(new RegExp(`^  ${name}\\s{2,}\\S`, "m"));
  });

  it("cat file | openstaand check - --json equals check file --json, named stdin", async () => {
    const file = await cli(["check", "demo.csv", "--json"], dir);
    const piped = await cli(
      ["check", "-", "--json"],
      dir,
      readFileSync(path.join(dir, "demo.csv"))
    );
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    const a = JSON.parse(file.stdout) as Record<string, unknown>;
    const b = JSON.parse(piped.stdout) as Record<string, unknown>;
    expect(b.file).toBe("stdin");
    expect({ ...b, file: "demo.csv" }).toEqual(a);
    // The xlsx too, recognised by its content.
    const xlsx = await cli(
      ["check", "-", "--json"],
      dir,
      readFileSync(path.join(dir, "demo.xlsx"))
    );
    expect(xlsx.code).toBe(0);
    expect((JSON.parse(xlsx.stdout) as { rows: number }).rows).toBe(a.rows);
  });

  it("a missing required option exits 2 naming it", async () => {
    const handoff = await cli(["handoff", "demo.csv", "--as-of", "2026-11-20"], dir);
    expect(handoff.code).toBe(2);
    expect(handoff.stderr).toContain("--customers");
    const demo = await cli(["demo"], dir);
    expect(demo.code).toBe(2);
    expect(demo.stderr).toContain("--out");
  });
});
