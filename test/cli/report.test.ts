import { readFile } from "node:fs/promises";
import path from "node:path";
import { run, type CliIo, findChartBundles } from "../../src/cli";
import { demoCsvText } from "../../src/hosts/browser";
import { demoLedger } from "../../src/demo";
import type { IsoDay } from "../../src/core";

const IBM = path.resolve(process.cwd(), "../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function fakeIo(files: Record<string, Uint8Array> = {}, folders: Record<string, string[]> = {}) {
  let out = "";
  let err = "";
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: async (file) => files[file] ?? new Uint8Array(await readFile(file)),
    writeFile: async (file, data) => void written.set(file, data),
    listFolder: async (dir) => folders[dir] ?? null,
    today: () => "2026-11-20" as IsoDay,
    chartBundles: async () => ({ vega: "/*vega*/", vegaLite: "/*vl*/", vegaEmbed: "/*embed*/" }),
  };
  return { io, out: () => out, err: () => err, written };
}

describe("openstaand report", () => {
  it("--json on the IBM sample at a month-end: the documented shape, reconciled", async () => {
    const f = fakeIo();
    expect(
      await run(["report", IBM, "--as-of", "2013-06-30", "--json", "--lang", "en"], f.io)
    ).toBe(0);
    const json = JSON.parse(f.out());
    expect(json.asOf).toBe("2013-06-30");
    expect(json.control.reconciles).toBe(true);
    expect(json.ageing.buckets.map((b: { label: string }) => b.label)).toEqual([
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "90+",
      "No date",
    ]);
    const sum = json.ageing.buckets.reduce(
      (a: number, b: { amount: number }) => a + Math.round(b.amount * 100),
      0
    );
    expect(sum).toBe(Math.round(json.ageing.total * 100));
    expect(json.metrics.dsoCountback).toBeGreaterThan(0);
    expect(json.forecast).toHaveLength(13);
    expect(json.customers[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), flags: expect.any(Array) })
    );
  });

  it("--edges changes the buckets; a bad edge list is a usage error naming it", async () => {
    const f = fakeIo();
    expect(
      await run(["report", IBM, "--as-of", "2013-06-30", "--json", "--edges", "15,45"], f.io)
    ).toBe(0);
    expect(JSON.parse(f.out()).ageing.buckets).toHaveLength(5);
    const g = fakeIo();
    expect(await run(["report", IBM, "--edges", "30,20"], g.io)).toBe(2);
    expect(g.err()).toMatch(/--edges "30,20": "20"/);
  });

  it("defaults the as-of day of a settled-only history to its last invoice day", async () => {
    const f = fakeIo();
    expect(await run(["report", IBM, "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).asOf).toBe("2013-12-02");
  });

  it("--out writes one self-contained HTML file with the charts inlined", async () => {
    const f = fakeIo();
    expect(await run(["report", IBM, "--as-of", "2013-12-31", "--out", "r.html"], f.io)).toBe(0);
    const html = new TextDecoder().decode(f.written.get("r.html"));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("/*vega*/");
    expect(html).toContain("chart-dso");
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(f.out()).toBe("Wrote r.html.\n");
  });

  it("a folder: one report per ledger, a summary, and a clear error for an unreadable file", async () => {
    const demo = utf8(demoCsvText(demoLedger()));
    const f = fakeIo(
      { "in/a.csv": demo, "in/b.xlsx": utf8("not a workbook") },
      { in: ["a.csv", "b.xlsx", "notes.md"] }
    );
    expect(await run(["report", "in", "--out", "out"], f.io)).toBe(1);
    expect([...f.written.keys()].sort()).toEqual(["out/a.html", "out/index.html"]);
    expect(f.err()).toMatch(/in\/b\.xlsx/);
    expect(f.out()).toMatch(/^a\.csv\s+20-11-2026\s+€ 120\.688,22/m);
    expect(f.out()).toMatch(/^b\.xlsx\n {2}Fout: in\/b\.xlsx is geen geldige Excel-werkmap/m);
    for (const line of f.out().split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    const index = new TextDecoder().decode(f.written.get("out/index.html"));
    expect(index).toContain('href="a.html"');
  });

  it("a missing file fails with exit 1 and says so", async () => {
    const f = fakeIo();
    expect(await run(["report", "nope.csv"], f.io)).toBe(1);
    // The report speaks Dutch unless told otherwise, its errors too.
    expect(f.err()).toMatch(/kan nope\.csv niet lezen: dat bestand of die map bestaat niet/);
    const en = fakeIo();
    expect(await run(["report", "nope.csv", "--lang", "en"], en.io)).toBe(1);
    expect(en.err()).toMatch(/cannot read nope\.csv: no such file or directory/);
  });

  it("finds the real chart bundles in node_modules", async () => {
    const bundles = await findChartBundles([process.cwd()]);
    expect(bundles?.vegaLite.length).toBeGreaterThan(100_000);
  });
});
