import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { localizeMetadata } = require("./scripts/localize-functions.cjs");
const { dutchFunctionNames } = require("./webpack.config.js");
const nl = dutchFunctionNames() as Record<
  string,
  { name: string; parameters: Record<string, { name: string }> }
>;

// Built-in functions of Dutch Excel whose names a custom function must not shadow or resemble.
const DUTCH_BUILTINS = [
  "DAGEN",
  "DAG",
  "DATUM",
  "DATUMVERSCHIL",
  "VANDAAG",
  "NU",
  "WERKDAG",
  "NETTO.WERKDAGEN",
  "ZOEKEN",
  "VERT.ZOEKEN",
  "HORIZ.ZOEKEN",
  "INTERVAL",
  "KLASSE",
  "RANG",
  "AANTAL",
  "SOM",
  "GEMIDDELDE",
  "VERVALDATUM",
];

describe("localizeMetadata", () => {
  const metadata = {
    functions: [
      {
        id: "DAYSOVERDUE",
        name: "DAYSOVERDUE",
        description: "d",
        parameters: [{ name: "due_date" }, { name: "as_of" }],
      },
      {
        id: "AGEBUCKET",
        name: "AGEBUCKET",
        description: "a",
        parameters: [{ name: "due_date" }, { name: "as_of" }, { name: "edges" }],
      },
    ],
  };

  it("replaces names and descriptions, keeps ids", () => {
    const subset = { DAYSOVERDUE: nl.DAYSOVERDUE, AGEBUCKET: nl.AGEBUCKET };
    const out = localizeMetadata(metadata, subset);
    expect(out.functions.map((f: { id: string; name: string }) => `${f.id}=${f.name}`)).toEqual([
      "DAYSOVERDUE=DAGENVERVALLEN",
      "AGEBUCKET=OUDERDOMSKLASSE",
    ]);
  });

  it("fails on a function or parameter without a translation, and on a stale translation", () => {
    const extra = {
      functions: [...metadata.functions, { id: "NEW", name: "NEW", parameters: [] }],
    };
    const subset = { DAYSOVERDUE: nl.DAYSOVERDUE, AGEBUCKET: nl.AGEBUCKET };
    expect(() => localizeMetadata(extra, subset)).toThrow(/no translation for function NEW/);
    const moreParams = {
      functions: [
        { ...metadata.functions[0]!, parameters: [{ name: "due_date" }, { name: "grace" }] },
        metadata.functions[1]!,
      ],
    };
    expect(() => localizeMetadata(moreParams, subset)).toThrow(/DAYSOVERDUE\.grace/);
    expect(() => localizeMetadata({ functions: [metadata.functions[0]!] }, subset)).toThrow(
      /unknown function AGEBUCKET/
    );
  });

  it("points a help link at the translated name's anchor in the language's section", () => {
    const withHelp = {
      functions: [
        { ...metadata.functions[0]!, helpUrl: "https://host.example/support.html#en-daysoverdue" },
        metadata.functions[1]!,
      ],
    };
    const subset = { DAYSOVERDUE: nl.DAYSOVERDUE, AGEBUCKET: nl.AGEBUCKET };
    const out = localizeMetadata(withHelp, subset, "nl");
    expect(out.functions[0].helpUrl).toBe("https://host.example/support.html#nl-dagenvervallen");
    // No help link in the source: none invented.
    expect(out.functions[1].helpUrl).toBeUndefined();
  });

  it("gives every Dutch name once", () => {
    const names = Object.values(nl).map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("uses Dutch names that collide with no built-in function and are valid Excel names", () => {
    for (const t of Object.values(nl)) {
      expect(DUTCH_BUILTINS).not.toContain(t.name);
      expect(t.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      for (const p of Object.values(t.parameters)) expect(p.name).toMatch(/^[a-z_]+$/);
    }
  });
});
