/**
 * The workbench's file worker: what the page assembles from the worker's messages is exactly what
 * the full reader (readLedgerFile, the oracle) gives on the page — ledger, issues, control totals,
 * header and how the file was read — for real exports, workbooks and random messy CSVs (notations,
 * day orders, encodings, line ends, quotes, blank and bad rows). The worker's side (runFileJob) and
 * the page's side (FileJobAssembler) run here with structuredClone between them, which is what
 * postMessage does; the served page runs them with a real Worker (test/e2e/file-worker.test.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { readLedgerFile, type ReadLedgerFileOptions } from "../../../src/formats";
import { LedgerError } from "../../../src/ledger";
import { FileJobAssembler, runFileJob, type FileJobMessage } from "../../../src/hosts/browser";
import { debiteurenWorkbook, workbookBytes } from "../../formats/xlsx-fixture";

/** Runs a job through the worker's side and the page's side; the messages and the result. */
async function throughWorker(
  bytes: Uint8Array,
  name: string,
  options: ReadLedgerFileOptions = {}
): Promise<{ messages: FileJobMessage[]; result: unknown; error: unknown }> {
  const messages: FileJobMessage[] = [];
  await runFileJob(
    { file: new Blob([bytes as Uint8Array<ArrayBuffer>]), name, options },
    (message) => messages.push(structuredClone(message))
  );
  const assembler = new FileJobAssembler();
  let result: unknown = null;
  let error: unknown = null;
  try {
    for (const message of messages) {
      const taken = assembler.take(message);
      if (taken?.kind === "result") result = taken.result;
    }
  } catch (e) {
    error = e;
  }
  return { messages, result, error };
}

async function oracle(bytes: Uint8Array, name: string, options: ReadLedgerFileOptions = {}) {
  try {
    return { result: await readLedgerFile(bytes, name, options), error: null };
  } catch (error) {
    return { result: null, error };
  }
}

const exportsDir = path.join(process.cwd(), "test/fixtures/exports");

describe("the file worker gives the full reader's result", () => {
  it.each(readdirSync(exportsDir))("real export %s", async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(exportsDir, file)));
    const options: ReadLedgerFileOptions = { asOf: "2026-11-20" as never };
    const expected = await oracle(bytes, file, options);
    const got = await throughWorker(bytes, file, options);
    expect(got.error).toBeNull();
    expect(got.result).toEqual(expected.result);
  });

  it("the IBM sample (2,466 rows, US dates) in slices, with progress up to every row", async () => {
    const file = path.join(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");
    const bytes = new Uint8Array(readFileSync(file));
    const expected = await oracle(bytes, "ar.csv");
    const got = await throughWorker(bytes, "ar.csv");
    expect(got.result).toEqual(expected.result);
    const progress = got.messages.flatMap((m) => (m.kind === "progress" ? [m.progress] : []));
    expect(progress[0]).toEqual({
      bytesDone: 0,
      bytesTotal: bytes.length,
      rowsDone: 0,
      rowsTotal: 0,
    });
    const last = progress[progress.length - 1];
    expect(last).toEqual({
      bytesDone: bytes.length,
      bytesTotal: bytes.length,
      rowsDone: 2466,
      rowsTotal: 2466,
    });
    for (let k = 1; k < progress.length; k++)
      expect(progress[k]!.rowsDone).toBeGreaterThanOrEqual(progress[k - 1]!.rowsDone);
  });

  it("a workbook with a title, merged cells, a formula, an error value and a total row", async () => {
    const bytes = await workbookBytes(debiteurenWorkbook());
    const expected = await oracle(bytes, "debiteuren.xlsx", { sheet: "Debiteuren" });
    const got = await throughWorker(bytes, "debiteuren.xlsx", { sheet: "Debiteuren" });
    expect(expected.result).not.toBeNull();
    expect(got.result).toEqual(expected.result);
  });

  it("a ledger of 20,001 rows arrives in eleven slices (10 × 2,000 rows and 1), in order", async () => {
    const lines = ["Factuur;Klant;Vervaldatum;Bedrag"];
    for (let i = 0; i < 20_001; i++)
      lines.push(`F${i};K${i % 97};${10 + (i % 18)}-0${1 + (i % 9)}-2026;${i % 500},${i % 100}`);
    const bytes = new TextEncoder().encode(lines.join("\r\n"));
    const expected = await oracle(bytes, "big.csv");
    const got = await throughWorker(bytes, "big.csv");
    const slices = got.messages.flatMap((m) => (m.kind === "rows" ? [m.columns.invoiceId] : []));
    expect(slices.map((ids) => ids?.length)).toEqual([...Array<number>(10).fill(2_000), 1]);
    expect(slices[10]).toEqual(["F20000"]);
    expect(got.result).toEqual(expected.result);
    const rows = got.messages.flatMap((m) => (m.kind === "progress" ? [m.progress.rowsDone] : []));
    expect(rows).toEqual([0, 0, 16384, 20001]);
  });

  it("a file without a ledger: the same LedgerError, with its Dutch text, headers and sample", async () => {
    const bytes = new TextEncoder().encode("Naam;Plaats\nJansen;Utrecht\nDe Vries;Breda\n");
    const expected = await oracle(bytes, "adressen.csv");
    const got = await throughWorker(bytes, "adressen.csv");
    expect(expected.error).toBeInstanceOf(LedgerError);
    expect(got.error).toBeInstanceOf(LedgerError);
    const pick = (e: unknown) => {
      const { name, message, messageNl, headers, sample } = e as LedgerError;
      return { name, message, messageNl, headers, sample };
    };
    expect(pick(got.error)).toEqual(pick(expected.error));
  });

  it("an old .xls: the same LedgerFileError in both languages", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const expected = await oracle(bytes, "oud.xls");
    const got = await throughWorker(bytes, "oud.xls");
    expect(got.error).toBeInstanceOf(Error);
    expect((got.error as Error).name).toBe("LedgerFileError");
    expect((got.error as Error).name).toBe((expected.error as Error).name);
    expect((got.error as Error).message).toBe((expected.error as Error).message);
    expect((got.error as { messageNl: string }).messageNl).toBe(
      (expected.error as { messageNl: string }).messageNl
    );
  });
});

/** A messy cell of a random ledger: Dutch and English notations, day orders, blanks, junk. */
const amount = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
  fc
    .integer({ min: -10_000_000, max: 10_000_000 })
    .map((c) => (c / 100).toFixed(2).replace(".", ",")),
  fc.integer({ min: 1000, max: 9_999_999 }).map(
    (c) =>
      `€ ${Math.floor(c / 100)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(c % 100).padStart(2, "0")}`
  ),
  fc.constantFrom("", "-", "n.v.t.", "#N/A", "(12,50)", "1.234.567,89", "abc")
);
const day = fc.oneof(
  fc
    .date({ min: new Date("2020-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 2020, max: 2027 })
    )
    .map(([d, m, y]) => `${d}-${m}-${y}`),
  fc.constantFrom("", "31-02-2026", "gisteren", "2026-13-01")
);
const text = fc.oneof(
  fc.constantFrom("Bakkerij Van Dam", "Café 't Hoekje", "Müller GmbH", " spatie ", "Totaal", ""),
  fc.string({ maxLength: 8 })
);

describe("property: random messy CSVs", () => {
  it("the worker's ledger, issues and control totals equal the full reader's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(50), text, text, day, day, amount, amount), { maxLength: 40 }),
        fc.constantFrom(";", ",", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom("utf-8", "utf-8-bom", "windows-1252", "utf-16le"),
        fc.boolean(),
        async (rows, delimiter, newline, encoding, quoteAll) => {
          const header = [
            "Factuurnummer",
            "Debiteurnummer",
            "Naam",
            "Factuurdatum",
            "Vervaldatum",
            "Bedrag",
            "Openstaand",
          ];
          const cell = (v: string | number): string => {
            const s = String(v);
            return quoteAll || s.includes(delimiter) || s.includes('"')
              ? `"${s.replace(/"/g, '""')}"`
              : s;
          };
          const csv = [header, ...rows.map(([n, ...rest]) => [`F${n}`, ...rest])]
            .map((r) => r.map(cell).join(delimiter))
            .join(newline);
          const bytes = encode(csv, encoding);
          const expected = await oracle(bytes, "random.csv");
          const got = await throughWorker(bytes, "random.csv");
          expect(got.result).toEqual(expected.result);
          if (expected.error !== null) {
            expect((got.error as Error).name).toBe((expected.error as Error).name);
            expect((got.error as Error).message).toBe((expected.error as Error).message);
          }
        }
      ),
      { numRuns: 60 }
    );
  });
});

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  if (encoding === "utf-8-bom") return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === "utf-16le") {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  // windows-1252: the characters used here (é, ü, €) by their code in that page.
  const special: Record<string, number> = { "€": 0x80 };
  return Uint8Array.from(text, (c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
}
