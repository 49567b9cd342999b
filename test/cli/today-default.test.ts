// The CLI's "default: today" through the real entry point: the built bundle (bin/openstaand.cjs,
// after `npm run build:cli`) run as a process, without --as-of. The in-memory tests pass today in
// through their fake IO; this twin checks that the Node IO reads the machine's clock itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { localDay } from "../../src/app";
import { builtCliOk, requireBuiltCli } from "./built-cli";

const cli = builtCliOk;

/** The machine's calendar day, as the test process sees it (the child runs in the same TZ). */
const today = (): string => localDay(new Date());
/** 2026-12-07 → 07-12-2026 (the Dutch CSV's day). */
const dutch = (iso: string): string => iso.split("-").reverse().join("-");

describe("remind and handoff default to today in the built CLI", () => {
  let dir = "";
  beforeAll(async () => {
    requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), "openstaand-today-"));
    await cli(["demo", "--out", dir], dir);
    writeFileSync(
      path.join(dir, "c.json"),
      JSON.stringify({
        name: "Jansen Installatietechniek B.V.",
        address: "Industrieweg 12",
        postcode: "3542 AD",
        city: "Utrecht",
        iban: "NL91ABNA0417164300",
      })
    );
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("remind <file> --company c.json --out <dir> exits 0 and dates the run today", async () => {
    const before = today();
    const out = path.join(dir, "brieven");
    const { stdout } = await cli(["remind", "demo.csv", "--company", "c.json", "--out", out], dir);
    const day = [before, today()].find((d) => stdout.includes(`as of ${d}`));
    expect(day).toBeDefined();
    const files = readdirSync(out).sort();
    // The run's four files, and beside them each letter's EPC QR code as a PNG (the mail merge's
    // "QR-code" column names it, for Word's INCLUDEPICTURE).
    expect(files.filter((f) => !f.endsWith(" QR.png"))).toEqual(
      ["brieven.html", "eml.zip", "log.csv", "mailmerge.csv"].map(
        (f) => `herinneringen-${day}-${f}`
      )
    );
    const merge = readFileSync(path.join(out, `herinneringen-${day}-mailmerge.csv`), "utf8");
    const pngs = files.filter((f) => f.endsWith(" QR.png"));
    expect(pngs.length).toBeGreaterThan(0);
    for (const png of pngs) expect(merge).toContain(png);
    // Every letter recorded in the log is dated today: that is the day it goes out.
    const log = readFileSync(path.join(out, `herinneringen-${day}-log.csv`), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line && !line.includes("Controletotaal"));
    expect(log.length).toBeGreaterThan(0);
    for (const line of log) expect(line.startsWith(`${dutch(day!)};`)).toBe(true);
  }, 60_000);

  it("handoff <file> --customers … --out <dir> exits 0 and records the hand-over today", async () => {
    const before = today();
    const out = path.join(dir, "overdracht");
    const { stdout } = await cli(
      ["handoff", "demo.csv", "--customers", "10001", "--out", out],
      dir
    );
    const day = [before, today()].find((d) => stdout.includes(`as of ${d}`));
    expect(day).toBeDefined();
    expect(readdirSync(out).sort()).toEqual([`overdracht-${day}.csv`, `vorderingen-${day}.xlsx`]);
    const rows = readFileSync(path.join(out, `overdracht-${day}.csv`), "utf8").split(/\r?\n/);
    expect(rows[1]).toMatch(new RegExp(`^10001;[^;]+;${dutch(day!)};incasso-${day};incasso$`));
  }, 60_000);
});
