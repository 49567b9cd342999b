// The records folder (`--records DIR`) through the built CLI, as a user runs it: a folder with a
// payment, a promise and a dispute on the three invoices of one customer and an arrangement with
// another. `remind --records` leaves out exactly those and says why; `report --records --json`
// shows the open total lowered by the payment to the cent, the payment named as the bridge item
// and the control totals reconciling; a broken row stops the run naming row, column and value.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { builtCliOk, requireBuiltCli, runBuiltCli } from "./built-cli";

const LEDGER = [
  "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand",
  "A1;K1;Bouwbedrijf Jansen B.V.;01-09-2026;01-10-2026;500,00;500,00",
  "A2;K1;Bouwbedrijf Jansen B.V.;15-09-2026;15-10-2026;300,00;300,00",
  "A3;K1;Bouwbedrijf Jansen B.V.;20-09-2026;20-10-2026;700,00;700,00",
  "B1;K2;Groothandel De Vries;01-09-2026;01-10-2026;1.200,00;1.200,00",
  "C1;K3;Installatiebedrijf Van Dijk;01-09-2026;01-10-2026;250,17;250,17",
].join("\r\n");

/** A1 paid in full on 2 December (not yet in the export). */
const PAYMENTS = [
  "Afschrift;Boeking;Boekdatum;Debiteurnummer;Factuurnummer;Bedrag;Naam betaler;IBAN betaler;Betalingsreferentie",
  "NL91ABNA0417164300/2026-48;1;02-12-2026;K1;A1;500,00;Bouwbedrijf Jansen B.V.;NL91ABNA0417164300;RF22DK1",
].join("\r\n");

/** K1 promises A2 by 10 December and disputes A3; K2 pays B1 in three instalments. */
const CONVERSATION = [
  "Datum;Debiteurnummer;Soort;Facturen;Bedrag;Afgesproken datum;Open bij afspraak;Regeling;Reden;Status;Behandelaar;Notitie",
  "01-12-2026;K1;betaalbelofte;A2;300,00;10-12-2026;300,00;;;;JV;",
  "01-12-2026;K1;geschil;A3;;;;;Levering onvolledig;open;JV;",
  "01-12-2026;K2;termijn;B1;400,00;15-12-2026;1.200,00;R-K2-1;;;JV;",
  "01-12-2026;K2;termijn;B1;400,00;15-01-2027;1.200,00;R-K2-1;;;JV;",
  "01-12-2026;K2;termijn;B1;400,00;15-02-2027;1.200,00;R-K2-1;;;JV;",
].join("\r\n");

let dir: string;
beforeAll(() => {
  requireBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "openstaand-records-"));
  writeFileSync(path.join(dir, "debiteuren.csv"), `\ufeff${LEDGER}\r\n`);
  mkdirSync(path.join(dir, "boeken"));
  writeFileSync(path.join(dir, "boeken", "betalingen.csv"), `\ufeff${PAYMENTS}\r\n`);
  writeFileSync(path.join(dir, "boeken", "gesprekken.csv"), `\ufeff${CONVERSATION}\r\n`);
  mkdirSync(path.join(dir, "brieven"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RemindJson {
  proposals: { customerId: string; invoices: { invoiceId: string; openAmount: number }[] }[];
  excluded: { customerId: string; invoiceId: string; reason: string; textNl: string }[];
}

const remind = (extra: string[]) =>
  builtCliOk(
    [
      "remind",
      "debiteuren.csv",
      "--as-of",
      "2026-12-07",
      "--out",
      "brieven",
      "--company",
      "bedrijf.json",
      ...extra,
    ],
    dir
  );

beforeAll(() => {
  writeFileSync(
    path.join(dir, "bedrijf.json"),
    JSON.stringify({
      name: "Testbedrijf B.V.",
      address: "Straat 1",
      postcode: "1234 AB",
      city: "Utrecht",
      iban: "NL91ABNA0417164300",
    })
  );
});

test("without the records, all five invoices are reminded", async () => {
  const out = JSON.parse((await remind(["--json"])).stdout) as RemindJson;
  expect(out.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId)).sort()).toEqual([
    "A1",
    "A2",
    "A3",
    "B1",
    "C1",
  ]);
});

test("remind --records leaves out the paid, promised, disputed and arranged invoices, and says why", async () => {
  const out = JSON.parse(
    (await remind(["--records", "boeken", "--json", "--lang", "nl"])).stdout
  ) as RemindJson;
  expect(out.proposals.map((p) => p.customerId)).toEqual(["K3"]);
  expect(out.proposals[0]!.invoices).toEqual([
    expect.objectContaining({ invoiceId: "C1", openAmount: 250.17 }),
  ]);
  const why = Object.fromEntries(out.excluded.map((e) => [e.invoiceId, e.reason]));
  expect(why).toEqual({ A2: "promise", A3: "disputed", B1: "arrangement" });
  // A1 is paid: not open, so neither proposed nor listed.
  expect(out.excluded.find((e) => e.invoiceId === "A1")).toBeUndefined();
  // The run's letter is now in the folder's verzendlog.csv.
  const log = readFileSync(path.join(dir, "boeken", "verzendlog.csv"), "utf8");
  expect(log).toMatch(/K3/);
  expect(log).not.toMatch(/;K1;/);
});

test("the console run names the records and the reason per invoice; the next run proposes nothing again", async () => {
  const run = await remind(["--records", "boeken", "--lang", "nl"]);
  expect(run.stdout).toContain(
    "Vastleggingen uit boeken: 1 verzonden, 0 overgedragen, 1 betaling, 1 belofte, 1 regeling, 1 geschil."
  );
  expect(run.stdout).toContain(
    "Betalingen: openstaand € 500,00 lager op 1 factuur (nog niet in de export verwerkt)."
  );
  expect(run.stdout).toMatch(/K1\s+A2\s+.*belofte/i);
  expect(run.stdout).toMatch(/K1\s+A3\s+.*(geschil|betwist)/i);
  expect(run.stdout).toMatch(/K2\s+B1\s+.*regeling/i);
  // C1 was recorded as sent by the first --records run: no letter today.
  expect(run.stdout).toMatch(/^0 brieven per 2026-12-07/);
});

test("report --records --json: the open total lowered by the payment to the cent, reconciling", async () => {
  const plain = JSON.parse(
    (await builtCliOk(["report", "debiteuren.csv", "--as-of", "2026-12-07", "--json"], dir)).stdout
  );
  expect(plain.control.ledgerOpen).toBe(2950.17);
  expect(plain.records).toBeUndefined();
  const out = JSON.parse(
    (
      await builtCliOk(
        ["report", "debiteuren.csv", "--records", "boeken", "--as-of", "2026-12-07", "--json"],
        dir
      )
    ).stdout
  );
  expect(out.records).toEqual({
    folder: "boeken",
    exportedOpen: 2950.17,
    paymentsRecorded: -500,
    invoicesPaid: 1,
    ledgerOpen: 2450.17,
    reconciles: true,
  });
  expect(out.control.ledgerOpen).toBe(2450.17);
  expect(out.control.reconciles).toBe(true);
  expect(out.metrics.ar).toBe(2450.17);
  expect(out.ageing.total).toBe(2450.17);
  // The console says the same.
  const text = await builtCliOk(
    ["report", "debiteuren.csv", "--records", "boeken", "--as-of", "2026-12-07"],
    dir
  );
  expect(text.stdout).toContain(
    "Vastleggingen uit boeken: openstaand volgens de export € 2.950,17, vastgelegde betalingen −€ 500,00 (1 factuur), openstaand in dit rapport € 2.450,17."
  );
});

test("calls --records: the paid and agreed invoices call for nobody; the customer left is called", async () => {
  const calls = async (extra: string[]) =>
    (
      JSON.parse(
        (
          await builtCliOk(
            ["calls", "debiteuren.csv", "--as-of", "2026-12-07", "--json", ...extra],
            dir
          )
        ).stdout
      ) as { calls: { customerId: string }[] }
    ).calls.map((c) => c.customerId);
  expect((await calls([])).sort()).toEqual(["K1", "K2", "K3"]);
  expect(await calls(["--records", "boeken"])).toEqual(["K3"]);
});

test("a broken row in betalingen.csv stops the run naming row, column and value; a missing folder too", async () => {
  mkdirSync(path.join(dir, "kapot"));
  writeFileSync(
    path.join(dir, "kapot", "betalingen.csv"),
    `${PAYMENTS.replace(";500,00;", ";vijfhonderd;")}\r\n`
  );
  const run = await runBuiltCli(
    ["remind", "debiteuren.csv", "--as-of", "2026-12-07", "--records", "kapot", "--out", "brieven"],
    dir
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("kapot/betalingen.csv cannot be read completely (1 problem)");
  expect(run.stderr).toContain('row 2, column Bedrag ("vijfhonderd")');
  const missing = await runBuiltCli(
    ["report", "debiteuren.csv", "--records", "bestaat-niet", "--json"],
    dir
  );
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(
    "--records bestaat-niet is geen map met vastleggingen (verzendlog.csv, overdrachten.csv"
  );
  const usage = await runBuiltCli(["report", ".", "--records", "boeken"], dir);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("--records applies to one ledger file");
});
