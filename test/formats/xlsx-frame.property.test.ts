/**
 * The XLSX fast path (streamXlsxFrame, through readReportInput as `openstaand report` reads a file)
 * against the full reader (readLedgerFile, then frameFromLedger): for random workbooks with awkward
 * cells — text and number ids, padded text, Excel errors, totals and a repeated header, dates as
 * date cells, as text and as bare serials, in the 1900 and 1904 date systems, amounts as numbers
 * (some past the cent) and as Dutch or English text, empty cells, booleans, formula results,
 * inline strings, cells with and without references, empty rows, merged cells — whenever the fast
 * frame is used, the full reader gives the same frame, no issue and the same control totals; and
 * both ways are taken. The CSV twin of this property is in test/cli/report-fast-reader.test.ts.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { FAST_READER_MIN_BYTES, readReportInput, run, type CliIo } from "../../src/cli";
import { buildReport, frameFromLedger } from "../../src/analytics";
import { reportJson } from "../../src/documents";
import type { IsoDay } from "../../src/core";
import { readLedgerFile, streamXlsxFrame } from "../../src/formats";
import { benchXlsxBytes } from "../../bench/bench-xlsx";

/** A cell as the test writes it into the sheet XML. */
type CellSpec =
  | null
  | { s: string } // shared string
  | { inline: string }
  | { n: number; date?: boolean }
  | { b: boolean }
  | { e: string }
  | { formula: number | string };

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const column = (k: number): string => String.fromCharCode(65 + k);

/** A workbook of `rows` (row 1 the header) written by hand, as Excel and other tools write them. */
async function workbook(
  rows: readonly (readonly CellSpec[] | null)[],
  options: { date1904: boolean; references: boolean; merge: boolean }
): Promise<Uint8Array> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string): number => {
    let k = index.get(text);
    if (k === undefined) {
      k = strings.length;
      index.set(text, k);
      strings.push(text);
    }
    return k;
  };
  let xml = "";
  rows.forEach((cells, i) => {
    const r = i + 1;
    if (cells === null) return; // a row that is not written at all
    xml += options.references ? `<row r="${r}">` : "<row>";
    cells.forEach((cell, k) => {
      const ref = options.references ? ` r="${column(k)}${r}"` : "";
      if (cell === null) xml += options.references ? "" : `<c${ref}/>`;
      else if ("s" in cell) xml += `<c${ref} t="s"><v>${shared(cell.s)}</v></c>`;
      else if ("inline" in cell)
        xml += `<c${ref} t="inlineStr"><is><t xml:space="preserve">${esc(cell.inline)}</t></is></c>`;
      else if ("n" in cell) xml += `<c${ref}${cell.date ? ' s="1"' : ""}><v>${cell.n}</v></c>`;
      else if ("b" in cell) xml += `<c${ref} t="b"><v>${cell.b ? 1 : 0}</v></c>`;
      else if ("e" in cell) xml += `<c${ref} t="e"><v>${esc(cell.e)}</v></c>`;
      else if (typeof cell.formula === "number")
        xml += `<c${ref}><f>1+1</f><v>${cell.formula}</v></c>`;
      else xml += `<c${ref} t="str"><f>"x"</f><v>${esc(cell.formula)}</v></c>`;
    });
    xml += "</row>";
  });
  const merge = options.merge ? '<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>' : "";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="Posten" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
  );
  zip.file(
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join("")}</sst>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData>${merge}</worksheet>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const HEADER: CellSpec[] = [
  "Factuurnummer",
  "Debiteur",
  "Naam",
  "Factuurdatum",
  "Vervaldatum",
  "Bedrag",
  "Openstaand",
  "Betaald op",
].map((s) => ({ s }));

/** The serial of an ISO day in a date system. */
const serial = (iso: string, date1904: boolean): number =>
  Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);

const COLUMNS = [
  "customer",
  "invoiceDay",
  "dueDay",
  "dueDerived",
  "settledDay",
  "amount",
  "open",
] as const;

describe("the XLSX fast path against the full reader, on awkward cells", () => {
  const mostly = <T>(plain: T[], awkward: T[]) =>
    fc.oneof(
      { weight: 14, arbitrary: fc.constantFrom(...plain) },
      { weight: 1, arbitrary: fc.constantFrom(...awkward) }
    );
  type Day = string | CellSpec;
  const cell = {
    // Plain invoice numbers get the row number appended (unique); awkward ones are kept.
    invoice: mostly<CellSpec>(
      [{ s: "F" }, { s: "é" }, { inline: "I" }, { n: 7 }, { formula: "Q" }],
      [
        { s: " F4" },
        { s: "F5 " },
        { s: "" },
        { e: "#N/A" },
        { s: "#N/A" },
        { s: "Totaal" },
        { s: "Subtotaal F" },
        { s: "factuurnummer" },
        { s: "DUP" },
        null,
        { b: true },
        { n: 45_000, date: true },
      ]
    ),
    customer: mostly<CellSpec>(
      [{ s: "K1" }, { s: "K2" }, { s: "Zoë" }, { n: 1001 }, { s: "Totaal BV" }],
      [{ s: " K3" }, { s: "" }, { e: "#REF!" }, { s: "debiteur" }, null, { n: 1.5 }]
    ),
    name: mostly<CellSpec>(
      [null, { s: "Naam" }, { s: "Crème & Zn" }, { s: "" }, { inline: "Naam x" }],
      [{ s: "Naam " }, { s: " " }, { e: "#N/A" }, { s: "\u00a0N" }, { n: 12 }, { b: false }]
    ),
    day: mostly<Day>(
      ["2025-01-31", "2024-02-29", "1950-01-01", "2199-12-31", "2026-07-01"],
      [
        null,
        "1949-12-31",
        "2200-01-01",
        { s: "31-01-2025" },
        { s: "2025-01-31" },
        { n: 45_000 },
        { n: 20_250_131 },
        { n: 45_000.5, date: true },
        { e: "#VALUE!" },
      ]
    ),
    money: mostly<CellSpec>(
      [{ n: 10 }, { n: 10.5 }, { n: 0 }, { n: -5 }, { n: 1234.56 }, { formula: 99.99 }],
      [
        { n: 12.345 },
        { n: 1e15 },
        { s: "1.234,56" },
        { s: "1,234.56" },
        { s: "12,50" },
        null,
        { e: "#DIV/0!" },
        { b: true },
        { n: 45_000, date: true },
      ]
    ),
    // The open amount: mostly the amount itself or nothing open; now and then anything.
    open: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<"=" | CellSpec>("=", { n: 0 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<"=" | CellSpec>({ n: 10 }, { n: -5 }, null, { s: "5" }),
      }
    ),
  };
  const row = fc.tuple(
    cell.invoice,
    cell.customer,
    cell.name,
    cell.day,
    cell.day,
    cell.money,
    cell.open,
    fc.oneof({ weight: 4, arbitrary: fc.constant<Day>(null) }, { weight: 1, arbitrary: cell.day })
  );

  it("whenever the fast frame is used, the full reader gives the same frame, no issue and the same control totals", async () => {
    const outcomes = { fast: 0, full: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 70 }),
        fc.record({
          date1904: fc.boolean(),
          references: fc.boolean(),
          merge: fc.oneof(
            { weight: 9, arbitrary: fc.constant(false) },
            { weight: 1, arbitrary: fc.constant(true) }
          ),
          gap: fc.oneof(
            { weight: 9, arbitrary: fc.constant(false) },
            { weight: 1, arbitrary: fc.constant(true) }
          ),
          trailing: fc.boolean(),
        }),
        async (awkward, plainRows, options) => {
          const { date1904 } = options;
          const dayCell = (d: Day): CellSpec =>
            typeof d === "string" ? { n: serial(d, date1904), date: true } : d;
          const rows: (CellSpec[] | null)[] = [HEADER];
          for (let i = 0; i < plainRows; i++)
            rows.push([
              { s: `P${i}` },
              { s: `K${i % 3}` },
              { s: `Naam ${i % 3}` },
              dayCell("2025-01-05"),
              dayCell("2025-02-04"),
              { n: 10 + i / 100 },
              { n: 5 },
              null,
            ]);
          awkward.forEach(
            ([invoice, customer, name, invoiceDay, due, amount, open, settled], i) => {
              const id =
                invoice !== null && "s" in invoice && invoice.s.length === 1
                  ? { s: `${invoice.s}${i}` }
                  : invoice !== null && "inline" in invoice
                    ? { inline: `${invoice.inline}${i}` }
                    : invoice !== null && "n" in invoice && !invoice.date
                      ? { n: invoice.n * 1000 + i }
                      : invoice !== null && "formula" in invoice
                        ? { formula: `${invoice.formula}${i}` }
                        : invoice;
              rows.push([
                id,
                customer,
                name,
                dayCell(invoiceDay),
                dayCell(due),
                amount,
                open === "=" ? amount : open,
                dayCell(settled),
              ]);
            }
          );
          if (options.gap && rows.length > 3) rows.splice(2, 0, null);
          if (options.trailing) rows.push(null, []);
          const bytes = await workbook(rows, options);
          const input = await readReportInput(bytes, "x.xlsx", {}, {}, 0);
          outcomes[input.reader]++;
          if (input.reader !== "fast") return;
          const full = await readLedgerFile(bytes, "x.xlsx");
          expect(full.issues).toEqual([]);
          const slow = frameFromLedger(full.ledger);
          const fast = input.frame;
          expect(fast.length).toBe(slow.length);
          for (const c of COLUMNS) expect(Array.from(fast[c])).toEqual(Array.from(slow[c]));
          expect(fast.customers).toEqual(slow.customers);
          expect(fast.has).toEqual(slow.has);
          for (let i = 0; i < fast.length; i++) expect(fast.invoiceId(i)).toBe(slow.invoiceId(i));
          // The control totals reconcile to the cent with the fast frame's sums.
          const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
          expect(full.control.accepted).toBe(fast.length);
          expect(full.control.rejected).toBe(0);
          expect(sum(fast.amount)).toBe(full.control.amount.accepted);
          expect(sum(fast.open)).toBe(full.control.open.accepted);
        }
      ),
      { numRuns: 300 }
    );
    expect(outcomes.fast).toBeGreaterThan(10);
    expect(outcomes.full).toBeGreaterThan(10);
  }, 300_000);

  it("reads a worked example exactly and says why it declines a sheet it may not read", async () => {
    const day = (iso: string): CellSpec => ({ n: serial(iso, false), date: true });
    const rows: CellSpec[][] = [
      HEADER,
      [
        { s: "F-1" },
        { s: "D1" },
        { s: "Jansen B.V." },
        day("2026-10-01"),
        day("2026-10-31"),
        { n: 1250 },
        { n: 1250 },
        null,
      ],
      [
        { s: "F-2" },
        { n: 2002 },
        null,
        day("2026-09-01"),
        day("2026-10-01"),
        { n: 800.1 },
        { n: 0 },
        day("2026-10-05"),
      ],
      [
        { s: "F-3" },
        { s: "D1" },
        { s: "Jansen" },
        day("2026-11-01"),
        day("2026-12-01"),
        { n: -99.99 },
        { n: -99.99 },
        null,
      ],
    ];
    const frame = await streamXlsxFrame(
      await workbook(rows, { date1904: false, references: true, merge: false }),
      "voorbeeld.xlsx"
    );
    expect(frame.sheet).toBe("Posten");
    expect(frame.length).toBe(3);
    expect([0, 1, 2].map((i) => frame.invoiceId(i))).toEqual(["F-1", "F-2", "F-3"]);
    expect(frame.customers.map((c) => [c.id, c.name])).toEqual([
      ["D1", "Jansen"],
      ["2002", null],
    ]);
    expect(Array.from(frame.amount)).toEqual([125_000, 80_010, -9_999]);
    expect(Array.from(frame.open)).toEqual([125_000, 0, -9_999]);
    expect(Array.from(frame.dueDay)).toEqual([20_757, 20_727, 20_788]); // 2026-10-31, 2026-10-01, 2026-12-01
    expect(frame.has.settledDate).toBe(true);
    // A text amount needs the full reader (its notation is decided over the whole column).
    rows.push([
      { s: "F-4" },
      { s: "D2" },
      null,
      day("2026-11-01"),
      day("2026-12-01"),
      { s: "1.234,56" },
      { n: 0 },
      null,
    ]);
    await expect(
      streamXlsxFrame(
        await workbook(rows, { date1904: false, references: false, merge: false }),
        "v.xlsx"
      )
    ).rejects.toThrow('Row 5: the amount "1.234,56" is not a plain amount.');
  });

  it("openstaand report on the benchmark workbook takes the fast path and prints exactly the full reader's JSON", async () => {
    const asOf = "2026-06-30" as IsoDay;
    const bytes = await benchXlsxBytes(40_000);
    expect(bytes.length).toBeGreaterThan(FAST_READER_MIN_BYTES);
    const input = await readReportInput(bytes, "bench.xlsx", {}, {});
    expect(input.declined).toBeNull();
    expect(input.reader).toBe("fast");
    let out = "";
    const io: CliIo = {
      stdout: (text) => void (out += text),
      stderr: () => undefined,
      readFile: async () => bytes,
      today: () => asOf,
    };
    expect(await run(["report", "bench.xlsx", "--as-of", asOf, "--json", "--lang", "en"], io)).toBe(
      0
    );
    const full = await readLedgerFile(bytes, "bench.xlsx");
    const printed = JSON.parse(out);
    expect(printed).toEqual({
      file: "bench.xlsx",
      ...reportJson(buildReport(full.ledger, { asOf }), "en"),
    });
    expect(printed.control.rows).toBe(40_000);
    expect(printed.control.reconciles).toBe(true);
  }, 600_000);
});
