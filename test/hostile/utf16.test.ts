/**
 * UTF-16 text without a byte-order mark: detected from where its NUL bytes fall, read like the
 * same file with a mark. Text in other encodings is not taken for UTF-16.
 */
import fc from "fast-check";
import { decodeText, sniffUtf16, readLedgerFile } from "../../src/formats";
import { ledgerRows } from "../../src/ledger";
import { utf16NoBom } from "./hostile-text";

const LEDGER =
  "Factuurnummer\tDebiteur\tNaam\tVervaldatum\tBedrag\r\n" +
  "F-001\tD1\tCafé De Gouden Leeuw\t30-11-2026\t€ 1.234,56\r\n" +
  "F-002\tD2\tJansen B.V.\t15-12-2026\t-12,50\r\n";

describe("hostile text: UTF-16 without a byte-order mark", () => {
  it.each([
    [true, "utf-16le"],
    [false, "utf-16be"],
  ] as const)("little-endian %s is decoded as %s", (littleEndian, encoding) => {
    expect(decodeText(utf16NoBom(LEDGER, littleEndian))).toEqual({ text: LEDGER, encoding });
  });

  it("a ledger saved as UTF-16 LE without a mark reads as the same ledger in UTF-8", async () => {
    const result = await readLedgerFile(utf16NoBom(LEDGER, true), "unicode.txt");
    const reference = await readLedgerFile(new TextEncoder().encode(LEDGER), "utf8.txt");
    expect(result.encoding).toBe("utf-16le");
    expect(result.issues).toEqual([]);
    expect(ledgerRows(result.ledger)).toEqual(ledgerRows(reference.ledger));
    expect(ledgerRows(result.ledger).map((row) => [row.customerName, row.amount])).toEqual([
      ["Café De Gouden Leeuw", 123456],
      ["Jansen B.V.", -1250],
    ]);
  });

  it("UTF-8 and Windows-1252 text is never taken for UTF-16 (it has no NUL bytes)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 300 }), (text) => {
        const clean = text.replace(/\0/g, "");
        expect(sniffUtf16(new TextEncoder().encode(clean))).toBeNull();
      })
    );
  });

  // '€' (U+20AC) has no NUL byte; a text of mostly euro signs is not recognised, so it is left out here.
  it("any text of Latin and Dutch characters round-trips through UTF-16 LE and BE without a mark", () => {
    const latin = fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ;,.-éëïüçÉ\t\r\n"),
      minLength: 2,
      maxLength: 400,
    });
    fc.assert(
      fc.property(latin, fc.boolean(), (text, littleEndian) => {
        expect(decodeText(utf16NoBom(text, littleEndian))).toEqual({
          text,
          encoding: littleEndian ? "utf-16le" : "utf-16be",
        });
      })
    );
  });

  it("binary junk with scattered NULs is not taken for UTF-16", () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
    expect(sniffUtf16(junk)).toBeNull();
  });
});
