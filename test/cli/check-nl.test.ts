// `openstaand check --lang nl`: the text report in Dutch (labels, field names, each issue's
// messageNl), Dutch errors for a file that cannot be read, messageNl in --json whatever --lang.
import { run, HELP_TEXT } from "../../src/cli";
import { fakeIo } from "./memory-io";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Empty due date, bad amount, duplicate invoice number, a subtotal row (left out; its open amount
 * does not add up because of the row with the bad amount) and a blank row.
 */
const MESSY = utf8(
  [
    "Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Openstaand",
    "2026-101;D1;15-10-2026;;100,00;100,00",
    "2026-102;D1;16-10-2026;15-11-2026;12,3,4;12,00",
    "2026-101;D2;17-10-2026;16-11-2026;50,00;50,00",
    "Subtotaal;;;;150,00;150,00",
    "",
    "2026-103;D3;20-10-2026;19-11-2026;1.234,56;1.234,56",
    "",
  ].join("\n")
);

const DUTCH_REPORT = `Bestand        debiteuren.csv
Soort          CSV, scheidingsteken ";", tekenset utf-8
Kopregel       rij 1
Datumvolgorde  dag-maand-jaar (dmy)
Notatie        decimale komma (nl)

Kolommen (6 herkend)
  Factuurnummer   <- A   "Factuurnummer" 100%
  Debiteurnummer  <- B   "Debiteur"      100%
  Factuurdatum    <- C   "Factuurdatum"  100%
  Vervaldatum     <- D   "Vervaldatum"   100%
  Factuurbedrag   <- E   "Bedrag"        100%
  Openstaand      <- F   "Openstaand"    100%

Controletotalen
                rijen  factuurbedrag  openstaand
  gelezen           4     € 1.384,56  € 1.396,56
  geaccepteerd      3     € 1.384,56  € 1.384,56
  afgekeurd         1         € 0,00     € 12,00
  totaalregels      1       € 150,00    € 150,00
  lege rijen overgeslagen: 1

Meldingen (4: 1 fout, 3 waarschuwingen)
  waarschuwing  rij 2, Vervaldatum: Vervaldatum is leeg, dus de factuur telt niet mee in de ouderdomsanalyse.
  fout          rij 3, Bedrag "12,3,4": Factuurbedrag: "12,3,4" is geen bedrag: de scheidingstekens passen niet bij 1.234,56 en niet bij 1,234.56.
  waarschuwing  rij 4, Factuurnummer "2026-101": Factuurnummer "2026-101" komt ook voor op rij 2; beide rijen zijn meegenomen.
  waarschuwing  rij 5, Factuurnummer "Subtotaal": Totaalregel "Subtotaal" is geen factuur en telt nergens mee. Het openstaand bedrag van € 150,00 wijkt af van de som van de regels erboven (€ 162,00): controleer of de export volledig is en of elke regel is gelezen.
`;

const check = async (...args: string[]) => {
  const cli = fakeIo({ "debiteuren.csv": MESSY });
  const status = await run(["check", "debiteuren.csv", "--as-of", "2026-11-20", ...args], cli.io);
  return { status, out: cli.out(), err: cli.err() };
};

describe("openstaand check --lang nl", () => {
  it("prints the whole report in Dutch, amounts in the Dutch format", async () => {
    const { status, out, err } = await check("--lang", "nl");
    expect(status).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(DUTCH_REPORT);
  });

  it("--locale en keeps the Dutch words but formats amounts the English way", async () => {
    const { out } = await check("--lang", "nl", "--locale", "en");
    expect(out).toContain("Controletotalen");
    expect(out).toMatch(/gelezen\s+4\s+€1,384\.56\s+€1,396\.56/);
    expect(out).toMatch(/totaalregels\s+1\s+€150\.00\s+€150\.00/);
    expect(out).not.toContain("€ 1.384,56");
  });

  it("caps the issues with '… en nog N'", async () => {
    const { out } = await check("--lang", "nl", "--max-issues", "2");
    expect(out.match(/^ {2}(fout|waarschuwing) /gm)).toHaveLength(2);
    expect(out.endsWith("  … en nog 2\n")).toBe(true);
  });

  it("says 'Meldingen: geen' for a clean file", async () => {
    const clean = fakeIo({
      "a.csv": utf8("Factuurnummer;Debiteur;Vervaldatum;Bedrag\nF1;D1;2026-12-20;10,00\n"),
    });
    expect(await run(["check", "a.csv", "--lang", "nl"], clean.io)).toBe(0);
    expect(clean.out()).toContain("\nMeldingen: geen\n");
    expect(clean.out()).toContain("Datumvolgorde  niet nodig of niet te bepalen\n");
  });
});

describe("openstaand check: English stays the default", () => {
  it("without --lang (and with --lang en) the report is English with English messages", async () => {
    const { out } = await check();
    expect(out).toContain("File         debiteuren.csv\n");
    expect(out).toContain('  invoiceId    <- A   "Factuurnummer" 100%\n');
    expect(out).toMatch(/read\s+4\s+€1,384\.56\s+€1,396\.56/);
    expect(out).toContain("Issues (4: 1 error, 3 warnings)\n");
    expect(out).toContain(
      "  warning  row 2, Vervaldatum: Due date is empty, so the invoice cannot be aged.\n"
    );
    expect(out).not.toContain("Meldingen");
    expect((await check("--lang", "en")).out).toBe(out);
  });
});

describe("openstaand check --json: messageNl on every issue", () => {
  it("adds messageNl next to message, the same with or without --lang nl", async () => {
    const { status, out } = await check("--json");
    expect(status).toBe(0);
    const json = JSON.parse(out) as { issues: Record<string, unknown>[] };
    expect(json.issues).toHaveLength(4);
    expect(json.issues[2]).toEqual({
      row: 4,
      column: "Factuurnummer",
      value: "2026-101",
      message: expect.stringContaining("2026-101") as unknown,
      messageNl: 'Factuurnummer "2026-101" komt ook voor op rij 2; beide rijen zijn meegenomen.',
      severity: "warning",
    });
    for (const issue of json.issues) {
      expect(typeof issue.messageNl).toBe("string");
      expect(issue.messageNl).not.toBe(issue.message);
    }
    expect((await check("--json", "--lang", "nl")).out).toBe(out);
  });
});

describe("openstaand check --lang: usage, help and errors", () => {
  it("--lang de is a usage error (exit 2) naming the value", async () => {
    const { status, out, err } = await check("--lang", "de");
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(
      'openstaand: --lang "de" is not one of nl, en.\nRun "openstaand --help" for usage.\n'
    );
  });

  it("the help lists --lang under the options for check", () => {
    const checkOptions = HELP_TEXT.slice(
      HELP_TEXT.indexOf("Options for check"),
      HELP_TEXT.indexOf("Options for report")
    );
    expect(checkOptions).toMatch(/^ {2}--lang nl\|en {10}Language of the report/m);
    expect(checkOptions).toContain("(default: as --lang)");
  });

  it("an unreadable file (.xls), a file without a ledger and a missing file: Dutch on stderr, exit 1", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const cli = fakeIo({ "oud.xls": ole2 });
    expect(await run(["check", "oud.xls", "--lang", "nl"], cli.io)).toBe(1);
    expect(cli.err()).toBe(
      "openstaand: oud.xls is een oude Excel 97-2003-werkmap (.xls); die kan Openstaand niet lezen. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en probeer het opnieuw.\n"
    );
    expect(cli.out()).toBe("");

    const noLedger = fakeIo({ "x.csv": utf8("foo;bar\n1;2\n") });
    expect(await run(["check", "x.csv", "--lang", "nl", "--json"], noLedger.io)).toBe(1);
    expect(noLedger.err()).toMatch(/^openstaand: Geen kopregel gevonden in de eerste 30 rijen/);

    const missing = fakeIo({});
    expect(await run(["check", "weg.csv", "--lang", "nl"], missing.io)).toBe(1);
    expect(missing.err()).toBe(
      "openstaand: kan weg.csv niet lezen: dat bestand of die map bestaat niet\n"
    );
  });

  it("without --lang nl (or with --lang en) the same failures stay English", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const cli = fakeIo({ "oud.xls": ole2 });
    expect(await run(["check", "oud.xls"], cli.io)).toBe(1);
    expect(cli.err()).toMatch(/^openstaand: oud\.xls is an old Excel 97-2003 workbook \(\.xls\)/);
    const missing = fakeIo({});
    // report's own default is Dutch (issue 11: its failures follow --lang), so English is asked for.
    expect(await run(["report", "weg.csv", "--lang", "en"], missing.io)).toBe(1);
    expect(missing.err()).toBe("openstaand: cannot read weg.csv: no such file or directory\n");
  });
});
