/**
 * Hostile reminder logs (`--log`) and hand-over files (`--handovers`): formula-looking cells, huge
 * numbers, bad dates, binary junk, UTF-16 without a mark, enormous rows and files. Each gets a clear
 * answer naming file, row, column and value (English, and Dutch on the error's messageNl), nothing
 * a cell says is run or passed on unneutralised, and nothing throws raw.
 */
import Papa from "papaparse";
import { run } from "../../src/cli";
import { readHandoverFiles, readLogFiles, shownValue } from "../../src/hosts/node";
import { handoversFromCsv, reminderLogFromCsv } from "../../src/formats";
import { demoCsvText } from "../../src/hosts/browser";
import { fakeIo } from "../cli/memory-io";
import { utf16NoBom } from "./hostile-text";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const demo = utf8(demoCsvText());
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

let real: Promise<{ log: string[]; handovers: string[] }> | null = null;

/** The lines of the log and hand-over file a real run writes on the demo ledger (made once). */
function realRecords(): Promise<{ log: string[]; handovers: string[] }> {
  real ??= makeRealRecords();
  return real;
}

async function makeRealRecords(): Promise<{ log: string[]; handovers: string[] }> {
  const remind = fakeIo({ "demo.csv": demo });
  expect(await run(["remind", "demo.csv", "--as-of", "2026-11-20"], remind.io)).toBe(0);
  const handoff = fakeIo({ "demo.csv": demo });
  expect(
    await run(["handoff", "demo.csv", "--customers", "10004", "--as-of", "2026-11-20"], handoff.io)
  ).toBe(0);
  const lines = (bytes: Uint8Array | undefined) =>
    decode(bytes)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
  return {
    log: lines(remind.written.get("./herinneringen-2026-11-20-log.csv")),
    handovers: lines(handoff.written.get("./overdracht-2026-11-20.csv")),
  };
}

/** Replaces field `column` (0-based) of line `line` with `value` (the CSV re-quoted as needed). */
function withField(lines: readonly string[], line: number, column: number, value: string): string {
  const rows = Papa.parse<string[]>(lines.join("\r\n"), { delimiter: ";" }).data;
  (rows[line] as string[])[column] = value;
  return Papa.unparse(rows, { delimiter: ";", newline: "\r\n" });
}

async function remindWithLog(log: Uint8Array) {
  const f = fakeIo({ "demo.csv": demo, "log.csv": log });
  const status = await run(
    ["remind", "demo.csv", "--as-of", "2026-12-01", "--log", "log.csv"],
    f.io
  );
  return { status, ...f };
}

async function remindWithHandovers(handovers: Uint8Array) {
  const f = fakeIo({ "demo.csv": demo, "h.csv": handovers });
  const status = await run(
    ["remind", "demo.csv", "--as-of", "2026-12-01", "--handovers", "h.csv"],
    f.io
  );
  return { status, ...f };
}

async function refusal(read: () => Promise<unknown>): Promise<Error & { messageNl: string }> {
  try {
    await read();
  } catch (error) {
    return error as Error & { messageNl: string };
  }
  throw new Error("the file was read");
}

// Log columns: Datum;Debiteurnummer;Naam;Fase;…;Facturen(9);Hoofdsom(10);Rente;Incassokosten;Totaal(13)
describe("hostile reminder logs (--log)", () => {
  it("a formula-looking name is kept as text and neutralised in the log the run writes", async () => {
    const { log } = await realRecords();
    const hostile = withField(log, 1, 2, '=HYPERLINK("http://evil.example";"klik")');
    const r = await remindWithLog(utf8(hostile));
    expect(r.err()).not.toContain("cannot be read");
    expect(r.status).toBe(0);
    const written = decode(r.written.get("./herinneringen-2026-12-01-log.csv"));
    expect(written).toContain(`;"'=HYPERLINK(""http://evil.example"";""klik"")";`);
    expect(written).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });

  it("a formula in an amount cell names row, column and value in both languages", async () => {
    const { log } = await realRecords();
    const error = await refusal(() =>
      readLogFiles(["log.csv"], fakeIo({ "log.csv": utf8(withField(log, 2, 10, "=1+1")) }).io)
    );
    expect(error.message).toContain(
      "log.csv cannot be read completely (1 problem); a letter recorded in an unreadable row would be proposed again."
    );
    expect(error.message).toContain(
      'row 3, column Hoofdsom ("=1+1"): Hoofdsom "=1+1" is not an amount'
    );
    expect(error.messageNl).toContain(
      "log.csv is niet helemaal te lezen (1 probleem); een brief die in een onleesbare regel staat, zou opnieuw worden voorgesteld."
    );
    expect(error.messageNl).toContain('regel 3, kolom Hoofdsom ("=1+1"): Hoofdsom');
  });

  it("huge numbers: one past cents is refused, and amounts that only together pass exact cents are named", async () => {
    const { log } = await realRecords();
    const huge = await remindWithLog(utf8(withField(log, 1, 13, "99999999999999999999,00")));
    expect(huge.status).toBe(1);
    expect(huge.err()).toContain('row 2, column Totaal ("99999999999999999999,00")');

    // Three entries of € 40 trillion each: each fits, the control line over them would not.
    let lines = [...log];
    for (const line of [1, 2, 3]) {
      lines = withField(lines, line, 10, "40000000000000,00").split("\r\n");
      lines = withField(lines, line, 11, "0,00").split("\r\n");
      lines = withField(lines, line, 12, "0,00").split("\r\n");
      lines = withField(lines, line, 13, "40000000000000,00").split("\r\n");
    }
    const decoded = reminderLogFromCsv(utf8(lines.join("\r\n")));
    expect(decoded.entries).toHaveLength(2);
    expect(decoded.issues).toEqual([
      {
        row: 4,
        column: "Totaal",
        value: "40000000000000,00",
        text: {
          en: "Totaal is too large: together with the rows above it, the log's amounts would add up to more than €90,071,992,547,409.91, beyond which they cannot be added up exactly to the cent.",
          nl: "Totaal is te groot: samen met de regels erboven komen de bedragen van het log boven € 90.071.992.547.409,91, en daarboven zijn ze niet meer tot op de cent exact op te tellen.",
        },
      },
    ]);
    const sum = await remindWithLog(utf8(lines.join("\r\n")));
    expect(sum.status).toBe(1);
    expect(sum.err()).toContain('row 4, column Totaal ("40000000000000,00"): Totaal is too large');
    expect(sum.err()).not.toContain("safe integer");
  });

  it("bad dates (31 February, text) name row, column and value", async () => {
    const { log } = await realRecords();
    const bad = withField(withField(log, 1, 0, "31-02-2026").split("\r\n"), 2, 0, "gisteren");
    const r = await remindWithLog(utf8(bad));
    expect(r.status).toBe(1);
    expect(r.err()).toContain("(2 problems)");
    expect(r.err()).toContain(
      'row 2, column Datum ("31-02-2026"): Datum "31-02-2026" is not a date'
    );
    expect(r.err()).toContain('row 3, column Datum ("gisteren")');
    expect(r.written.size).toBe(0);
  });

  it("binary junk: no header row, shown short and with control characters escaped", async () => {
    const junk = new Uint8Array(10_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 37) % 256;
    const r = await remindWithLog(junk);
    expect(r.status).toBe(1);
    expect(r.err()).toContain(
      "The reminder log has no header row (Datum, Debiteurnummer, Fase, Facturen)"
    );
    const line = r
      .err()
      .split("\n")
      .find((l) => l.includes("the table"))!;
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(line.length).toBeLessThan(300);
  });

  it("UTF-16 without a byte-order mark reads as the same log", async () => {
    const { log } = await realRecords();
    const text = log.join("\r\n");
    const fromUtf16 = reminderLogFromCsv(utf16NoBom(text, true));
    expect(fromUtf16.issues).toEqual([]);
    expect(fromUtf16.entries).toEqual(reminderLogFromCsv(utf8(text)).entries);
    expect(fromUtf16.entries).toHaveLength(3);
  });

  it("an enormous cell leaves its row out with a clear issue; an enormous file is refused", async () => {
    const { log } = await realRecords();
    const decoded = reminderLogFromCsv(utf8(withField(log, 1, 2, "X".repeat(5_000_000))));
    expect(decoded.entries).toHaveLength(2);
    expect(decoded.issues).toEqual([
      {
        row: 2,
        column: "Naam",
        value: `${"X".repeat(40)}…`,
        text: {
          en: "Naam holds 5,000,000 characters, more than the 32,767 an Excel cell can hold; Openstaand never writes such a cell, so the row is not read.",
          nl: "Naam bevat 5.000.000 tekens, meer dan de 32.767 die in een Excel-cel passen; zo'n cel schrijft Openstaand nooit, dus de regel wordt niet gelezen.",
        },
      },
    ]);
    const big = new Uint8Array(65 * 1024 * 1024).fill(0x3b);
    const error = await refusal(() => readLogFiles(["groot.csv"], fakeIo({ "groot.csv": big }).io));
    expect(error.message).toBe(
      "--log file groot.csv is 65 MB, more than the 64 MB a reminder log or hand-over file can be; is it the right file?"
    );
    expect(error.messageNl).toBe(
      "--log-bestand groot.csv is 65 MB, groter dan de 64 MB die een herinneringslog of overdrachtsbestand kan zijn; is het het goede bestand?"
    );
  });
});

// Hand-over columns: Debiteurnummer;Factuurnummer;Datum overdracht;Batch;Soort
describe("hostile hand-over files (--handovers)", () => {
  it("a formula-looking invoice number is a plain id, carried neutralised into the next file", async () => {
    const { handovers } = await realRecords();
    const hostile = withField(handovers, 1, 1, "=cmd|'/c calc'!A1");
    const f = fakeIo({ "demo.csv": demo, "h.csv": utf8(hostile) });
    expect(
      await run(
        [
          "handoff",
          "demo.csv",
          "--customers",
          "10003",
          "--as-of",
          "2026-12-01",
          "--handovers",
          "h.csv",
        ],
        f.io
      )
    ).toBe(0);
    expect(f.err()).not.toContain("cannot be read");
    const written = decode(f.written.get("./overdracht-2026-12-01.csv"));
    expect(written).toContain(";'=cmd|'/c calc'!A1;");
    expect(written).not.toMatch(/(^|;)=cmd/m);
  });

  it("formula, huge number and bad date in the date column: row, column and value in both languages", async () => {
    const { handovers } = await realRecords();
    const bad = withField(withField(handovers, 1, 2, "1e308").split("\r\n"), 2, 2, "@SUM(1)");
    const error = await refusal(() =>
      readHandoverFiles(["h.csv"], fakeIo({ "h.csv": utf8(bad) }).io)
    );
    expect(error.message).toContain(
      "h.csv cannot be read completely (2 problems); a claim handed over in an unreadable row would get reminders again."
    );
    expect(error.message).toContain(
      'row 2, column Datum overdracht ("1e308"): Datum overdracht "1e308" is not a date'
    );
    expect(error.message).toContain('row 3, column Datum overdracht ("@SUM(1)")');
    expect(error.messageNl).toContain('regel 3, kolom Datum overdracht ("@SUM(1)")');
    expect(error.messageNl).toContain("zou weer herinneringen krijgen");
    const r = await remindWithHandovers(utf8(bad));
    expect(r.status).toBe(1);
    expect(r.written.size).toBe(0);
  });

  it("binary junk, UTF-16 and an enormous invoice number", async () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const r = await remindWithHandovers(junk);
    expect(r.status).toBe(1);
    expect(r.err()).toContain("h.csv cannot be read completely");

    const { handovers } = await realRecords();
    const text = handovers.join("\r\n");
    expect(handoversFromCsv(utf16NoBom(text, false)).state).toEqual(
      handoversFromCsv(utf8(text)).state
    );

    const enormous = handoversFromCsv(utf8(withField(handovers, 1, 1, "9".repeat(8_000_000))));
    expect(enormous.state.records).toHaveLength(1);
    expect(enormous.issues.map((i) => [i.row, i.column, i.value.length])).toEqual([
      [2, "Factuurnummer", 41],
    ]);
  });

  it("shownValue escapes what could steer a terminal or reorder a line", () => {
    expect(shownValue("a\u009b31mb\u202ec\u001bd")).toBe('"a\\u009b31mb\\u202ec\\u001bd"');
    expect(shownValue("x".repeat(100))).toBe(`"${"x".repeat(57)}..."`);
  });
});
