/**
 * Line ends: CRLF, LF and a lone CR, mixed in any way, the last line with or without its line end,
 * lose no row, in the full reader (readCsvValues, readLedgerFile) and in the report's fast reader
 * (readReportInput: the fast frame when it reads the file exactly as the full reader, else the full
 * reader's frame). The case that was seen: CRLF lines, the last one ending in LF alone, the last
 * field quoted, read as an unterminated quote and the row lost.
 */
import fc from "fast-check";
import { frameFromLedger } from "../../src/analytics";
import { readReportInput } from "../../src/cli";
import { readCsvValues, readLedgerFile } from "../../src/formats";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const HEADER = ["Factuurnummer", "Debiteur", "Naam", "Vervaldatum", "Bedrag", "Openstaand"];

/** Data row i, plain (the fast reader takes it) or with a quoted name. */
function row(i: number, quoted: boolean): string[] {
  return [
    `F${1000 + i}`,
    `D${i % 4}`,
    quoted ? `"Naam ${i % 4}; BV"` : `Naam ${i % 4}`,
    `2026-0${(i % 9) + 1}-1${i % 10}`,
    `${100 + i}.25`,
    `${50 + i}.25`,
  ];
}

/** The text of the rows joined with `ends[k]` after line k; the last line ends in `last`. */
function csvText(lines: readonly string[], ends: readonly string[], last: string): string {
  return lines.map((line, k) => line + (k === lines.length - 1 ? last : ends[k])).join("");
}

describe("mixed line ends lose no row", () => {
  it.each([
    ["CRLF lines, last in LF, last field quoted", 'a;b;c\r\n1;2;"x"\r\n4;5;"y"\n'],
    ["CRLF lines, last in LF", "a;b;c\r\n1;2;x\r\n4;5;y\n"],
    ["LF lines, last in CRLF", "a;b;c\n1;2;x\n4;5;y\r\n"],
    ["CRLF first, LF in the middle", 'a;b;c\r\n1;2;"x"\n4;5;"y"\r\n'],
    ["a lone CR (old Mac) and no final line end", 'a;b;c\r1;2;"x"\r\n4;5;"y"'],
  ])("%s", (_, text) => {
    const csv = readCsvValues(utf8(text));
    expect(csv.issues).toEqual([]);
    expect(csv.values).toEqual([
      ["a", "b", "c"],
      ["1", "2", "x"],
      ["4", "5", "y"],
    ]);
  });

  it("keeps a line break inside a quoted field as one field of one row", () => {
    const csv = readCsvValues(utf8('a;b\r\n1;"regel 1\r\nregel 2"\r\n2;z\n'));
    expect(csv.values).toEqual([
      ["a", "b"],
      ["1", "regel 1\nregel 2"],
      ["2", "z"],
    ]);
  });

  it("property: any mix of CRLF, LF and CR, last line with or without its end, full reader", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 25 }),
        fc.array(fc.constantFrom("\r\n", "\n", "\r"), { minLength: 26, maxLength: 26 }),
        fc.constantFrom("", "\r\n", "\n", "\r"),
        async (quotes, ends, last) => {
          const rows = quotes.map((quoted, i) => row(i, quoted));
          const text = csvText(
            [HEADER, ...rows].map((r) => r.join(";")),
            ends,
            last
          );
          const csv = readCsvValues(utf8(text));
          expect(csv.issues).toEqual([]);
          expect(csv.values).toHaveLength(rows.length + 1);
          expect(csv.values.slice(1).map((r) => r[2])).toEqual(
            rows.map((r) => (r[2] as string).replace(/"/g, ""))
          );
          const read = await readLedgerFile(utf8(text), "mix.csv");
          expect(read.control).toMatchObject({ accepted: rows.length, rejected: 0 });
          expect(read.ledger.columns.invoiceId).toEqual(rows.map((r) => r[0]));
          const open = rows.reduce((sum, r) => sum + Math.round(Number(r[5]) * 100), 0);
          expect(read.control.open.accepted).toBe(open);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("property: the fast reader (or its fallback) keeps every row too, and CRLF/LF mixes stay fast", async () => {
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.constantFrom("\r\n", "\n", "\r"), { minLength: 41, maxLength: 41 }),
        fc.constantFrom("", "\r\n", "\n"),
        async (count, ends, last) => {
          const rows = Array.from({ length: count }, (_, i) => row(i, false));
          const text = csvText(
            [HEADER, ...rows].map((r) => r.join(",")),
            ends,
            last
          );
          const bytes = utf8(text);
          const input = await readReportInput(bytes, "mix.csv", {}, {}, 0);
          const full = frameFromLedger((await readLedgerFile(bytes, "mix.csv")).ledger);
          expect(input.frame.length).toBe(count);
          expect(full.length).toBe(count);
          expect(Array.from(input.frame.open)).toEqual(Array.from(full.open));
          const loneCr = ends.slice(0, count).includes("\r");
          // Without a lone CR the fast reader reads the file itself, mixed or not.
          if (!loneCr) expect(input.reader).toBe("fast");
          if (input.reader === "fast") fast++;
        }
      ),
      { numRuns: 120 }
    );
    expect(fast).toBeGreaterThan(0);
  });
});
