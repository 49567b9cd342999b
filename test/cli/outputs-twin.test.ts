// The Dutch outputs through the real entry point: the built bundle (bin/openstaand.cjs, after
// `npm run build:cli`) run as a process. A folder report in Dutch with one unreadable file, and a
// factoring hand-off that leaves out a consumer invoice and says why.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openCsv } from "../documents/dutch-spreadsheet";
import { requireBuiltCli, runBuiltCli } from "./built-cli";

const cli = runBuiltCli;

const LEDGER = [
  "Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Soort",
  "00049;Bakkerij De Zeeuw B.V.;000123;01-10-2026;31-10-2026;1.234,56;1.234,56;zakelijk",
  "00049;Bakkerij De Zeeuw B.V.;000124;01-11-2026;01-12-2026;500,00;500,00;zakelijk",
  "10020;J. de Vries;2026-0777;01-10-2026;31-10-2026;250,00;250,00;particulier",
  "10030;Oud Ijzer B.V.;2026-0100;01-06-2026;01-07-2026;990,00;990,00;zakelijk",
].join("\r\n");

describe("Dutch outputs of the built CLI", () => {
  let dir = "";
  beforeAll(async () => {
    requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-outputs-"));
    const demo = await cli(["demo", "--out", dir], dir);
    expect(demo.code).toBe(0);
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("report <folder> --lang nl: the failure in Dutch, every console line within 100 columns", async () => {
    const folder = path.join(dir, "klanten");
    mkdirSync(folder, { recursive: true });
    const name =
      "debiteurenlijst-van-installatiebedrijf-jansen-en-zonen-per-eind-november-2026.csv";
    writeFileSync(path.join(folder, name), readFileSync(path.join(dir, "demo.csv")));
    writeFileSync(path.join(folder, "kapot.xlsx"), "dit is geen werkmap");
    const run = await cli(["report", "klanten", "--lang", "nl", "--as-of", "2026-11-20"], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines[0]).toMatch(/^Bestand\s+Peildatum\s+Openstaand/);
    expect(run.stdout).toMatch(/^debiteurenlijst-van-\S*…\S*\.csv\s+20-11-2026\s+€ [\d.]+,\d\d/m);
    expect(run.stdout).toMatch(
      /^kapot\.xlsx\n {2}Fout: .*kapot\.xlsx is geen geldige Excel-werkmap/m
    );
    expect(run.stdout.replace(/\n/g, " ")).toContain(
      "1 bestand was niet te lezen (zie hierboven)."
    );
    // The reader message names the file once; the table names it above.
    expect(run.stdout).not.toMatch(/kapot\.xlsx: klanten/);
    expect(run.stderr).toMatch(/^openstaand: .*kapot\.xlsx is geen geldige Excel-werkmap/m);
    expect(run.stdout + run.stderr).not.toMatch(/cannot read|is not a valid/);
  }, 60_000);

  it("handoff --factoring leaves out the consumer and the old invoice, says why, keeps 00049", async () => {
    writeFileSync(path.join(dir, "ledger.csv"), `\uFEFF${LEDGER}\r\n`);
    const out = path.join(dir, "factoring");
    const run = await cli(
      [
        "handoff",
        "ledger.csv",
        "--factoring",
        "--format",
        "csv",
        "--as-of",
        "2026-11-20",
        "--out",
        out,
      ],
      dir
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^2 invoices of 1 debtor as of 2026-11-20 \(at most 90 days past due/
    );
    expect(run.stdout).toContain(
      "1 invoice (€250.00) on consumers: a factor finances business invoices only"
    );
    expect(run.stdout).toContain(
      "1 invoice (€990.00) more than 90 days past due: a factor does not advance on them"
    );
    expect(run.stdout).toContain("- 2026-0777 (customer 10020, €250.00): consumer");
    expect(run.stdout).toContain('as assigned to the factor ("overgedragen aan de factor")');
    const invoices = openCsv(
      readFileSync(path.join(out, "factoring-facturen-2026-11-20.csv")),
      "excel"
    );
    expect(invoices.slice(1, 3).map((row) => [row[0]!.shown, row[1]!.shown])).toEqual([
      ["000123", "00049"],
      ["000124", "00049"],
    ]);
    const record = readFileSync(path.join(out, "overdracht-2026-11-20.csv"), "utf8");
    expect(record).toContain(
      '"=""00049""";"=""000123""";20-11-2026;factoring-2026-11-20;overgedragen aan de factor'
    );
    // Without the limit, the old invoice is offered; the consumer still is not.
    const all = await cli(
      [
        "handoff",
        "ledger.csv",
        "--factoring",
        "--max-days-past-due",
        "none",
        "--as-of",
        "2026-11-20",
        "--out",
        out,
      ],
      dir
    );
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^3 invoices of 2 debtors/);
  }, 60_000);
});
