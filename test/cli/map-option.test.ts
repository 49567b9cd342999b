/**
 * `--map field=Header,field=Header`: the column mapping on the command line (the reader's own error
 * says "map it explicitly"). Parsed into the commands that read a ledger; through the built CLI as a
 * process (bin/openstaand.cjs, after `npm run build:cli`) on an export whose due-date column has a
 * name no vocabulary knows, and on the Factuurnr. / Vervalt / Saldo report.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseCliArgs, UsageError, HELP_TEXT } from "../../src/cli";

const exec = promisify(execFile);
const ROOT = process.cwd();
const BIN = path.join(ROOT, "bin/openstaand.cjs");

describe("--map parsing", () => {
  it("reads field=Header pairs, a comma list or repeated, for every command that reads a ledger", () => {
    expect(parseCliArgs(["check", "a.csv", "--map", "dueDate=Vervalt,amount=F"])).toMatchObject({
      mapping: { dueDate: "Vervalt", amount: "F" },
    });
    expect(
      parseCliArgs(["report", "a.csv", "--map", "dueDate=Vervalt", "--map", "openAmount=Saldo"])
    ).toMatchObject({ mapping: { dueDate: "Vervalt", openAmount: "Saldo" } });
    expect(parseCliArgs(["remind", "a.csv", "--map", "customerName=Naam"])).toMatchObject({
      mapping: { customerName: "Naam" },
    });
    expect(
      parseCliArgs(["handoff", "a.csv", "--customers", "1", "--map", "amount=Factuur"])
    ).toMatchObject({ mapping: { amount: "Factuur" } });
    expect(parseCliArgs(["check", "a.csv"])).not.toHaveProperty("mapping");
  });

  it("keeps a comma inside a header: the list splits only before the next field=", () => {
    expect(
      parseCliArgs(["check", "a.csv", "--map", "amount=Bedrag (incl. btw, EUR),dueDate=Vervalt"])
    ).toMatchObject({ mapping: { amount: "Bedrag (incl. btw, EUR)", dueDate: "Vervalt" } });
  });

  it.each([
    ["vervaldatum=Vervalt", /"vervaldatum" is not a field; use one of invoiceId, customerId/],
    ["dueDate", /"dueDate" is not field=Header/],
    ["dueDate=", /"dueDate=" is not field=Header/],
    ["dueDate=A,dueDate=B", /--map names dueDate twice/],
  ])("--map %s is a usage error naming the value", (text, message) => {
    expect(() => parseCliArgs(["check", "a.csv", "--map", text])).toThrow(UsageError);
    expect(() => parseCliArgs(["check", "a.csv", "--map", text])).toThrow(message);
  });

  it("is documented in --help under check, and for report, remind and handoff", () => {
    expect(HELP_TEXT).toMatch(/^ {2}--map field=Header,field=Header {3}Map columns yourself/m);
    expect(HELP_TEXT).toContain(
      "--sheet, --header-row, --day-order, --notation, --map   as for check"
    );
    expect(
      HELP_TEXT.match(/^ {2}--map field=Header {4}Map columns yourself, as for check$/gm)
    ).toHaveLength(2);
  });
});

/** Due dates under "Uiterlijk" (a name no export vocabulary has), CRLF, Dutch notation. */
const ODD = [
  "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Uiterlijk;Bedrag;Openstaand",
  "F1;100;Bakkerij Jansen;01-10-2026;31-10-2026;1.000,00;1.000,00",
  "F2;101;Garage De Vries;15-10-2026;14-11-2026;250,50;100,00",
  "F3;100;Bakkerij Jansen;20-11-2026;20-12-2026;75,25;75,25",
].join("\r\n");

describe("--map through the built CLI", () => {
  let dir = "";
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, "dist/cli/openstaand.cjs")))
      throw new Error("Build the CLI first: npm run build:cli");
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-map-"));
    writeFileSync(path.join(dir, "odd.csv"), ODD);
    copyFileSync(
      path.join(ROOT, "test/fixtures/exports/factuurnr-vervalt-saldo.csv"),
      path.join(dir, "rapport.csv")
    );
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const check = async (...args: string[]) => {
    const { stdout } = await exec(process.execPath, [BIN, "check", ...args, "--json"], {
      cwd: dir,
    });
    return JSON.parse(stdout) as {
      columns: { field: string; header: string; confidence: number }[];
      issues: { message: string; severity: string }[];
      accepted: number;
    };
  };

  it("maps a due-date column detection does not know, and the no-due-date warning goes", async () => {
    const before = await check("odd.csv");
    expect(before.columns.some((c) => c.field === "dueDate")).toBe(false);
    expect(before.issues[0]?.message).toMatch(/no due-date column/);
    const after = await check("odd.csv", "--map", "dueDate=Uiterlijk");
    expect(after.columns).toContainEqual({ field: "dueDate", header: "Uiterlijk", confidence: 1 });
    expect(after.issues).toEqual([]);
    expect(after.accepted).toBe(3);
  });

  it("check rapport.csv --map dueDate=Vervalt --json: Vervalt is the due date, Vervaldagen unused", async () => {
    const json = await check("rapport.csv", "--map", "dueDate=Vervalt");
    expect(json.columns).toContainEqual({ field: "dueDate", header: "Vervalt", confidence: 1 });
    expect(json.columns.map((c) => c.header)).not.toContain("Vervaldagen");
    expect(json.accepted).toBe(18);
    expect(json.issues.map((i) => i.severity)).toEqual(["info"]);
  });

  it("exits 1 naming the column when --map names a header the file does not have, 2 for a bad field", async () => {
    const missing = (await exec(
      process.execPath,
      [BIN, "check", "odd.csv", "--map", "dueDate=Vervaldatum"],
      {
        cwd: dir,
      }
    ).catch((error: unknown) => error)) as { code?: number; stderr?: string };
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/names column "Vervaldatum", which is neither a header/);
    const bad = (await exec(process.execPath, [BIN, "check", "odd.csv", "--map", "due=Uiterlijk"], {
      cwd: dir,
    }).catch((error: unknown) => error)) as { code?: number; stderr?: string };
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--map: "due" is not a field/);
  });
});
