// `openstaand calls` and `openstaand arrange` through the built CLI, as a user runs them: the call
// list from a ledger, an arrangement written into the records folder that takes the customer off
// the list, and a promise typed by hand into gesprekken.csv that holds the ladder and, when missed,
// puts the customer first.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { requireBuiltCli, runBuiltCli } from "./built-cli";

const LEDGER = [
  "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Aanmaningsniveau;Datum laatste aanmaning",
  "A1;K1;Bouwbedrijf Jansen B.V.;01-08-2026;31-08-2026;1.210,00;1.210,00;1;23-10-2026",
  "A2;K1;Bouwbedrijf Jansen B.V.;01-10-2026;31-10-2026;242,00;242,00;;",
  "B1;K2;Groothandel De Vries;11-10-2025;10-11-2026;6.000,00;6.000,00;;",
  "C1;K3;Nieuw & Co;01-10-2026;31-10-2026;900,00;900,00;;",
  "D1;K4;Kleine Klant;13-10-2025;13-11-2026;80,00;80,00;;",
].join("\r\n");

let dir: string;
beforeAll(() => {
  requireBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "openstaand-calls-"));
  writeFileSync(path.join(dir, "debiteuren.csv"), `\ufeff${LEDGER}\r\n`);
  // The settings as Instellingen keeps them: the company, and the first instalment within 45 days.
  writeFileSync(
    path.join(dir, "instellingen.json"),
    JSON.stringify({
      company: {
        name: "Hoekstra Techniek B.V.",
        address: "Industrieweg 12",
        postcode: "3542 AD",
        city: "Utrecht",
        iban: "NL91 ABNA 0417 1643 00",
        email: "debiteuren@hoekstra.example",
      },
      calls: { firstInstalmentWithinDays: 45 },
    })
  );
  mkdirSync(path.join(dir, "dossier"));
  writeFileSync(path.join(dir, "bedrijf.json"), JSON.stringify({ name: "Hoekstra Techniek B.V." }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const run = await runBuiltCli(args, dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as {
    asOf: string;
    calls: {
      customerId: string;
      name: string;
      priority: number;
      reasons: { code: string; text: string }[];
    }[];
  };
};

test("calls --json: who to call and why, most urgent first", async () => {
  const out = await json([
    "calls",
    "debiteuren.csv",
    "--as-of",
    "2026-11-20",
    "--json",
    "--lang",
    "nl",
  ]);
  expect(out.asOf).toBe("2026-11-20");
  expect(out.calls.map((c) => [c.priority, c.customerId, c.reasons.map((r) => r.code)])).toEqual([
    [1, "K1", ["phone-step", "long-overdue"]],
    [2, "K3", ["new-customer"]],
    [3, "K2", ["large-overdue"]],
  ]);
  expect(out.calls[2]!.reasons[0]!.text).toBe("€ 6.000,00 vervallen.");
});

test("calls in text, in Dutch", async () => {
  const run = await runBuiltCli(
    ["calls", "debiteuren.csv", "--as-of", "2026-11-20", "--lang", "nl"],
    dir
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Vandaag bellen — 20-11-2026: 3 klanten");
  expect(run.stdout).toContain("1. K1  Bouwbedrijf Jansen B.V.  —  € 1.452,00 vervallen");
  expect(run.stdout).toContain("   - Oudste factuur 81 dagen over de vervaldatum.");
});

test("arrange writes the plan and the record; the next calls run holds K2; a missed hand-typed promise puts K1 first", async () => {
  const run = await runBuiltCli(
    [
      "arrange",
      "debiteuren.csv",
      "--customer",
      "K2",
      "--instalments",
      "3",
      "--first",
      "2026-12-26",
      "--records",
      "dossier",
      "--settings",
      "instellingen.json",
      "--as-of",
      "2026-11-20",
      "--lang",
      "nl",
    ],
    dir
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  // The letter for signature and the e-mail, written beside the plan by the one use-case.
  const letter = readFileSync(
    path.join(dir, "dossier", "Betalingsregeling R-K2-20261120.html"),
    "utf8"
  );
  expect(letter).toContain(
    "Zoals zojuist telefonisch besproken, treffen wij met Groothandel De Vries een betalingsregeling voor de onderstaande factuur."
  );
  expect(letter).toContain('<td>3</td><td>26 februari 2027</td><td class="n">€ 2.000,00</td>');
  expect(letter).toContain(
    "Het volledige dan nog openstaande bedrag is in dat geval direct en in één keer opeisbaar"
  );
  expect(letter).toContain("<strong>Voor akkoord</strong> namens Groothandel De Vries");
  expect(letter).toContain("Retour aan: Hoekstra Techniek B.V., Industrieweg 12, 3542 AD Utrecht");
  const eml = readFileSync(
    path.join(dir, "dossier", "Betalingsregeling R-K2-20261120.eml"),
    "utf8"
  );
  expect(eml).toContain("X-Unsent: 1");
  expect(eml).toContain(
    'Content-Disposition: attachment; filename="Betalingsregeling R-K2-20261120.html"'
  );
  expect(run.stdout).toContain("Betalingsregeling R-K2-20261120.html (brief ter ondertekening)");
  expect(run.stdout).toContain(
    "Betalingsregeling R-K2-20261120 voor K2: € 6.000,00 in 3 termijnen."
  );
  expect(run.stdout).toContain("  1. 28-12-2026  € 2.000,00"); // 26-12 is a Saturday and Tweede Kerstdag
  const plan = readFileSync(path.join(dir, "dossier", "regeling-R-K2-20261120.csv"), "utf8");
  expect(plan).toContain("R-K2-20261120;K2;3;26-02-2027;2000,00;B1");
  const log = readFileSync(path.join(dir, "dossier", "gesprekken.csv"), "utf8");
  expect(log.split(/\r?\n/).filter((l) => l.includes(";termijn;"))).toHaveLength(3);

  // Monday: K2 is under an arrangement, so only its size would call for a call — it is held and off.
  const monday = await json([
    "calls",
    "debiteuren.csv",
    "--records",
    "dossier",
    "--as-of",
    "2026-11-23",
    "--json",
  ]);
  expect(monday.calls.map((c) => c.customerId)).not.toContain("K2");

  // The controller types a promise for K1 into the file by hand (Dutch date and amount).
  appendFileSync(
    path.join(dir, "dossier", "gesprekken.csv"),
    "23-11-2026;K1;belofte;A1, A2;1452,00;27-11-2026;1452,00;;;;PJ;belt terug\r\n"
  );
  const same = await json([
    "calls",
    "debiteuren.csv",
    "--records",
    "dossier",
    "--as-of",
    "2026-11-23",
    "--json",
  ]);
  expect(same.calls.map((c) => c.customerId)).toEqual(["K3"]); // K1 spoken today, K2 held
  const later = await json([
    "calls",
    "debiteuren.csv",
    "--records",
    "dossier",
    "--as-of",
    "2026-12-01",
    "--json",
    "--lang",
    "en",
  ]);
  expect(later.calls[0]).toMatchObject({ customerId: "K1", priority: 1 });
  expect(later.calls[0]!.reasons[0]).toEqual({
    code: "promise-missed",
    text: "Promise to pay missed: €1,452.00 promised by 2026-11-27, €0.00 received.",
  });
});

test("a broken row in gesprekken.csv stops the run, naming row, column and value", async () => {
  mkdirSync(path.join(dir, "kapot"));
  writeFileSync(
    path.join(dir, "kapot", "gesprekken.csv"),
    "Datum;Debiteurnummer;Soort;Bedrag;Afgesproken datum\r\n20-11-2026;K1;belofte;veel;27-11-2026\r\n"
  );
  const run = await runBuiltCli(
    ["calls", "debiteuren.csv", "--records", "kapot", "--as-of", "2026-11-20"],
    dir
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("gesprekken.csv cannot be read completely (1 problem)");
  expect(run.stderr).toContain(
    'row 2, column Bedrag ("veel"): Bedrag "veel" is not an amount in euros.'
  );
});

test("arrange refuses a first instalment later than the settings allow (default 14 days), in Dutch", async () => {
  const run = await runBuiltCli(
    [
      "arrange",
      "debiteuren.csv",
      "--customer",
      "K3",
      "--instalments",
      "2",
      "--first",
      "2026-12-26",
      "--company",
      "bedrijf.json",
      "--as-of",
      "2026-11-20",
      "--lang",
      "nl",
      "--out",
      "dossier",
    ],
    dir
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    "De eerste termijn moet uiterlijk op 2026-12-04 vallen (14 dagen na 2026-11-20); 2026-12-26 is te laat."
  );
});

test("usage errors name the value", async () => {
  const run = await runBuiltCli(
    [
      "arrange",
      "debiteuren.csv",
      "--customer",
      "K2",
      "--instalments",
      "drie",
      "--first",
      "2026-12-01",
      "--as-of",
      "2026-11-20",
    ],
    dir
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--instalments "drie" is not a whole number from 1 to 60.');
});
