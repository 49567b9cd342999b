// The control totals split per currency through the real entry point: the built bundle
// (bin/openstaand.cjs, after `npm run build:cli`) run as a process on a two-currency file. The unit
// tests call checkJson directly; this twin checks what a user's script gets on stdout.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, "bin/openstaand.cjs");

/** An export with euro and dollar invoices (CRLF, semicolons, Dutch amounts) and one bad row. */
const CSV = [
  "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Valuta",
  "F1;100;Bakkerij Jansen;01-10-2026;31-10-2026;5.000,00;5.000,00;EUR",
  "F2;101;Garage De Vries;15-10-2026;14-11-2026;3.000,00;3.000,00;EUR",
  "F3;100;Bakkerij Jansen;20-11-2026;20-12-2026;1.200,00;1.200,00;EUR",
  "F4;200;Acme Inc.;01-11-2026;01-12-2026;700,00;700,00;USD",
  "F5;201;Globex Corp.;02-11-2026;32-12-2026;250,00;250,00;USD",
].join("\r\n");

describe("check --json on a two-currency file (built CLI)", () => {
  let dir = "";
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, "dist/cli/openstaand.cjs")))
      throw new Error("Build the CLI first: npm run build:cli");
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-currencies-"));
    writeFileSync(path.join(dir, "f.csv"), CSV);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints control { read, accepted, rejected } per currency beside the old fields", async () => {
    const { stdout } = await exec(process.execPath, [BIN, "check", "f.csv", "--json"], {
      cwd: dir,
    });
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json.currencies).toEqual(["EUR", "USD"]);
    expect(json.control).toEqual({
      read: {
        EUR: { rows: 3, amount: 9200, open: 9200 },
        USD: { rows: 2, amount: 950, open: 950 },
      },
      accepted: {
        EUR: { rows: 3, amount: 9200, open: 9200 },
        USD: { rows: 1, amount: 700, open: 700 },
      },
      rejected: { EUR: { rows: 0, amount: 0, open: 0 }, USD: { rows: 1, amount: 250, open: 250 } },
    });
    // The existing fields are unchanged.
    expect(json).toMatchObject({ file: "f.csv", rows: 5, accepted: 4, rejected: 1, blankRows: 0 });
    expect(json.totals).toEqual({ amount: 10150, open: 10150 });
  });

  it("the console check shows one control table per currency, never a € total of both", async () => {
    const { stdout } = await exec(process.execPath, [BIN, "check", "f.csv", "--lang", "nl"], {
      cwd: dir,
    }).catch((error: { stdout: string }) => error);
    expect(stdout).toContain("Controletotalen (EUR)");
    expect(stdout).toContain("Controletotalen (USD)");
    expect(stdout).toMatch(/gelezen\s+2\s+USD 950,00\s+USD 950,00/);
    expect(stdout).not.toContain("€ 10.150,00");
  });
});
