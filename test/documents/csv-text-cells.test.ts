import fc from "fast-check";
import {
  csvCellOriginal,
  csvTextCell,
  looksLikeFormula,
  spreadsheetWouldAlter,
  type SheetTable,
} from "../../src/documents";
import { exportCsvBytes, writeCsvTable } from "../../src/formats";
import { csvCells } from "./export-fixture";
import { openCsv, openedCell } from "./dutch-spreadsheet";

const IDS = ["00049", "0012", "1.234", "2026-12", "1-2", "12345678901234567", "0,50", " 49"];

function idTable(ids: readonly string[]): SheetTable {
  return {
    headers: ["Debiteurnummer", "Naam", "Openstaand"],
    types: ["text", "text", "amount"],
    rows: ids.map((id, i) => [id, `Klant ${i}`, 10 + i]),
  };
}

describe("the Dutch-spreadsheet rule the CSV exports rely on", () => {
  it("turns a plain 00049 into 49 and 2026-12 into a date, quoted or not", () => {
    expect(openedCell("00049", "excel")).toEqual({ kind: "number", shown: "49" });
    expect(openedCell("00049", "libreoffice")).toEqual({ kind: "number", shown: "49" });
    expect(openedCell("1.234", "excel")).toEqual({ kind: "number", shown: "1234" });
    expect(openedCell("2026-12", "excel").kind).toBe("date");
    // A CSV written without the rule, quotes or not, loses the zeros: this is the reported bug.
    const plain = new TextEncoder().encode(writeCsvTable(idTable(["00049"])));
    expect(openCsv(plain, "libreoffice")[1]![0]).toEqual({ kind: "number", shown: "49" });
  });

  it("evaluates a string literal in Excel and shows it as text in LibreOffice", () => {
    expect(openedCell('="00049"', "excel")).toEqual({ kind: "text", shown: "00049" });
    expect(openedCell('="00049"', "libreoffice")).toEqual({ kind: "text", shown: '="00049"' });
    expect(openedCell("=1+1", "excel").kind).toBe("formula");
    expect(openedCell("'=1+1", "excel")).toEqual({ kind: "text", shown: "'=1+1" });
  });
});

describe("ids in a CSV export", () => {
  const bytes = exportCsvBytes(idTable([...IDS, "49", "K0049", "=1+1"]));

  it("keep their leading zeros and their form when Excel opens the file", () => {
    const cells = openCsv(bytes, "excel").slice(1);
    expect(cells.slice(0, IDS.length).map((row) => row[0])).toEqual(
      IDS.map((id) => ({ kind: "text", shown: id }))
    );
    // A plain whole number stays a number and shows as written; other text is untouched.
    expect(cells[IDS.length]![0]).toEqual({ kind: "number", shown: "49" });
    expect(cells[IDS.length + 1]![0]).toEqual({ kind: "text", shown: "K0049" });
    // The injection guard still comes first: the hostile id stays inert text.
    expect(cells[IDS.length + 2]![0]).toEqual({ kind: "text", shown: "'=1+1" });
  });

  it("keep every digit in LibreOffice too, as the visible formula text", () => {
    const cells = openCsv(bytes, "libreoffice").slice(1);
    expect(cells[0]![0]).toEqual({ kind: "text", shown: '="00049"' });
    expect(cells.slice(0, IDS.length).every((row) => row[0]!.kind === "text")).toBe(true);
  });

  it("are written as the string formula only where the spreadsheet would alter them", () => {
    const fields = csvCells(bytes)
      .slice(1)
      .map((row) => row[0]);
    expect(fields.slice(0, 3)).toEqual(['="00049"', '="0012"', '="1.234"']);
    expect(fields.slice(IDS.length)).toEqual(["49", "K0049", "'=1+1"]);
    // The amount column is a number on purpose: never wrapped.
    expect(csvCells(bytes)[1]![2]).toBe("10,00");
  });

  it("read back to the original text (Openstaand's own readers)", () => {
    const fields = csvCells(bytes)
      .slice(1)
      .map((row) => row[0]!);
    expect(fields.map(csvCellOriginal)).toEqual([...IDS, "49", "K0049", "=1+1"]);
  });
});

/** Strings rich in what spreadsheets and attackers care about. */
const hostile = fc.string({
  unit: fc.constantFrom(..."0123456789=+-@\t\r\n\"';,./:%eE (A)|!$".split(""), "＝", "\u00A0"),
  maxLength: 14,
});

describe("every text cell of a CSV export, for any text (property)", () => {
  it("never runs as a formula, and shows the text as written (after the guard's apostrophe)", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (texts) => {
        const bytes = exportCsvBytes({
          headers: ["Debiteurnummer", "Factuurnummer"],
          types: ["text", "text"],
          rows: texts.map((t) => [t, t]),
        });
        const opened = openCsv(bytes, "excel").slice(1);
        const fields = csvCells(bytes).slice(1);
        texts.forEach((t, r) => {
          for (const cell of opened[r]!) {
            expect(cell.kind).not.toBe("formula");
            if (cell.kind === "text") expect(cell.shown).toBe(looksLikeFormula(t) ? `'${t}` : t);
            // Only a whole number without leading zero or spaces is left to become a number.
            else expect(cell.shown).toBe(t);
          }
          for (const field of fields[r]!) {
            // A dangerous start is either the guard's apostrophe-free literal "=" form of a
            // digits-only id, or it does not occur at all.
            if (/^[=+\-@\t\r]/.test(field)) expect(field).toMatch(/^="[0-9.,\-/:%eE+ ]*"$/);
            expect(csvCellOriginal(field)).toBe(t);
          }
        });
      }),
      { numRuns: 400 }
    );
  });

  it("wraps only what the spreadsheet would convert, and all it would alter", () => {
    fc.assert(
      fc.property(hostile, (t) => {
        const opened = openedCell(t, "excel");
        const wrapped = csvTextCell(t).startsWith('="');
        expect(wrapped).toBe(!looksLikeFormula(t) && spreadsheetWouldAlter(t));
        if (wrapped) expect(opened.kind).not.toBe("text");
        else if (!looksLikeFormula(t)) expect(opened.shown).toBe(t);
      }),
      { numRuns: 1000 }
    );
  });
});
