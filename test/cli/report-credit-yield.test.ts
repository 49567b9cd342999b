// `openstaand report --settings FILE`: the settings' creditYield inputs reach the report (what
// better credit control yields), through the built CLI as a user runs it, on the IBM sample.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { builtCliOk, requireBuiltCli, runBuiltCli } from "./built-cli";

const IBM = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

interface YieldJson {
  metrics: { sales: number; salesDays: number; writtenOff12m: number };
  creditYield: {
    dsoReductionDays: number;
    financingRatePct: number;
    badDebtTargetPct: number;
    cashReleased: number | null;
    financingSaved: number | null;
    badDebtSaved: number | null;
    yearly: number | null;
    lines: { key: string; label: string; amount: number | null; how: string }[];
  };
}

describe("openstaand report --settings: what better credit control yields", () => {
  beforeAll(() => requireBuiltCli());
  const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-yield-"));

  it("takes N, the interest rate and the target from the settings file", async () => {
    const settings = path.join(dir, "instellingen.json");
    writeFileSync(
      settings,
      JSON.stringify({
        creditYield: { dsoReductionDays: 20, financingRateBp: 825, badDebtTargetBp: 0 },
      })
    );
    const run = await builtCliOk(["report", IBM, "--json", "--settings", settings], dir);
    const json = JSON.parse(run.stdout) as YieldJson;
    const y = json.creditYield;
    expect([y.dsoReductionDays, y.financingRatePct, y.badDebtTargetPct]).toEqual([20, 8.25, 0]);
    // sales × 20 ÷ days, half up to the cent; then × 8,25 %, half up.
    const salesCents = Math.round(json.metrics.sales * 100);
    const released = Math.floor(
      (salesCents * 20 * 2 + json.metrics.salesDays) / (2 * json.metrics.salesDays)
    );
    expect(Math.round(y.cashReleased! * 100)).toBe(released);
    expect(Math.round(y.financingSaved! * 100)).toBe(
      Math.floor((released * 825 * 2 + 10_000) / 20_000)
    );
    expect(y.lines[0]?.how).toContain(`÷ ${json.metrics.salesDays} × 20 dagen =`);
    // The sample writes nothing off: at a target of 0 % there is nothing to save.
    expect(json.metrics.writtenOff12m).toBe(0);
    expect(y.badDebtSaved).toBe(0);
    // Without --settings: the defaults (10 days, 6 %, 1 %).
    const plain = JSON.parse(
      (await builtCliOk(["report", IBM, "--json"], dir)).stdout
    ) as YieldJson;
    expect(plain.creditYield.dsoReductionDays).toBe(10);
    expect(plain.creditYield.financingRatePct).toBe(6);
  }, 120_000);

  it("refuses a settings file with a bad yield input, naming the key", async () => {
    const bad = path.join(dir, "fout.json");
    writeFileSync(bad, JSON.stringify({ creditYield: { financingRateBp: 6.5 } }));
    const run = await runBuiltCli(["report", IBM, "--json", "--settings", bad], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/creditYield\.financingRateBp/);
  }, 120_000);
});
