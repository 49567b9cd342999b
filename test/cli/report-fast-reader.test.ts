import fc from "fast-check";
import { run, type CliIo, FAST_READER_MIN_BYTES, readReportInput } from "../../src/cli";
import { frameFromLedger, buildReport, buildReportFromFrame } from "../../src/analytics";
import { reportJson } from "../../src/documents";
import { readLedgerFile } from "../../src/formats";
import type { IsoDay } from "../../src/core";
import { benchCsvText } from "../../bench/bench-csv";

const AS_OF = "2026-06-30" as IsoDay;
const header = "factuur,klant,naam,factuurdatum,vervaldatum,bedrag,openstaand\n";
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The report JSON as the CLI made it before the fast reader: readLedgerFile, then buildReport. */
async function fullReaderJson(bytes: Uint8Array, file: string, asOf: IsoDay = AS_OF) {
  const result = await readLedgerFile(bytes, file);
  return reportJson(buildReport(result.ledger, { asOf }), "en");
}

async function inputJson(bytes: Uint8Array, file: string, minBytes = 0) {
  const input = await readReportInput(bytes, file, {}, {}, minBytes);
  return { input, json: reportJson(buildReportFromFrame(input.frame, { asOf: AS_OF }), "en") };
}

function memoryIo(files: Record<string, Uint8Array>) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: async (file) => {
      const data = files[file];
      if (data === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return data;
    },
    today: () => AS_OF,
  };
  return { io, out: () => out, err: () => err };
}

/**
 * A ledger with everything the fast reader must keep exactly: names (some blank, some non-ASCII,
 * changing per customer), settled dates (so trends, payment behaviour and CEI are computed), credit
 * notes, partly paid items, amounts with 0, 1 or 2 decimals, invoice dates after the reporting day.
 */
function richCsv(rows: number, eol: string, delimiter: string): string {
  let x = 7;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const day = (from: number): string =>
    new Date(Date.UTC(2024, 0, 1) + (from + next(120)) * 86_400_000).toISOString().slice(0, 10);
  const ids = ["D001", "Zoë & Co", "株式会社9", "Ørsted", "K-42", "D001x", "Bakker"];
  const names = ["Bakkerij De Zon", "Müller GmbH", "", "Crème & Brûlée", "李 Trading"];
  const lines = [
    [
      "factuurnummer",
      "debiteurnummer",
      "naam",
      "factuurdatum",
      "vervaldatum",
      "bedrag",
      "openstaand",
      "betaaldatum",
    ].join(delimiter),
  ];
  for (let i = 0; i < rows; i++) {
    if (next(40) === 0) lines.push("");
    const invoiceDay = next(900);
    const invoice = day(invoiceDay);
    const due = day(invoiceDay + 14);
    let cents = 100 + next(900_000);
    if (next(20) === 0) cents = -Math.floor(cents / 3);
    const euros = (c: number): string => {
      const whole = `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}`;
      const f = Math.abs(c) % 100;
      return f === 0
        ? whole
        : f % 10 === 0
          ? `${whole}.${f / 10}`
          : `${whole}.${String(f).padStart(2, "0")}`;
    };
    const settledKind = next(3);
    const settled = settledKind === 0 ? "" : day(invoiceDay + 20);
    const open = settledKind === 0 ? (next(4) === 0 ? Math.trunc(cents / 2) : cents) : 0;
    lines.push(
      [
        `F-${i}${next(9) === 0 ? "é" : ""}`,
        ids[next(ids.length)],
        names[next(names.length)],
        invoice,
        due,
        euros(cents),
        euros(open),
        settled,
      ].join(delimiter)
    );
  }
  return lines.join(eol) + eol;
}

describe("the report's fast reader", () => {
  it("openstaand report on the benchmark CSV prints exactly the full reader's JSON", async () => {
    const bytes = utf8(benchCsvText(25_000, AS_OF));
    expect(bytes.length).toBeGreaterThan(FAST_READER_MIN_BYTES);
    const { input } = await inputJson(bytes, "bench.csv", FAST_READER_MIN_BYTES);
    expect(input.reader).toBe("fast"); // the CLI below takes the fast reader too
    const f = memoryIo({ "bench.csv": bytes });
    expect(
      await run(["report", "bench.csv", "--as-of", AS_OF, "--json", "--lang", "en"], f.io)
    ).toBe(0);
    const printed = JSON.parse(f.out());
    expect(printed).toEqual({ file: "bench.csv", ...(await fullReaderJson(bytes, "bench.csv")) });
    expect(printed.control.rows).toBe(25_000);
    expect(printed.control.reconciles).toBe(true);
  });

  it.each([
    ["LF, comma", "\n", ","],
    ["CRLF, semicolon", "\r\n", ";"],
    ["LF, tab", "\n", "\t"],
  ])(
    "gives the full reader's report on a ledger with names and settled dates (%s)",
    async (_, eol, delim) => {
      const bytes = utf8(richCsv(3000, eol, delim));
      const { input, json } = await inputJson(bytes, "rich.csv");
      expect(input.declined).toBeNull();
      expect(input.reader).toBe("fast");
      expect(json).toEqual(await fullReaderJson(bytes, "rich.csv"));
      expect(json.history.payments).toBe(true);
      expect(json.trends.length).toBeGreaterThan(0);
      expect(json.customers.some((c) => c.name === "Crème & Brûlée")).toBe(true);
    }
  );

  it("keeps small files, and files read with reading options, on the full reader", async () => {
    const bytes = utf8(richCsv(200, "\n", ","));
    expect((await readReportInput(bytes, "small.csv", {}, {})).reader).toBe("full");
    const withOption = await readReportInput(bytes, "small.csv", { notation: "en" }, {}, 0);
    expect(withOption.reader).toBe("full");
    expect(withOption.declined).toBeNull();
  });

  const good = (i: number): string =>
    `F${i},K${i % 7},Naam ${i % 7},2025-01-${String(1 + (i % 28)).padStart(2, "0")},2025-03-01,${100 + i}.50,${i % 3 === 0 ? 0 : 100 + i}.50`;
  // The bad row comes after the rows the full reader checks the header on (50).
  const ledger = (bad: string, at = 55): Uint8Array =>
    utf8(
      header + Array.from({ length: 60 }, (_, i) => (i === at ? bad : good(i))).join("\n") + "\n"
    );

  it.each([
    [
      "a duplicate invoice number",
      "F3,K1,Naam 1,2025-01-05,2025-03-01,10.00,10.00",
      /appears twice/,
    ],
    [
      "spaces around a customer number",
      "FX, K1,Naam 1,2025-01-05,2025-03-01,10.00,10.00",
      /spaces/,
    ],
    ["an empty due date", "FX,K1,Naam 1,2025-01-05,,10.00,10.00", /due date/],
    ["an empty open amount", "FX,K1,Naam 1,2025-01-05,2025-03-01,10.00,", /open amount is empty/],
    [
      "an open amount above the amount",
      "FX,K1,Naam 1,2025-01-05,2025-03-01,10.00,12.00",
      /open amount/,
    ],
    [
      "an open amount of the other sign",
      "FX,K1,Naam 1,2025-01-05,2025-03-01,-10.00,5.00",
      /open amount/,
    ],
    ["a total row", "Totaal,,,,,1000.00,1000.00", /total row/],
    [
      "a total row with an invoice-number label",
      "Subtotaal,K1,,2025-01-05,2025-03-01,10.00,10.00",
      /total row/,
    ],
    ["an Excel error as name", "FX,K1,#N/A,2025-01-05,2025-03-01,10.00,10.00", /Excel error/],
    ["a name with a trailing space", "FX,K1,Naam ,2025-01-05,2025-03-01,10.00,10.00", /spaces/],
    ["an implausible year", "FX,K1,Naam 1,1900-01-05,2025-03-01,10.00,10.00", /1950-2199/],
    ["an amount ending in a point", "FX,K1,Naam 1,2025-01-05,2025-03-01,10.,10.00", /plain amount/],
    ["a quoted field", 'FX,K1,"Naam, 1",2025-01-05,2025-03-01,10.00,10.00', /quoted/],
    ["a short row", "FX,K1,Naam 1,2025-01-05", /fields where the header has 7/],
    ["a repeated header row", "factuur,klant,naam,2025-01-05,2025-03-01,10.00,10.00", /header/],
    [
      "an empty invoice number",
      ",K1,Naam 1,2025-01-05,2025-03-01,10.00,10.00",
      /invoice number is empty/,
    ],
    [
      "a lone carriage return",
      "FX,K1,Naam\r1,2025-01-05,2025-03-01,10.00,10.00",
      /carriage return/,
    ],
  ])(
    "falls back to the full reader for %s, and reports what it reports",
    async (_, bad, reason) => {
      const bytes = ledger(bad);
      const { input, json } = await inputJson(bytes, "doubt.csv");
      expect(input.reader).toBe("full");
      expect(input.declined).toMatch(reason);
      expect(json).toEqual(await fullReaderJson(bytes, "doubt.csv"));
    }
  );

  it("reads mixed line ends fast (as the full reader); falls back for Windows-1252 bytes and a doubtful first row", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => good(i));
    const mixed = utf8(
      `${header}${lines.slice(0, 20).join("\n")}\r\n${lines.slice(20).join("\r\n")}\n`
    );
    const mixedInput = await inputJson(mixed, "m.csv");
    expect(mixedInput.input.reader).toBe("fast");
    expect(mixedInput.input.rows).toBe(40);
    expect(mixedInput.json).toEqual(await fullReaderJson(mixed, "m.csv"));
    // "Café" saved by Excel as Windows-1252: é is the single byte 0xE9.
    const text = new TextDecoder().decode(ledger("FX,K1,Café,2025-01-05,2025-03-01,10.00,10.00"));
    const cp1252 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const read = await readReportInput(cp1252, "w.csv", {}, {}, 0);
    expect(read.reader).toBe("full");
    expect(read.declined).toBe("the file is windows-1252, not UTF-8");
    const firstDoubtful = ledger("F0,K1,Naam 1,2025-01-05,2025-03-01,10.00,12.00", 0);
    expect((await readReportInput(firstDoubtful, "f.csv", {}, {}, 0)).declined).toMatch(
      /^the full reader has doubts: Open amount/
    );
  });

  it("says on stderr why a large file took the full reader, when reading took long", async () => {
    const text = benchCsvText(25_000, AS_OF).replace("F0020007,", "F0020003,");
    let clock = 0;
    const f = memoryIo({ "dup.csv": utf8(text) });
    f.io.now = () => (clock += 1500);
    expect(await run(["report", "dup.csv", "--as-of", AS_OF, "--json", "--lang", "en"], f.io)).toBe(
      0
    );
    expect(f.err()).toContain(
      'dup.csv: read with the full reader, not the fast one: invoice number "F0020003" appears twice'
    );
  });
});

describe("the fast reader against the full reader, on awkward cells", () => {
  const COLUMNS = [
    "customer",
    "invoiceDay",
    "dueDay",
    "dueDerived",
    "settledDay",
    "amount",
    "open",
  ] as const;
  // Mostly plain values, so that many files are read fast; now and then an awkward one.
  const mostly = (plain: string[], awkward: string[]) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...plain) },
      { weight: 1, arbitrary: fc.constantFrom(...awkward) }
    );
  const cell = {
    // Plain invoice numbers get the row number appended (unique); awkward ones are kept as they are.
    invoice: mostly(
      ["F", "é", "T", "S", "G", "E", "f", "x"],
      [" F4", "F5 ", "", "#N/A", "Totaal", "Subtotaal F", "Eindtotaal", "factuur", "F\u00a0", "DUP"]
    ),
    customer: mostly(["K1", "K2", "Zoë", "k-3", "Totaal BV"], [" K3", "", "#REF!", "klant", "K1 "]),
    name: mostly(["", "Naam", "Crème", "Totaal BV", "naam x"], ["Naam ", " ", "#N/A", "\u00a0N"]),
    day: mostly(
      ["2025-01-31", "2024-02-29", "1950-01-01", "2199-12-31"],
      ["", "2025-02-29", "1900-01-01", "2025-1-31", "31-01-2025", "2200-01-01", "1949-12-31"]
    ),
    money: mostly(
      ["10", "10.5", "10.50", "0", "-0", "-5", "00012.30", "1234567890123.45"],
      ["10.", ".5", "1,50", "", "12.345", "+3", " 7", "1e3", "-", "12345678901234"]
    ),
    // The open amount: mostly the amount itself or nothing open; now and then any amount.
    open: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("=", "0") },
      { weight: 1, arbitrary: fc.constantFrom("10", "10.5", "-5", "", "7.") }
    ),
  };
  const row = fc.tuple(
    cell.invoice,
    cell.customer,
    cell.name,
    cell.day,
    cell.day,
    cell.money,
    cell.open
  );
  const line = (
    [invoice, customer, name, invoiceDay, due, amount, open]: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ],
    i: number
  ) =>
    [
      invoice.length === 1 ? `${invoice}${i}` : invoice,
      customer,
      name,
      invoiceDay,
      due,
      amount,
      open === "=" ? amount : open,
    ].join(",");

  it("whenever the fast frame is used, the full reader gives the same frame and no issue", async () => {
    const outcomes = { fast: 0, full: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 0, max: 40 }),
        async (rows, eol, plainRows) => {
          // Plain rows first (some files are read fast), then the awkward ones.
          const lines = Array.from({ length: plainRows }, (_, i) =>
            [
              `P${i}`,
              `K${i % 3}`,
              `Naam ${i % 3}`,
              "2025-01-05",
              "2025-02-04",
              "10.00",
              "5.00",
            ].join(",")
          );
          lines.push(...rows.map((r, i) => line(r, i)));
          const bytes = utf8(`${header.trimEnd()}${eol}${lines.join(eol)}${eol}`);
          const input = await readReportInput(bytes, "x.csv", {}, {}, 0);
          outcomes[input.reader]++;
          if (input.reader !== "fast") return;
          const full = await readLedgerFile(bytes, "x.csv");
          expect(full.issues).toEqual([]);
          const slow = frameFromLedger(full.ledger);
          const fast = input.frame;
          expect(fast.length).toBe(slow.length);
          for (const c of COLUMNS) expect(Array.from(fast[c])).toEqual(Array.from(slow[c]));
          expect(fast.customers).toEqual(slow.customers);
          expect(fast.has).toEqual(slow.has);
          for (let i = 0; i < fast.length; i++) expect(fast.invoiceId(i)).toBe(slow.invoiceId(i));
        }
      ),
      { numRuns: 400 }
    );
    // Both ways are exercised: the property is not vacuous. (About 1 run in 8–10 takes the fast
    // path; a bound of 40 of 400 failed now and then on a random seed, so the bound is loose.)
    expect(outcomes.fast).toBeGreaterThan(10);
    expect(outcomes.full).toBeGreaterThan(10);
  });
});
