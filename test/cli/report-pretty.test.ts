/**
 * `report --json` prints one compact line (a million rows' report is 22 MB less to write); with
 * `--pretty` the same JSON indented. Through the built CLI, as a user runs it.
 */
import path from "node:path";
import { builtCliOk, requireBuiltCli } from "./built-cli";

const IBM = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

describe("report --json, compact unless --pretty", () => {
  beforeAll(() => requireBuiltCli());

  it("the same report, one line or indented", async () => {
    const args = ["report", IBM, "--json", "--as-of", "2014-01-01", "--lang", "en"];
    const compact = await builtCliOk(args, process.cwd());
    const pretty = await builtCliOk([...args, "--pretty"], process.cwd());
    expect(compact.stdout.endsWith("}\n")).toBe(true);
    expect(compact.stdout.trimEnd()).not.toContain("\n");
    expect(pretty.stdout).toContain('\n  "file": ');
    const report = JSON.parse(compact.stdout) as { file: string; metrics: { ar: number } };
    expect(JSON.parse(pretty.stdout)).toEqual(report);
    expect(report.file).toBe(IBM);
    expect(typeof report.metrics.ar).toBe("number");
  });
});
