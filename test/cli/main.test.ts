import { readFile } from "node:fs/promises";
import path from "node:path";
import { run, type CliIo } from "../../src/cli";
import { demoLedger } from "../../src/demo";
import { debiteurenWorkbook, workbookBytes } from "../formats/xlsx-fixture";

const IBM = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

/** An in-memory console around the real file system (reads) and a map (writes). */
function fakeIo(
  files: Record<string, Uint8Array> = {}
): CliIo & { out: () => string; err: () => string; written: Map<string, Uint8Array> } {
  let out = "";
  let err = "";
  const written = new Map<string, Uint8Array>();
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: async (file) =>
      files[file] ?? written.get(file) ?? new Uint8Array(await readFile(file)),
    writeFile: async (file, data) => void written.set(file, data),
    out: () => out,
    err: () => err,
    written,
  };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("openstaand check on the IBM accounts-receivable sample", () => {
  it("--json: 2466 rows, 0 rejected, amount 147703.18, month/day order", async () => {
    const io = fakeIo();
    expect(await run(["check", IBM, "--json"], io)).toBe(0);
    expect(io.err()).toBe("");
    const json = JSON.parse(io.out()) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 8)).toEqual([
      "file",
      "headerRow",
      "columns",
      "rows",
      "accepted",
      "rejected",
      "totals",
      "issues",
    ]);
    expect(json).toMatchObject({
      file: IBM,
      headerRow: 1,
      rows: 2466,
      accepted: 2466,
      rejected: 0,
      totals: { amount: 147703.18 },
      dayOrder: "mdy",
      blankRows: 0,
    });
    expect(
      (json.issues as { severity: string }[]).filter((issue) => issue.severity === "error")
    ).toEqual([]);
    expect(json.columns).toContainEqual({
      field: "amount",
      header: "InvoiceAmount",
      confidence: 1,
    });
    expect(json.columns).toContainEqual({
      field: "invoiceDate",
      header: "InvoiceDate",
      confidence: 1,
    });
  });

  it("prints a human report with columns and control totals, in English or Dutch number format", async () => {
    const io = fakeIo();
    expect(await run(["check", IBM], io)).toBe(0);
    const report = io.out();
    expect(report).toContain("Control totals");
    expect(report).toMatch(/read\s+2466\s+€147,703\.18/);
    expect(report).toMatch(/rejected\s+0\s+€0\.00/);
    expect(report).toContain("month-day-year (mdy)");
    expect(report).toMatch(/amount\s+<- G\s+"InvoiceAmount"\s+100%/);
    expect(report).toContain("not used: PaperlessDate");
    expect(report).toContain("Issues: none");
    const nl = fakeIo();
    await run(["check", IBM, "--locale", "nl"], nl);
    expect(nl.out()).toContain("€ 147.703,18");
  });
});

describe("openstaand check: issues and failures", () => {
  const bad = utf8(
    "Factuurnummer;Debiteur;Vervaldatum;Bedrag\n" +
      Array.from(
        { length: 60 },
        (_, i) => `F${i};D1;20-12-2026;${i % 2 === 0 ? "10,00" : `fout${i}`}`
      ).join("\n")
  );

  it("lists issues with row, column, value and message, capped with '... and N more'; exit 0", async () => {
    const io = fakeIo({ "bad.csv": bad });
    expect(await run(["check", "bad.csv", "--max-issues", "5"], io)).toBe(0);
    expect(io.out()).toContain('error    row 3, Bedrag "fout1": ');
    expect(io.out()).toContain("... and 25 more");
    expect(io.out().match(/^ {2}error/gm)).toHaveLength(5);
    const capped = fakeIo({ "bad.csv": bad });
    await run(["check", "bad.csv"], capped);
    expect(capped.out()).not.toContain("more");
  });

  it("--json lists every issue with its severity, amounts in euros", async () => {
    const io = fakeIo({ "bad.csv": bad });
    expect(await run(["check", "bad.csv", "--json"], io)).toBe(0);
    const json = JSON.parse(io.out()) as {
      issues: unknown[];
      rows: number;
      rejected: number;
      totals: { amount: number };
    };
    expect(json.rows).toBe(60);
    expect(json.rejected).toBe(30);
    expect(json.totals.amount).toBe(300);
    expect(json.issues).toHaveLength(30);
    expect(json.issues[0]).toEqual({
      row: 3,
      column: "Bedrag",
      value: "fout1",
      message: expect.stringContaining("fout1"),
      messageNl: expect.stringContaining("fout1"),
      severity: "error",
    });
  });

  it("a missing file: exit 1, a message naming it on stderr, nothing on stdout", async () => {
    const io = fakeIo();
    expect(await run(["check", "does-not-exist.csv"], io)).toBe(1);
    expect(io.err()).toBe(
      "openstaand: cannot read does-not-exist.csv: no such file or directory\n"
    );
    expect(io.out()).toBe("");
  });

  it("a file without a ledger (LedgerError): exit 1 with the reader's message", async () => {
    const io = fakeIo({ "x.csv": utf8("foo;bar\n1;2\n") });
    expect(await run(["check", "x.csv", "--json"], io)).toBe(1);
    expect(io.err()).toMatch(/^openstaand: .+/);
    expect(io.out()).toBe("");
  });

  it("an unreadable format (.xls) or a missing sheet: exit 1 with advice", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const io = fakeIo({ "oud.xls": ole2 });
    expect(await run(["check", "oud.xls"], io)).toBe(1);
    expect(io.err()).toContain("save it as an Excel workbook (.xlsx) or as CSV");
    const book = await workbookBytes(debiteurenWorkbook());
    const missing = fakeIo({ "book.xlsx": book });
    expect(await run(["check", "book.xlsx", "--sheet", "Blad1"], missing)).toBe(1);
    expect(missing.err()).toContain(
      'book.xlsx has no sheet named "Blad1". Its sheets are: "Overzicht", "Debiteuren".'
    );
    const found = fakeIo({ "book.xlsx": book });
    expect(await run(["check", "book.xlsx", "--sheet", "Debiteuren"], found)).toBe(0);
    expect(found.out()).toContain('Kind         XLSX, sheet "Debiteuren"');
    expect(found.out()).toContain("Header row   4");
    expect(found.out()).toMatch(/error {4}row 9, Bedrag "#N\/A"/);
  });

  it("usage errors exit 2 and point to --help", async () => {
    const io = fakeIo();
    expect(await run(["check"], io)).toBe(2);
    expect(io.err()).toContain('Run "openstaand --help"');
    expect(await run(["check", IBM, "--as-of", "tomorrow"], fakeIo())).toBe(2);
  });

  it("--help prints usage and exits 0", async () => {
    const io = fakeIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.out()).toContain("openstaand check <file> [options]");
    expect(io.out()).toContain("--json");
  });
});

describe("openstaand demo --out", () => {
  it("writes demo.xlsx and demo.csv that check reads with no issues", async () => {
    const io = fakeIo();
    expect(await run(["demo", "--out", "out/"], io)).toBe(0);
    expect([...io.written.keys()]).toEqual(["out/demo.xlsx", "out/demo.csv"]);
    expect(io.out()).toContain(`${demoLedger().rows.length} invoices, as of 2026-11-20`);
    for (const file of ["out/demo.xlsx", "out/demo.csv"]) {
      const check = fakeIo();
      check.written.set(file, io.written.get(file) as Uint8Array);
      expect(await run(["check", file, "--json", "--as-of", "2026-11-20"], check)).toBe(0);
      const json = JSON.parse(check.out()) as { rows: number; rejected: number; issues: unknown[] };
      expect(json).toMatchObject({ rows: demoLedger().rows.length, rejected: 0, issues: [] });
    }
  });

  it("fails cleanly where files cannot be written", async () => {
    const io = fakeIo();
    delete io.writeFile;
    expect(await run(["demo", "--out", "x"], io)).toBe(1);
    expect(io.err()).toContain("cannot write files");
  });
});
