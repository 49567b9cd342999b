import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = process.cwd();
const IBM = path.resolve(ROOT, "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");
const TSX = path.resolve(ROOT, "node_modules/.bin/tsx");

describe("the CLI as a process", () => {
  it("runs via tsx src/cli/node-main.ts: JSON on stdout, exit 0", async () => {
    const { stdout } = await exec(TSX, ["src/cli/node-main.ts", "check", IBM, "--json"], {
      cwd: ROOT,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      rows: 2466,
      rejected: 0,
      totals: { amount: 147703.18 },
      dayOrder: "mdy",
    });
  });

  it("sets a non-zero exit code and writes to stderr for a missing file", async () => {
    const failure = (await exec(TSX, ["src/cli/node-main.ts", "check", "missing.csv"], {
      cwd: ROOT,
    }).catch((error: unknown) => error)) as { code?: number; stderr?: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("cannot read missing.csv");
  });

  it("bin/openstaand.cjs runs the built bundle, or asks for the build when it is missing", async () => {
    const built = existsSync(path.resolve(ROOT, "dist/cli/openstaand.cjs"));
    const result = (await exec(process.execPath, ["bin/openstaand.cjs", "--help"], {
      cwd: ROOT,
    }).catch((error: unknown) => error)) as { code?: number; stdout?: string; stderr?: string };
    if (built) {
      expect(result.stdout).toContain("openstaand check <file>");
    } else {
      expect(result.code).toBe(2);
      expect(result.stderr).toBe("Build the CLI first: npm run build:cli\n");
    }
  });
});
