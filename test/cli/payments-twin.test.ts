/**
 * `openstaand payments` through the built CLI (a process, real files): the ING CAMT.053 and its MT940
 * twin matched to a ledger CSV, --json in the shape, --out writing betalingen.csv, and
 * --records applying it (the same statement read again: everything recorded, nothing matched twice).
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { builtCliOk, requireBuiltCli, runBuiltCli } from "./built-cli";

const FIXTURES = path.join(process.cwd(), "test/fixtures/bank");
const LEDGER = [
  "Factuurnummer;Klantnummer;Klantnaam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;IBAN",
  "2026-0101;C1;Bakkerij De Korenschoof B.V.;01-09-2026;01-10-2026;1.210,00;1.210,00;NL91ABNA0417164300",
  "2026-0117;C2;J. de Vries & Zn.;05-10-2026;04-11-2026;500,00;500,00;NL44RABO0123456789",
  "2026-0300;C4;Stichting Het Anker;15-10-2026;14-11-2026;800,00;800,00;",
].join("\r\n");

describe("openstaand payments (built CLI)", () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), "payments-"));
    writeFileSync(path.join(dir, "debiteuren.csv"), LEDGER);
    for (const name of ["ing-camt053-v02.xml", "ing-mt940.sta", "rabobank-camt053-v08.xml"])
      copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  });

  it("--json: the statement, matched, unmatched and totals in euros; the MT940 twin gives the same", async () => {
    const camt = JSON.parse(
      (
        await builtCliOk(
          ["payments", "debiteuren.csv", "ing-camt053-v02.xml", "--json", "--as-of", "2026-11-30"],
          dir
        )
      ).stdout
    );
    // The fixture's RF18539007547034 is the RF of no invoice here; the invoice number finds 2026-0117 (part paid).
    expect(camt.statement).toEqual({
      account: "NL69INGB0123456789",
      from: "2026-11-30",
      to: "2026-11-30",
      credits: { count: 3, total: 2637.52 },
    });
    expect(
      camt.matched.map((m: { invoiceId: string; amount: number; status: string }) => [
        m.invoiceId,
        m.amount,
        m.status,
      ])
    ).toEqual([
      ["2026-0101", 1210, "matched"], // no reference of ours, but the payer's IBAN and the exact amount
      ["2026-0117", 450.17, "partial"],
    ]);
    expect(camt.unmatched.map((u: { amount: number; iban: string }) => [u.amount, u.iban])).toEqual(
      [[977.35, "DE89370400440532013000"]]
    );
    expect(camt.totals).toEqual({
      matched: 1660.17,
      unmatched: 977.35,
      notApplicable: 0,
      debits: 85,
    });
    const mt = JSON.parse(
      (
        await builtCliOk(
          ["payments", "debiteuren.csv", "ing-mt940.sta", "--json", "--as-of", "2026-11-30"],
          dir
        )
      ).stdout
    );
    expect(mt.matched).toEqual(
      camt.matched.map((m: object) => ({ ...m, entry: expect.any(String) }))
    );
    expect(mt.totals).toEqual(camt.totals);
  });

  it("--out writes betalingen.csv; --records applies it: read again, everything is recorded", async () => {
    const first = await builtCliOk(
      [
        "payments",
        "debiteuren.csv",
        "ing-camt053-v02.xml",
        "--out",
        "records",
        "--as-of",
        "2026-11-30",
      ],
      dir
    );
    expect(first.stdout).toMatch(/Gekoppeld\s+€ 1\.660,17/);
    expect(first.stdout).toMatch(/Niet gekoppeld\s+€ 977,35/);
    const csv = readFileSync(path.join(dir, "records/betalingen.csv"), "utf8");
    expect(csv).toMatch(/Afschrift;Boeking;Boekdatum;Debiteurnummer;Factuurnummer;Bedrag/);
    expect(csv).toMatch(/Controletotaal: 2 betalingen;;;;;1660,17/);
    const again = JSON.parse(
      (
        await builtCliOk(
          [
            "payments",
            "debiteuren.csv",
            "ing-camt053-v02.xml",
            "--records",
            "records",
            "--json",
            "--as-of",
            "2026-11-30",
          ],
          dir
        )
      ).stdout
    );
    expect(again.matched.map((m: { status: string }) => m.status)).toEqual([
      "recorded",
      "recorded",
    ]);
    expect(again.totals).toEqual({
      matched: 1660.17,
      unmatched: 977.35,
      notApplicable: 0,
      debits: 85,
    });
  });

  it("a file that is no statement: exit 1 with a clear Dutch message; a missing argument: exit 2", async () => {
    const run = await runBuiltCli(
      ["payments", "debiteuren.csv", "debiteuren.csv", "--as-of", "2026-11-30"],
      dir
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/debiteuren\.csv is geen CAMT\.053- \(XML\) of MT940-bankafschrift/);
    const usage = await runBuiltCli(["payments", "debiteuren.csv"], dir);
    expect(usage.code).toBe(2);
  });
});
