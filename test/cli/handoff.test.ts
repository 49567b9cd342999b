import JSZip from "jszip";
import { run, parseCliArgs, HELP_TEXT } from "../../src/cli";
import { fakeIo } from "./memory-io";
import { demoCsvText } from "../../src/hosts/browser";
import { csvCells, csvCents, xlsxRows } from "../documents/export-fixture";

const demo = new TextEncoder().encode(demoCsvText());
const AS_OF = ["--as-of", "2026-11-20"];

describe("openstaand handoff --factoring", () => {
  it("writes the debtor list and the invoice list as xlsx, with reconciling control lines", async () => {
    const f = fakeIo({ "demo.csv": demo });
    expect(await run(["handoff", "demo.csv", "--factoring", ...AS_OF, "--out", "o/"], f.io)).toBe(
      0
    );
    expect(f.err()).toBe("");
    expect([...f.written.keys()].sort()).toEqual([
      "o/factoring-debiteuren-2026-11-20.xlsx",
      "o/factoring-facturen-2026-11-20.xlsx",
      "o/overdracht-2026-11-20.csv",
    ]);
    const m =
      /^(\d+) invoices of (\d+) debtors as of 2026-11-20 \(at most 90 days past due \(--max-days-past-due\), business invoices only\): amount €[\d,.]+, open €([\d,.]+)\.\n/.exec(
        f.out()
      )!;
    expect(m).not.toBeNull();
    expect(f.out()).toMatch(
      /Left out \(open invoices\):\n(?: {2}.*\n)* {2}\d+ invoices? \(€[\d,.]+\) disputed\n/
    );
    expect(f.out()).toMatch(
      /Marked \d+ invoices as assigned to the factor \("overgedragen aan de factor"\)/
    );
    const invoices = await xlsxRows(f.written.get("o/factoring-facturen-2026-11-20.xlsx")!);
    expect(invoices.name).toBe("Facturen");
    expect(invoices.rows).toHaveLength(Number(m[1]) + 2);
    const debtors = await xlsxRows(f.written.get("o/factoring-debiteuren-2026-11-20.xlsx")!);
    expect(debtors.name).toBe("Debiteuren");
    expect(debtors.rows).toHaveLength(Number(m[2]) + 2);
    const open = Math.round(Number(m[3]!.replace(/,/g, "")) * 100);
    expect(Math.round((invoices.rows.at(-1)![6] as number) * 100)).toBe(open);
    expect(Math.round((debtors.rows.at(-1)![13] as number) * 100)).toBe(open);
  });

  it("--customers narrows the selection and warns about unknown numbers; csv", async () => {
    const f = fakeIo({ "demo.csv": demo });
    expect(
      await run(
        [
          "handoff",
          "demo.csv",
          "--factoring",
          "--customers",
          "10004,99999",
          "--format",
          "csv",
          ...AS_OF,
        ],
        f.io
      )
    ).toBe(0);
    expect(f.err()).toContain('customer "99999" has no invoice to assign');
    const rows = csvCells(f.written.get("./factoring-facturen-2026-11-20.csv")!);
    const data = rows.slice(1, -1);
    expect(data.length).toBeGreaterThan(0);
    for (const r of data) expect(r[1]).toBe("10004");
    expect(csvCents(rows.at(-1)![6]!)).toBe(data.reduce((s, r) => s + csvCents(r[6]!), 0));
    const none = fakeIo({ "demo.csv": demo });
    expect(
      await run(["handoff", "demo.csv", "--factoring", "--customers", "99999", ...AS_OF], none.io)
    ).toBe(1);
    expect(none.err()).toContain("there is no open invoice to assign");
  });
});

describe("openstaand handoff --dossier", () => {
  it("writes one dossier zip per debtor", async () => {
    const f = fakeIo({ "demo.csv": demo });
    expect(
      await run(
        ["handoff", "demo.csv", "--customers", "10004,10003", "--dossier", ...AS_OF, "--out", "d"],
        f.io
      )
    ).toBe(0);
    expect([...f.written.keys()].sort()).toEqual([
      "d/dossier-10003.zip",
      "d/dossier-10004.zip",
      "d/overdracht-2026-11-20.csv",
    ]);
    expect(f.out()).toMatch(/^2 dossiers, \d+ claims as of 2026-11-20: total €/);
    const zip = await JSZip.loadAsync(f.written.get("d/dossier-10004.zip")!);
    expect(Object.keys(zip.files).sort()).toEqual([
      "README.txt",
      "facturen.csv",
      "vordering.csv",
      "vordering.html",
    ]);
    expect(await zip.file("README.txt")!.async("string")).toContain("niet bijgevoegd");
  });
});

describe("handoff flags", () => {
  it("parses --factoring without --customers, and --dossier", () => {
    expect(parseCliArgs(["handoff", "x.csv", "--factoring"])).toEqual({
      command: "handoff",
      file: "x.csv",
      customers: [],
      format: "xlsx",
      out: undefined,
      asOf: undefined,
      sheet: undefined,
      factoring: true,
      lang: "en",
    });
    expect(parseCliArgs(["handoff", "x.csv", "--customers", "A", "--dossier"])).toMatchObject({
      customers: ["A"],
      dossier: true,
    });
    expect(parseCliArgs(["handoff", "x.csv", "--customers", "A"])).not.toHaveProperty("dossier");
  });

  it("usage errors name the problem", async () => {
    const f = fakeIo({});
    expect(await run(["handoff", "d.csv", "--factoring", "--format", "json"], f.io)).toBe(2);
    expect(f.err()).toContain('--format "json" is not one of xlsx, csv');
    expect(await run(["handoff", "d.csv", "--factoring", "--dossier"], f.io)).toBe(2);
    expect(f.err()).toContain("--factoring or --dossier, not both");
    expect(
      await run(["handoff", "d.csv", "--customers", "A", "--dossier", "--format", "csv"], f.io)
    ).toBe(2);
    expect(f.err()).toContain("--format does not apply to --dossier");
    expect(await run(["handoff", "d.csv", "--dossier"], f.io)).toBe(2);
    expect(f.err()).toContain("handoff needs --customers");
  });

  it("help names both", () => {
    expect(HELP_TEXT).toContain("--factoring");
    expect(HELP_TEXT).toContain("--dossier");
  });
});

describe("openstaand handoff --factoring / --dossier --lang nl", () => {
  it("--factoring: the summary, left-out lines, hand-over note and warnings in Dutch, with the English run's figures", async () => {
    const args = ["handoff", "demo.csv", "--factoring", "--customers", "10004,99999", ...AS_OF];
    const en = fakeIo({ "demo.csv": demo });
    expect(await run(args, en.io)).toBe(0);
    const nl = fakeIo({ "demo.csv": demo });
    expect(await run([...args, "--lang", "nl"], nl.io)).toBe(0);
    const mEn =
      /^(\d+) invoices? of 1 debtor as of 2026-11-20 .*: amount €([\d,.]+), open €([\d,.]+)\.\n/.exec(
        en.out()
      )!;
    const mNl =
      /^(\d+) facturen? van 1 debiteur per 2026-11-20 \(hooguit 90 dagen over de vervaldatum \(--max-days-past-due\), alleen zakelijke facturen\): bedrag € ([\d.,]+), openstaand € ([\d.,]+)\.\n/.exec(
        nl.out()
      )!;
    expect(mEn).not.toBeNull();
    expect(mNl).not.toBeNull();
    const cents = (text: string, sep: "," | "."): number =>
      Math.round(
        Number(sep === "," ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "")) *
          100
      );
    expect(mNl[1]).toBe(mEn[1]);
    expect(cents(mNl[2]!, ",")).toBe(cents(mEn[2]!, "."));
    expect(cents(mNl[3]!, ",")).toBe(cents(mEn[3]!, "."));
    expect(nl.out()).toMatch(/\d+ facturen? gemarkeerd als overgedragen aan de factor \(batch /);
    expect(nl.out()).toContain("Geschreven: ./factoring-facturen-2026-11-20.xlsx\n");
    expect(nl.out()).not.toMatch(/\b(invoices?|Marked|Wrote|Left out|as of)\b/);
    expect(nl.err()).toContain('klant "99999" heeft geen factuur om over te dragen');
    // The same files, byte for byte: only the words on the terminal change.
    expect([...nl.written.keys()].sort()).toEqual([...en.written.keys()].sort());
    for (const [path, bytes] of en.written)
      if (!/\.xlsx$/.test(path)) expect(nl.written.get(path)).toEqual(bytes);
  });

  it("--factoring with nothing to assign fails in Dutch", async () => {
    const f = fakeIo({ "demo.csv": demo });
    const args = ["handoff", "demo.csv", "--factoring", "--customers", "99999", ...AS_OF];
    expect(await run([...args, "--lang", "nl"], f.io)).toBe(1);
    expect(f.err()).toContain("er is geen openstaande factuur om over te dragen");
  });

  it("--dossier: the summary in Dutch with the English run's total", async () => {
    const args = ["handoff", "demo.csv", "--customers", "10004,10003", "--dossier", ...AS_OF];
    const en = fakeIo({ "demo.csv": demo });
    expect(await run(args, en.io)).toBe(0);
    const nl = fakeIo({ "demo.csv": demo });
    expect(await run([...args, "--lang", "nl"], nl.io)).toBe(0);
    const tEn = /^2 dossiers, (\d+) claims as of 2026-11-20: total €([\d,.]+)\./.exec(en.out())!;
    const tNl =
      /^2 dossiers, (\d+) vorderingen per 2026-11-20: totaal € ([\d.,]+)\. Verstuurde brieven zitten er niet in \(geen --log meegegeven\); elke README\.txt zegt dat\.\n/.exec(
        nl.out()
      )!;
    expect(tEn).not.toBeNull();
    expect(tNl).not.toBeNull();
    expect(tNl[1]).toBe(tEn[1]);
    expect(tNl[2]!.replace(/\./g, "").replace(",", ".")).toBe(tEn[2]!.replace(/,/g, ""));
    expect(nl.out()).toContain("Geschreven: ./dossier-10004.zip\n");
    expect(nl.out()).toMatch(/gemarkeerd als overgedragen \(batch /);
    expect(nl.out()).not.toMatch(/\b(claims?|Marked|Wrote|as of)\b/);
  });
});
