// The reminder ladder and do-not-remind through the real entry point: the built bundle
// (bin/openstaand.cjs, after `npm run build:cli`) run as a process on a Dutch CSV written here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { builtCliOk, requireBuiltCli } from "./built-cli";

const cli = builtCliOk;

// 10001 had the aanmaning (stage 3) for 2026-0412 on 13-11-2026; 2026-0517 is new and two weeks
// overdue. 10002 is blocked by a status, 10003's invoice by the Aanmaningsstop column; 10004 is an
// ordinary first reminder (due 13-11, so it falls on the run day).
const CSV = [
  "Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Status;Aanmaningsstop;Aanmaning;Datum aanmaning",
  "10001;Bakkerij De Korenaar B.V.;2026-0412;02-08-2026;01-09-2026;2.400,00;2.400,00;Open;;3;13-11-2026",
  "10001;Bakkerij De Korenaar B.V.;2026-0517;07-10-2026;06-11-2026;605,00;605,00;Open;;;",
  "10002;Van Dijk Transport;2026-0488;07-10-2026;06-11-2026;1.210,00;1.210,00;Niet aanmanen;;;",
  "10003;Hoveniersbedrijf Groen;2026-0490;07-10-2026;06-11-2026;350,00;350,00;Open;Ja;;",
  "10004;Drukkerij Snel;2026-0501;14-10-2026;13-11-2026;99,95;99,95;Open;Nee;;",
].join("\r\n");

describe("remind --json and check's blocked count in the built CLI", () => {
  let dir = "";
  beforeAll(() => {
    requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-ladder-"));
    writeFileSync(path.join(dir, "f.csv"), `${CSV}\r\n`);
    writeFileSync(
      path.join(dir, "c.json"),
      JSON.stringify({ name: "Jansen Installatietechniek B.V.", iban: "NL91ABNA0417164300" })
    );
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the run: one letter per customer at the highest stage, each invoice at its own stage, exclusions with their reason", async () => {
    const args = ["remind", "f.csv", "--company", "c.json", "--as-of", "2026-11-20"];
    const { stdout } = await cli([...args, "--json", "--out", "uit"], dir);
    const run = JSON.parse(stdout);
    // the run first; other keys (files, warnings) may follow
    expect(Object.keys(run).slice(0, 4)).toEqual(["asOf", "proposals", "excluded", "files"]);
    expect(run.asOf).toBe("2026-11-20");
    expect(
      run.proposals.map((p: { customerId: string; stage: number; stageName: string }) => ({
        customerId: p.customerId,
        stage: p.stage,
        stageName: p.stageName,
        invoices: (
          p as unknown as { invoices: { invoiceId: string; stage: number }[] }
        ).invoices.map(({ invoiceId, stage }) => ({ invoiceId, stage })),
      }))
    ).toEqual([
      {
        customerId: "10001",
        stage: 3,
        stageName: "Aanmaning / ingebrekestelling",
        invoices: [
          { invoiceId: "2026-0412", stage: 3 },
          { invoiceId: "2026-0517", stage: 1 },
        ],
      },
      {
        customerId: "10004",
        stage: 1,
        stageName: "Herinnering",
        invoices: [{ invoiceId: "2026-0501", stage: 1 }],
      },
    ]);
    expect(run.excluded).toEqual([
      {
        customerId: "10002",
        invoiceId: "2026-0488",
        reason: "do-not-remind",
        text: 'Do not remind according to the ledger (status "Niet aanmanen").',
        textNl: 'Niet aanmanen volgens de debiteurenlijst (status "Niet aanmanen").',
        openAmount: 1210,
        note: "Niet aanmanen",
        until: null,
      },
      {
        customerId: "10003",
        invoiceId: "2026-0490",
        reason: "do-not-remind",
        text: "Do not remind according to the ledger (reminder stop ticked).",
        textNl: "Niet aanmanen volgens de debiteurenlijst (aanmaningsstop aangevinkt).",
        openAmount: 350,
        note: null,
        until: null,
      },
    ]);
    // The run's four files, and one EPC QR code (PNG) per letter for the mail merge.
    expect(run.files.filter((f: string) => !f.endsWith(" QR.png"))).toHaveLength(4);
    expect(run.files.filter((f: string) => f.endsWith(" QR.png"))).toEqual([
      "uit/10001 Bakkerij De Korenaar B.V QR.png",
      "uit/10004 Drukkerij Snel QR.png",
    ]);

    // the console output lists the exclusions too
    const text = (await cli([...args, "--out", "uit"], dir)).stdout;
    expect(text).toContain("2 letters as of 2026-11-20");
    expect(text).toContain("Left out: 2 items.");
    expect(text).toMatch(
      /10002\s+2026-0488\s+Do not remind according to the ledger \(status "Niet aanmanen"\)\./
    );
    expect(text).toMatch(/10003\s+2026-0490\s+Do not remind according to the ledger/);
  }, 60_000);

  it("check says how many rows are blocked, in the report and in --json", async () => {
    const json = JSON.parse((await cli(["check", "f.csv", "--json"], dir)).stdout);
    expect(json.blocked).toBe(2);
    expect(json.columns).toContainEqual({
      field: "doNotRemind",
      header: "Aanmaningsstop",
      confidence: 1,
    });
    const nl = (await cli(["check", "f.csv", "--lang", "nl"], dir)).stdout;
    expect(nl).toContain(
      "Niet aanmanen: 2 rijen zijn geblokkeerd (status of kolom), deze krijgen geen herinnering"
    );
  }, 60_000);
});
