import { parseCliArgs, UsageError } from "../../src/cli";

describe("parseCliArgs", () => {
  it("parses check with its defaults", () => {
    expect(parseCliArgs(["check", "a.csv"])).toEqual({
      command: "check",
      file: "a.csv",
      json: false,
      sheet: undefined,
      asOf: undefined,
      headerRow: undefined,
      dayOrder: undefined,
      notation: undefined,
      locale: "en",
      lang: "en",
      maxIssues: 50,
    });
  });

  it("parses every check option, before or after the file", () => {
    expect(
      parseCliArgs([
        "check",
        "--json",
        "book.xlsx",
        "--sheet",
        "Debiteuren",
        "--as-of",
        "2026-11-20",
        "--header-row",
        "4",
        "--day-order",
        "dmy",
        "--notation",
        "nl",
        "--locale",
        "nl",
        "--max-issues",
        "5",
      ])
    ).toEqual({
      command: "check",
      file: "book.xlsx",
      json: true,
      sheet: "Debiteuren",
      asOf: "2026-11-20",
      headerRow: 4,
      dayOrder: "dmy",
      notation: "nl",
      locale: "nl",
      lang: "en",
      maxIssues: 5,
    });
  });

  it("check --lang nl: Dutch amounts unless --locale says otherwise", () => {
    expect(parseCliArgs(["check", "a.csv", "--lang", "nl"])).toMatchObject({
      lang: "nl",
      locale: "nl",
    });
    expect(parseCliArgs(["check", "a.csv", "--lang", "nl", "--locale", "en"])).toMatchObject({
      lang: "nl",
      locale: "en",
    });
    expect(parseCliArgs(["check", "a.csv", "--lang", "en"])).toMatchObject({
      lang: "en",
      locale: "en",
    });
  });

  it("parses demo and help", () => {
    expect(parseCliArgs(["demo", "--out", "tmp", "--seed", "7"])).toEqual({
      command: "demo",
      out: "tmp",
      seed: 7,
      asOf: undefined,
    });
    expect(parseCliArgs([])).toEqual({ command: "help" });
    expect(parseCliArgs(["--help"])).toEqual({ command: "help" });
    expect(parseCliArgs(["check", "-h"])).toEqual({ command: "help" });
    expect(parseCliArgs(["help"])).toEqual({ command: "help" });
  });

  it.each([
    [["check"], "check needs exactly one file, got 0."],
    [["check", "a", "b"], "check needs exactly one file, got 2."],
    [["check", "a", "--as-of", "20-11-2026"], '--as-of "20-11-2026" is not a day as YYYY-MM-DD.'],
    [["check", "a", "--as-of", "2026-02-30"], '--as-of "2026-02-30" is not a day as YYYY-MM-DD.'],
    [["check", "a", "--header-row", "0"], '--header-row "0" is not a positive whole number.'],
    [["check", "a", "--day-order", "ymd"], '--day-order "ymd" is not one of dmy, mdy.'],
    [["check", "a", "--locale", "de"], '--locale "de" is not one of nl, en.'],
    [["check", "a", "--lang", "de"], '--lang "de" is not one of nl, en.'],
    [["demo"], "demo needs --out <directory>."],
    [["demo", "--out", "x", "--seed", "1.5"], '--seed "1.5" is not a whole number.'],
    [["frobnicate"], 'unknown command "frobnicate". The commands are:'],
  ])("rejects %j with a message naming the value", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it("rejects unknown options", () => {
    expect(() => parseCliArgs(["check", "a.csv", "--jsn"])).toThrow(/--jsn/);
  });
});

describe("parseCliArgs: --records and the calls, arrange and payments commands", () => {
  it("remind and report take --records DIR", () => {
    expect(parseCliArgs(["remind", "a.csv", "--records", "boeken"])).toMatchObject({
      command: "remind",
      records: "boeken",
    });
    expect(parseCliArgs(["report", "a.csv", "--records", "boeken"])).toMatchObject({
      command: "report",
      records: "boeken",
    });
    expect(parseCliArgs(["remind", "a.csv"])).not.toHaveProperty("records");
    expect(() => parseCliArgs(["remind", "a.csv", "--records", " "])).toThrow(
      "--records needs a folder"
    );
  });

  it("parses calls, arrange and payments with their defaults", () => {
    expect(parseCliArgs(["calls", "a.csv", "--records", "r", "--json"])).toEqual({
      command: "calls",
      file: "a.csv",
      records: "r",
      asOf: undefined,
      sheet: undefined,
      json: true,
      lang: "en",
    });
    expect(
      parseCliArgs([
        "arrange",
        "a.csv",
        "--customer",
        "K2",
        "--instalments",
        "3",
        "--first",
        "2026-12-15",
        "--amount",
        "1200,50",
      ])
    ).toEqual({
      command: "arrange",
      file: "a.csv",
      asOf: undefined,
      sheet: undefined,
      lang: "en",
      customer: "K2",
      instalments: 3,
      first: "2026-12-15",
      every: "month",
      amount: 120050,
      out: undefined,
    });
    expect(parseCliArgs(["payments", "a.csv", "camt.xml", "--out", "r"])).toEqual({
      command: "payments",
      file: "a.csv",
      statement: "camt.xml",
      out: "r",
      json: false,
      asOf: undefined,
      sheet: undefined,
      lang: "nl",
    });
  });

  it.each([
    [["calls"], "calls needs exactly one ledger file, got 0."],
    [
      ["arrange", "a.csv", "--instalments", "2", "--first", "2026-12-01"],
      "arrange needs --customer",
    ],
    [
      ["arrange", "a.csv", "--customer", "K", "--instalments", "61", "--first", "2026-12-01"],
      '--instalments "61" is not a whole number from 1 to 60.',
    ],
    [
      ["arrange", "a.csv", "--customer", "K", "--instalments", "2", "--first", "1-12-2026"],
      '--first "1-12-2026" is not a day as YYYY-MM-DD.',
    ],
    [
      [
        "arrange",
        "a.csv",
        "--customer",
        "K",
        "--instalments",
        "2",
        "--first",
        "2026-12-01",
        "--every",
        "day",
      ],
      '--every "day" is not month, 2weeks or week.',
    ],
    [
      [
        "arrange",
        "a.csv",
        "--customer",
        "K",
        "--instalments",
        "2",
        "--first",
        "2026-12-01",
        "--amount",
        "12abc",
      ],
      '--amount "12abc" is not an amount in euros above zero.',
    ],
    [["payments", "a.csv"], "payments needs two files"],
    [["payments", "a.csv", "b.xml", "--lang", "de"], '--lang "de" is not one of nl, en.'],
    [["calls", "a.csv", "--recrods", "r"], "--recrods"],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
