/**
 * `openstaand report --json | head`: when the reader of standard output goes away, the built CLI
 * stops quietly with exit status 141 (128 + SIGPIPE, as `yes | head` does) instead of dying on an
 * unhandled EPIPE error with a stack trace. Through the built CLI, as a user runs it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireBuiltCli } from "./built-cli";

/** An open-items CSV of `n` customers with one overdue invoice each: a report JSON far above 64 KB. */
function ledgerCsv(n: number): string {
  const lines = ["Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand"];
  for (let i = 1; i <= n; i++)
    lines.push(`F${i};D${i};Klant ${i} B.V.;2026-09-01;2026-10-01;${i},50;${i},50`);
  return lines.join("\n") + "\n";
}

describe("the reader of standard output closes early", () => {
  beforeAll(() => requireBuiltCli());

  it("report --json stops with status 141 and no error text", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-pipe-"));
    const file = path.join(dir, "open.csv");
    writeFileSync(file, ledgerCsv(4000));
    const child = spawn(
      process.execPath,
      [path.resolve("bin/openstaand.cjs"), "report", file, "--json", "--as-of", "2026-12-01"],
      { stdio: ["ignore", "pipe", "pipe"] }
    );
    let stderr = "";
    let first = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy(); // as `head -c` does once it has what it wants
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(first.startsWith('{"file":')).toBe(true);
    expect(code).toBe(141);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
  });
});
