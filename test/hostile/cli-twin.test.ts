// The hostile inputs through the real entry point: the built bundle (bin/openstaand.cjs, after
// `npm run build:cli`) run as a process on files written here — the zip bomb, UTF-16 without a
// mark, sums past exact cents, an e-mail field with two addresses, hostile --log and --handovers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { utf16NoBom } from "./hostile-text";
import { sheetBomb } from "./zip-bomb";
import { requireBuiltCli, runBuiltCli } from "../cli/built-cli";

const cli = runBuiltCli;

const LEDGER = [
  "Factuurnummer;Debiteur;Naam;Factuurdatum;Vervaldatum;Bedrag;E-mail",
  "F-1;D1;Jansen B.V.;01-10-2026;31-10-2026;1.250,00;a@b.nl, Bcc: x@evil.example",
  "F-2;D2;De Vries;01-10-2026;31-10-2026;800,00;info@devries.nl",
].join("\r\n");

describe("hostile inputs through the built CLI", () => {
  let dir = "";
  beforeAll(async () => {
    requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-hostile-"));
    writeFileSync(path.join(dir, "bom.xlsx"), await sheetBomb(1024));
    writeFileSync(path.join(dir, "liegt.xlsx"), await sheetBomb(1024, { declaredBytes: 20_000 }));
    writeFileSync(path.join(dir, "unicode.txt"), utf16NoBom(`${LEDGER}\r\n`, true));
    writeFileSync(
      path.join(dir, "groot.csv"),
      [
        "Factuurnummer;Debiteur;Naam;Vervaldatum;Bedrag",
        "F1;D1;Groot B.V.;30-11-2026;50.000.000.000.000,00",
        "F2;D2;Groter B.V.;30-11-2026;50.000.000.000.000,00",
        "F3;D3;Klein B.V.;30-11-2026;100,00",
        "",
      ].join("\r\n")
    );
    writeFileSync(path.join(dir, "posten.csv"), `${LEDGER}\r\n`);
    writeFileSync(
      path.join(dir, "c.json"),
      JSON.stringify({ name: "Jansen Installatietechniek B.V.", iban: "NL91ABNA0417164300" })
    );
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("check refuses the 1 GiB zip bomb within seconds, in English and with --lang nl in Dutch", async () => {
    expect(readFileSync(path.join(dir, "bom.xlsx")).length).toBeLessThan(8 * 1024 * 1024);
    const started = Date.now();
    const en = await cli(["check", "bom.xlsx", "--json"], dir);
    const seconds = (Date.now() - started) / 1000;
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(
      /^openstaand: bom\.xlsx is not read: its part xl\/worksheets\/sheet1\.xml unpacks to 1,024 MB from [\d,]+ bytes packed \(1\d\d to 1\)\. A real workbook packs at most about 100 to 1;/
    );
    expect(en.stdout).toBe("");
    expect(seconds).toBeLessThan(20);
    const nl = await cli(["check", "bom.xlsx", "--lang", "nl"], dir);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(
      "bom.xlsx wordt niet ingelezen: het onderdeel xl/worksheets/sheet1.xml is uitgepakt 1.024 MB uit"
    );
  });

  it("check stops a bomb that declares a small size while unpacking, within seconds", async () => {
    const started = Date.now();
    const result = await cli(["check", "liegt.xlsx", "--json"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "liegt.xlsx is too large to read: its part xl/worksheets/sheet1.xml unpacks to more than the file itself declares"
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("check --json reads UTF-16 without a byte-order mark", async () => {
    const result = await cli(["check", "unicode.txt", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.issues).toEqual([]);
    expect(json.control.accepted).toEqual({ rows: 2, amount: 2050, open: 2050 });
    const text = await cli(["check", "unicode.txt"], dir);
    expect(text.stdout).toContain('Kind         CSV, delimiter ";", encoding utf-16le');
  });

  it("check --json reports the sum past exact cents as an issue on its row and keeps the rest", async () => {
    const result = await cli(["check", "groot.csv", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    // --json gives euros; the row left out counts as rejected with 0.
    expect(json.control.read.rows).toBe(3);
    expect(json.control.accepted).toEqual({
      rows: 2,
      amount: 50_000_000_000_100,
      open: 50_000_000_000_100,
    });
    expect(json.control.rejected).toEqual({ rows: 1, amount: 0, open: 0 });
    const issue = json.issues.find((i: { row: number }) => i.row === 3);
    expect(issue).toMatchObject({ row: 3, column: "Bedrag", value: "50.000.000.000.000,00" });
    expect(issue.message).toContain("Amount 50.000.000.000.000,00 is left out");
    expect(issue.messageNl).toContain("Bedrag 50.000.000.000.000,00 is niet meegenomen");
  });

  it("check --json lists two columns headed 'Bedrag' as a warning naming both", async () => {
    writeFileSync(
      path.join(dir, "dubbel.csv"),
      "Factuurnummer;Debiteur;Vervaldatum;Bedrag;Bedrag\r\nF1;D1;30-11-2026;1.000,00;1.210,00\r\n"
    );
    const result = await cli(["check", "dubbel.csv", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.totals.amount).toBe(1000);
    const issue = json.issues.find((i: { message: string }) => i.message.includes("headed"));
    expect(issue).toMatchObject({ row: 1, column: "Bedrag", value: "Bedrag", severity: "warning" });
    expect(issue.message).toContain(
      'Columns D and E are both headed "Bedrag": column D is read as Amount, column E is ignored.'
    );
    expect(issue.messageNl).toContain('De kolommen D en E hebben allebei de kop "Bedrag"');
  });

  it("handoff names the invoice whose interest passes exact cents", async () => {
    writeFileSync(
      path.join(dir, "rente.csv"),
      "Factuurnummer;Debiteur;Naam;Factuurdatum;Vervaldatum;Bedrag\r\nF-GROOT;D1;Groot B.V.;01-01-2020;31-01-2020;45.000.000.000.000,00\r\n"
    );
    const result = await cli(
      ["handoff", "rente.csv", "--customers", "D1", "--as-of", "2026-12-01", "--out", "uit"],
      dir
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "openstaand: Invoice F-GROOT of customer D1: the statutory interest on €45,000,000,000,000.00 from 2020-01-31 to 2026-12-01 is too large"
    );
  });

  it("remind leaves the two-address e-mail field empty in the merge file and warns on stderr", async () => {
    const result = await cli(
      ["remind", "posten.csv", "--company", "c.json", "--as-of", "2026-12-01", "--out", "brieven"],
      dir
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'openstaand: warning: Customer D1 (Jansen B.V.): the e-mail address "a@b.nl, Bcc: x@evil.example" is not one plain address'
    );
    const merge = readFileSync(
      path.join(dir, "brieven/herinneringen-2026-12-01-mailmerge.csv"),
      "utf8"
    );
    expect(merge).not.toContain("evil.example");
    expect(merge).toContain("info@devries.nl");
  });

  it("remind with a binary --log and a UTF-16 --handovers: a clear error, then a clean read", async () => {
    const junk = new Uint8Array(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 37) % 256;
    writeFileSync(path.join(dir, "junk.csv"), junk);
    const bad = await cli(
      ["remind", "posten.csv", "--company", "c.json", "--log", "junk.csv"],
      dir
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("junk.csv cannot be read completely (1 problem)");
    expect(bad.stderr).toContain("The reminder log has no header row");
    // eslint-disable-next-line no-control-regex
    expect(bad.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);

    const handovers =
      "Debiteurnummer;Factuurnummer;Datum overdracht;Batch;Soort\r\nD1;F-1;20-11-2026;incasso-2026-11-20;incasso\r\n";
    writeFileSync(path.join(dir, "h16.csv"), utf16NoBom(handovers, true));
    const good = await cli(
      [
        "remind",
        "posten.csv",
        "--company",
        "c.json",
        "--as-of",
        "2026-12-01",
        "--handovers",
        "h16.csv",
        "--out",
        "b2",
      ],
      dir
    );
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(
      "Handed over: 1 claim from h16.csv left out of the reminder ladder."
    );
    expect(good.stdout).toMatch(/^1 letter as of 2026-12-01/);
  });
});
