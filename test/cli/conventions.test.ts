// The command-line conventions through the in-memory io: --version, the command list on an unknown
// command, "-" for standard input, --lang on remind and handoff, the progress line on a terminal
// (a fake TTY flag and a fake clock, no timing) and a missing required option as a usage error.
import packageJson from "../../package.json" with { type: "json" };
import { run, type CliIo, COMMANDS } from "../../src/cli";
import { demoLedger } from "../../src/demo";
import { demoCsvText } from "../../src/hosts/browser";
import { fakeIo } from "./memory-io";

const csv = demoCsvText(demoLedger());
const bytes = new TextEncoder().encode(csv);

/** fakeIo with `stdin` as standard input, noting the byte counts the CLI is told. */
function withStdin(stdin: Uint8Array, files: Record<string, Uint8Array> = {}) {
  const fake = fakeIo(files);
  const io: CliIo = {
    ...fake.io,
    readStdin: async (onBytes) => {
      // Two chunks, as a pipe delivers them.
      const half = Math.floor(stdin.length / 2);
      onBytes?.(half);
      onBytes?.(stdin.length);
      return stdin;
    },
  };
  return { ...fake, io };
}

describe("--version", () => {
  it("prints package.json's version and exits 0", async () => {
    for (const flag of ["--version", "-v"]) {
      const { io, out, err } = fakeIo({});
      expect(await run([flag], io)).toBe(0);
      expect(out()).toBe(`openstaand ${packageJson.version}\n`);
      expect(err()).toBe("");
    }
  });
  it("with a command is a usage error", async () => {
    const { io, err } = fakeIo({});
    expect(await run(["check", "a.csv", "--version"], io)).toBe(2);
    expect(err()).toMatch(/--version takes no command, got "check"/);
  });
});

describe("an unknown command", () => {
  it("exits 2 and lists every command with a line each", async () => {
    const { io, out, err } = fakeIo({});
    expect(await run(["chek", "a.csv"], io)).toBe(2);
    expect(out()).toBe("");
    expect(err()).toMatch(/^openstaand: unknown command "chek"\. The commands are:\n/);
    const names = [
      "check",
      "report",
      "remind",
      "calls",
      "arrange",
      "handoff",
      "payments",
      "demo",
      "help",
    ];
    expect(COMMANDS.map((c) => c.name)).toEqual(names);
    for (const name of names) expect(err()).toMatch(new RegExp(`^  ${name}\\s{2,}\\S.{10,}$`, "m"));
    // Every command the help text shows is in the list.
    const { io: helpIo, out: help } = fakeIo({});
    await run(["--help"], helpIo);
    const used = [...help().matchAll(/^ {2}openstaand (\w+)/gm)].map((m) => m[1]);
    for (const name of used) expect(names).toContain(name);
  });
});

describe('"-" reads the ledger from standard input', () => {
  it("check - --json: the same rows and totals as the file, named stdin", async () => {
    const fromFile = fakeIo({ "demo.csv": bytes });
    expect(await run(["check", "demo.csv", "--json"], fromFile.io)).toBe(0);
    const piped = withStdin(bytes);
    expect(await run(["check", "-", "--json"], piped.io)).toBe(0);
    const a = JSON.parse(fromFile.out()) as Record<string, unknown>;
    const b = JSON.parse(piped.out()) as Record<string, unknown>;
    expect(b.file).toBe("stdin");
    expect({ ...b, file: "demo.csv" }).toEqual(a);
    expect(piped.err()).toBe("");
  });
  it("check - --lang nl names it standaardinvoer, also when it cannot be read", async () => {
    const piped = withStdin(new TextEncoder().encode("<html><body>geen grootboek</body></html>"));
    expect(await run(["check", "-", "--lang", "nl"], piped.io)).toBe(1);
    expect(piped.err()).toMatch(/^openstaand: standaardinvoer /);
    expect(piped.err()).not.toContain('"-"');
  });
  it("an xlsx on standard input is read as a workbook (by its content)", async () => {
    const { demoXlsxBytes } = await import("../../src/hosts/browser");
    const xlsx = await demoXlsxBytes(demoLedger());
    const piped = withStdin(xlsx);
    expect(await run(["check", "-", "--json"], piped.io)).toBe(0);
    const json = JSON.parse(piped.out()) as { rows: number; rejected: number };
    expect(json.rows).toBe(demoLedger().rows.length);
    expect(json.rejected).toBe(0);
  });
  it("report -, remind - and handoff - read standard input", async () => {
    const report = withStdin(bytes);
    expect(await run(["report", "-", "--json", "--as-of", "2026-11-20"], report.io)).toBe(0);
    // report speaks Dutch by default.
    expect((JSON.parse(report.out()) as { file: string }).file).toBe("standaardinvoer");
    const remind = withStdin(bytes);
    expect(await run(["remind", "-", "--as-of", "2026-11-20", "--out", "o"], remind.io)).toBe(0);
    expect([...remind.written.keys()]).toContain("o/herinneringen-2026-11-20-log.csv");
    const handoff = withStdin(bytes);
    const status = await run(
      ["handoff", "-", "--customers", "10004,10003", "--as-of", "2026-11-20", "--out", "o"],
      handoff.io
    );
    expect(status).toBe(0);
    expect([...handoff.written.keys()]).toContain("o/vorderingen-2026-11-20.xlsx");
  });
  it('without standard input in the io, "-" is a usage error', async () => {
    const { io, err } = fakeIo({});
    expect(await run(["check", "-"], io)).toBe(2);
    expect(err()).toMatch(/"-" \(standard input\) cannot be read here/);
  });
});

describe("a missing required option exits 2 naming the option", () => {
  it.each([
    [["demo"], "--out"],
    [["handoff", "demo.csv", "--as-of", "2026-11-20"], "--customers"],
  ])("%j", async (argv, option) => {
    const { io, err } = fakeIo({ "demo.csv": bytes });
    expect(await run(argv, io)).toBe(2);
    expect(err()).toContain(option);
    expect(err()).toMatch(/Run "openstaand --help" for usage/);
  });
  it.each([["remind"], ["handoff"]])(
    "%s without --as-of where there is no clock: --as-of is required",
    async (command) => {
      const { io, err, written } = fakeIo({ "demo.csv": bytes });
      delete io.today;
      const argv = [command, "demo.csv", ...(command === "handoff" ? ["--customers", "x"] : [])];
      expect(await run(argv, io)).toBe(2);
      expect(err()).toMatch(/needs --as-of YYYY-MM-DD/);
      expect(written.size).toBe(0);
    }
  );
});

describe("the progress line", () => {
  /** A clock that moves `step` ms each time it is read. */
  function ticking(step: number): () => number {
    let t = 0;
    return () => (t += step);
  }

  it("on a terminal, a read past a second shows bytes then rows, rewritten in place and cleared", async () => {
    const piped = withStdin(bytes);
    const io: CliIo = { ...piped.io, stderrIsTty: true, now: ticking(600) };
    expect(await run(["check", "-", "--json"], io)).toBe(0);
    const err = piped.err();
    const rows = demoLedger().rows.length;
    // Nothing in the first second; the second chunk (at 1.2 s) and the rows are drawn.
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    expect(err).toContain(`\rstdin: ${mb} MB read…\u001b[K`);
    expect(err).toContain(`\rstdin: ${rows.toLocaleString("en")} rows read…\u001b[K`);
    expect(err.endsWith("\r\u001b[K")).toBe(true);
    expect(err.indexOf("MB read")).toBeLessThan(err.indexOf("rows read"));
    // stdout holds the JSON only.
    expect(() => JSON.parse(piped.out()) as unknown).not.toThrow();
  });

  it("in Dutch with --lang nl", async () => {
    const piped = withStdin(bytes);
    const io: CliIo = { ...piped.io, stderrIsTty: true, now: ticking(600) };
    expect(await run(["check", "-", "--json", "--lang", "nl"], io)).toBe(0);
    const rows = demoLedger().rows.length.toLocaleString("nl-NL");
    expect(piped.err()).toContain(`\rstandaardinvoer: ${rows} regels gelezen…\u001b[K`);
    expect(piped.err()).toMatch(/MB gelezen…/);
  });

  it("a fast read (under a second) shows nothing, even on a terminal", async () => {
    const piped = withStdin(bytes);
    const io: CliIo = { ...piped.io, stderrIsTty: true, now: ticking(10) };
    expect(await run(["check", "-", "--json"], io)).toBe(0);
    expect(piped.err()).toBe("");
  });

  it("not a terminal: nothing however slow", async () => {
    for (const command of [["check"], ["report"], ["remind"]]) {
      const piped = withStdin(bytes);
      const io: CliIo = { ...piped.io, stderrIsTty: false, now: ticking(5000) };
      expect(await run([...command, "-", "--json", "--as-of", "2026-11-20"], io)).toBe(0);
      expect(piped.err()).not.toContain("\r");
      expect(piped.err()).not.toContain("\u001b");
    }
  });

  it("report, remind and handoff draw and clear it too", async () => {
    for (const argv of [
      ["report", "-", "--json", "--as-of", "2026-11-20", "--lang", "en"],
      ["remind", "-", "--as-of", "2026-11-20", "--out", "o"],
      ["handoff", "-", "--customers", "10004", "--as-of", "2026-11-20", "--out", "o"],
    ]) {
      const piped = withStdin(bytes);
      const io: CliIo = { ...piped.io, stderrIsTty: true, now: ticking(600) };
      await run(argv, io);
      const rows = demoLedger().rows.length.toLocaleString("en");
      expect(piped.err()).toContain(`\rstdin: ${rows} rows read…\u001b[K`);
      expect(piped.err()).toContain("\r\u001b[K");
      // Cleared before anything else is written to stderr.
      const err = piped.err();
      const between = err.slice(err.indexOf("\r"), err.lastIndexOf("\r\u001b[K"));
      expect(between).not.toMatch(/openstaand: |\n/);
    }
  });
});

describe("--lang on remind and handoff", () => {
  it("remind --lang nl: the summary, what was left out and the files in Dutch, amounts as € 1.234,56", async () => {
    const en = fakeIo({ "demo.csv": bytes });
    const nl = fakeIo({ "demo.csv": bytes });
    const argv = ["remind", "demo.csv", "--as-of", "2026-11-20", "--out", "o"];
    expect(await run(argv, en.io)).toBe(0);
    expect(await run([...argv, "--lang", "nl"], nl.io)).toBe(0);
    const count = /^(\d+) letters as of/.exec(en.out())?.[1];
    expect(count).toBeDefined();
    expect(nl.out()).toMatch(
      new RegExp(
        `^${count} brieven per 2026-11-20: hoofdsom € [\\d.]+,\\d\\d, rente € [\\d.]+,\\d\\d`
      )
    );
    // The same total, written the Dutch way.
    const total = /total €([\d,]+)\.(\d\d)\./.exec(en.out());
    expect(nl.out()).toContain(`totaal € ${total?.[1]?.replace(/,/g, ".")},${total?.[2]}.`);
    expect(nl.out()).toMatch(/^Niet meegenomen: /m);
    expect(nl.out()).toContain("Geschreven: o/herinneringen-2026-11-20-log.csv");
    expect(nl.out()).not.toMatch(/\b(Wrote|Left out|letters as of)\b/);
    expect(nl.err()).toMatch(/^openstaand: waarschuwing: geen --company opgegeven/);
    // The files are the same whatever the language.
    expect([...nl.written.keys()]).toEqual([...en.written.keys()]);
  });

  it("handoff --lang nl: the claim summary and the hand-over note in Dutch", async () => {
    const nl = fakeIo({ "demo.csv": bytes });
    const argv = ["handoff", "demo.csv", "--customers", "10004,99999", "--as-of", "2026-11-20"];
    expect(await run([...argv, "--out", "o", "--lang", "nl"], nl.io)).toBe(0);
    expect(nl.out()).toMatch(/^\d+ vorderingen? per 2026-11-20: hoofdsom € [\d.]+,\d\d/);
    expect(nl.out()).toMatch(/gemarkeerd als overgedragen \(batch /);
    expect(nl.out()).toContain("Geschreven: o/vorderingen-2026-11-20.xlsx");
    expect(nl.err()).toContain('waarschuwing: klant "99999" heeft geen openstaande vordering.');
  });

  it("handoff --lang nl: a failure in Dutch; a bad --lang is a usage error", async () => {
    const nl = fakeIo({ "demo.csv": bytes });
    const none = ["handoff", "demo.csv", "--customers", "99999", "--as-of", "2026-11-20"];
    expect(await run([...none, "--lang", "nl"], nl.io)).toBe(1);
    expect(nl.err()).toContain("geen van de gekozen klanten heeft een openstaande vordering");
    const missing = fakeIo({});
    expect(
      await run(["remind", "weg.csv", "--lang", "nl", "--as-of", "2026-11-20"], missing.io)
    ).toBe(1);
    expect(missing.err()).toContain("kan weg.csv niet lezen: dat bestand of die map bestaat niet");
    const bad = fakeIo({});
    expect(await run(["remind", "demo.csv", "--lang", "de"], bad.io)).toBe(2);
    expect(bad.err()).toContain('--lang "de" is not one of nl, en.');
  });
});
