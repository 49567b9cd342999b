import fc from "fast-check";
import {
  fastCsvFrame,
  FastPathUnsupported,
  frameFromCsvChunks,
  frameFromPlacedChunks,
  parseCsvChunk,
  type ChunkTarget,
  readCsvLayout,
} from "../../src/formats";
import { toEpochDay, type IsoDay } from "../../src/core";
import { allocateColumns, type ReceivablesFrame } from "../../src/analytics";
import { referenceCsvFrame } from "./fast-csv-frame-reference";

const COLUMNS = [
  "customer",
  "invoiceDay",
  "dueDay",
  "dueDerived",
  "settledDay",
  "amount",
  "open",
  "disputed",
  "writtenOff",
  "writeOffDay",
] as const;

/** Everything a frame holds, as plain values (so toEqual shows the first difference). */
function plain(frame: ReceivablesFrame): unknown {
  return {
    length: frame.length,
    columns: Object.fromEntries(COLUMNS.map((c) => [c, Array.from(frame[c])])),
    customers: frame.customers,
    invoiceIds: Array.from({ length: frame.length }, (_, i) => frame.invoiceId(i)),
    has: frame.has,
  };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const IDS = ["D001", "D002", "Café-Noël", "Zürich 7", "株式会社9", "D001x", "", "Ørsted"];
const NAMES = ["Bakkerij De Zon", "Müller GmbH", "Crème & Brûlée", "", "李 Trading"];

/** A deterministic ledger CSV with the awkward parts the fast path must keep exactly. */
function ledgerCsv(rows: number, seed: number, eol: string, delimiter = ","): string {
  let x = seed;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const day = (): string => {
    const d = new Date(Date.UTC(2024, 0, 1) + next(900) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const money = (): string => {
    const c = next(2_000_000) - 100_000;
    const text = `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}`;
    const f = Math.abs(c) % 100;
    return next(4) === 0
      ? text
      : next(3) === 0
        ? `${text}.${Math.floor(f / 10)}`
        : `${text}.${String(f).padStart(2, "0")}`;
  };
  const header = [
    "factuurnummer",
    "debiteurnummer",
    "naam",
    "factuurdatum",
    "vervaldatum",
    "bedrag",
    "openstaand",
    "betaaldatum",
  ];
  const lines = [header.join(delimiter)];
  for (let i = 0; i < rows; i++) {
    if (next(25) === 0) lines.push(""); // blank lines are skipped but counted
    const settled = next(3) === 0 ? day() : "";
    lines.push(
      [
        `F-${i}${next(10) === 0 ? "é" : ""}`,
        IDS[next(IDS.length)],
        NAMES[next(NAMES.length)],
        day(),
        next(6) === 0 ? "" : day(),
        money(),
        next(5) === 0 ? "" : money(),
        settled,
      ].join(delimiter)
    );
  }
  return lines.join(eol) + (next(2) === 0 ? eol : "");
}

describe("fastCsvFrame (byte scanner)", () => {
  it.each([
    ["LF, comma", "\n", ","],
    ["CRLF, comma", "\r\n", ","],
    ["CRLF, semicolon", "\r\n", ";"],
    ["LF, tab", "\n", "\t"],
  ])("gives the same frame as the text reader (%s, non-ASCII ids and names)", (_, eol, delim) => {
    for (const seed of [1, 2, 3]) {
      const bytes = encode(ledgerCsv(400, seed, eol, delim));
      expect(plain(fastCsvFrame(bytes))).toEqual(plain(referenceCsvFrame(bytes)));
    }
  });

  it("reads a worked example exactly: ids, names, cents, days, derived due days", () => {
    const csv =
      "\uFEFFfactuur;klant;naam;factuurdatum;vervaldatum;bedrag;openstaand\r\n" +
      "F1;Café;Crème BV;2025-01-31;2025-03-02;1234.5;-0.07\r\n" +
      "\r\n" +
      "F2;株式会社;;2025-02-01;;-99;\r\n" +
      "F3;Café;Crème & Zn;2025-02-03;2025-03-05;0.01;0.01\r\n";
    const frame = fastCsvFrame(encode(csv));
    expect(frame.length).toBe(3);
    expect(frame.customers.map((c) => [c.id, c.name])).toEqual([
      ["Café", "Crème & Zn"],
      ["株式会社", null],
    ]);
    expect(Array.from(frame.customer)).toEqual([0, 1, 0]);
    expect(Array.from(frame.amount)).toEqual([123450, -9900, 1]);
    expect(Array.from(frame.open)).toEqual([-7, -9900, 1]);
    const day = (iso: string): number => toEpochDay(iso as IsoDay);
    expect(Array.from(frame.invoiceDay)).toEqual([
      day("2025-01-31"),
      day("2025-02-01"),
      day("2025-02-03"),
    ]);
    expect(frame.dueDay[1]).toBe(day("2025-03-03")); // 1 February + the default 30 days
    expect(Array.from(frame.dueDerived)).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((i) => frame.invoiceId(i))).toEqual(["F1", "F2", "F3"]);
  });

  it("joins chunks cut at any line into the same frame as one pass", () => {
    const bytes = encode(ledgerCsv(300, 7, "\r\n"));
    const layout = readCsvLayout(bytes);
    const whole = plain(fastCsvFrame(bytes));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: layout.dataStart, max: bytes.length }), { maxLength: 4 }),
        (cuts) => {
          const starts = [layout.dataStart];
          for (const cut of cuts.sort((a, b) => a - b)) {
            const newline = bytes.indexOf(10, cut);
            const at = newline < 0 ? bytes.length : newline + 1;
            if (at > (starts[starts.length - 1] as number) && at < bytes.length) starts.push(at);
          }
          const chunks = starts.map((from, k) =>
            parseCsvChunk(bytes, layout, from, starts[k + 1] ?? bytes.length, 2)
          );
          expect(plain(frameFromCsvChunks(bytes, layout, chunks))).toEqual(whole);
        }
      ),
      { numRuns: 30 }
    );
  });

  const header = "factuur,klant,factuurdatum,vervaldatum,bedrag,openstaand\n";
  it.each([
    ['F1,C1,2025-01-01,2025-01-31,"1,00",1.00\n', "Row 2: the file has quoted fields"],
    [
      'F1,C1,2025-01-01,2025-01-31,1.00,1.00\nF"2,C1,2025-01-01,2025-01-31,1,1\n',
      "Row 3: the file",
    ],
    ["F1,C1,2025-01-01,2025-01-31,5.,1.00\n", 'Row 2: "5." is not a plain amount.'],
    ["F1,C1,2025-01-01,2025-01-31,1.00,5.\r\n", 'Row 2: "5." is not a plain amount.'],
    [
      "F1,C1,2025-01-01,2025-01-31,1.00,1.00\nF2,C1,2025-01-01\n",
      "Row 3: 3 fields where the header has 6.",
    ],
    ["F1,C1\n", "Row 2: 2 fields where the header has 6."],
    [
      "F1,C1,2025-01-01,2025-01-31,1.00,1.00\nF2,C1,31-01-2025,2025-01-31,1.00,1.00\n",
      'Row 3: "31-01-2025" is not an ISO day.',
    ],
    ["F1,C1,2025-01-01,2025-02-30,1.00,1.00\n", 'Row 2: "2025-02-30" is not an ISO day.'],
    ["F1,C1,2025-01-01,2a25-1a-05,1.00,1.00\n", 'Row 2: "2a25-1a-05" is not an ISO day.'],
    ["\nF1,C1,2025-01-01,2025-01-31,1.005,1.00\n", 'Row 3: "1.005" is not a plain amount.'],
    ["F1,C1,2025-01-01,2025-01-31,1.00,€ 1\r\n", 'Row 2: "€ 1" is not a plain amount.'],
    ["F1,C1,2025-01-01,2025-01-31,,1.00\n", 'Row 2: "" is not a plain amount.'],
    [
      "F1,C1,2025-01-01,2025-01-31,12345678901234.00,1\n",
      'Row 2: "12345678901234.00" is not a plain amount.',
    ],
  ])("throws FastPathUnsupported naming the row (%#)", (rows, message) => {
    const run = (): unknown => fastCsvFrame(encode(header + rows));
    expect(run).toThrow(FastPathUnsupported);
    expect(run).toThrow(message);
  });

  it('reads "-0" and "-0.00" as 0, not -0 (as the ledger reader does)', () => {
    const frame = fastCsvFrame(encode(header + "F1,C1,2025-01-01,2025-01-31,-0,-0.00\n"));
    expect(Object.is(frame.amount[0], 0)).toBe(true);
    expect(Object.is(frame.open[0], 0)).toBe(true);
  });

  it("a header with a quote is refused before any row is read", () => {
    const run = (): unknown => fastCsvFrame(encode('"factuur",klant,bedrag\nF1,C1,1.00\n'));
    expect(run).toThrow("The file has quoted fields.");
  });

  it("joins chunks parsed in place into one set of arrays into the same frame", () => {
    const bytes = encode(ledgerCsv(500, 11, "\n", ";"));
    const layout = readCsvLayout(bytes);
    const whole = plain(fastCsvFrame(bytes));
    const cut = bytes.indexOf(10, layout.dataStart + Math.floor(bytes.length / 3)) + 1;
    const blank = (n: number): ChunkTarget => {
      const columns = allocateColumns(n, false);
      return { columns, idStart: new Int32Array(n), idHash: new Int32Array(n) };
    };
    const rows = (t: ChunkTarget, from: number, to: number): ChunkTarget => ({
      columns: Object.fromEntries(
        Object.entries(t.columns).map(([k, v]) => [k, (v as Int32Array).subarray(from, to)])
      ) as unknown as ChunkTarget["columns"],
      idStart: t.idStart.subarray(from, to),
      idHash: t.idHash.subarray(from, to),
    });
    // Room for 300 rows before the second part: the first part's ~180 rows leave a gap.
    const target = blank(900);
    const first = parseCsvChunk(bytes, layout, layout.dataStart, cut, 2, rows(target, 0, 300));
    const second = parseCsvChunk(bytes, layout, cut, bytes.length, 2, rows(target, 300, 900));
    expect(first.inTarget && second.inTarget).toBe(true);
    expect(first.length).toBeLessThan(300);
    const joined = frameFromPlacedChunks(bytes, layout, target, [
      { offset: 0, chunk: first },
      { offset: 300, chunk: second },
    ]);
    expect(plain(joined)).toEqual(whole);
    // Too little room: the scanner moves to arrays of its own, and the copying join gives the same.
    const small = blank(100);
    const overflow = parseCsvChunk(bytes, layout, layout.dataStart, cut, 2, rows(small, 0, 50));
    expect(overflow.inTarget).toBe(false);
    const rest = parseCsvChunk(bytes, layout, cut, bytes.length, 2, rows(small, 50, 100));
    expect(plain(frameFromCsvChunks(bytes, layout, [overflow, rest]))).toEqual(whole);
  });

  it("throws for a file without data rows or with a column it does not read", () => {
    expect(() => fastCsvFrame(encode("factuur,klant,bedrag"))).toThrow(
      "The file has no data rows."
    );
    const withStatus = encode("factuur,klant,bedrag,status\nF1,C1,1.00,afgeschreven\n");
    expect(() => fastCsvFrame(withStatus)).toThrow(FastPathUnsupported);
    expect(() => fastCsvFrame(withStatus)).toThrow(/"status" \(\w+\) needs the full reader/);
  });
});
