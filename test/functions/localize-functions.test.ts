import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { localizeMetadata } = require("./scripts/localize-functions.cjs");
const nl = JSON.parse(
  readFileSync(path.join(process.cwd(), "functions/locale/nl.json"), "utf8")
) as Record<string, { name: string; parameters: Record<string, { name: string }> }>;

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
    const out = localizeMetadata(metadata, nl);
    expect(out.functions.map((f: { id: string; name: string }) => `${f.id}=${f.name}`)).toEqual([
      "DAYSOVERDUE=DAGENVERVALLEN",
      "AGEBUCKET=OUDERDOMSKLASSE",
    ]);
  });

  it("fails on a function or parameter without a translation, and on a stale translation", () => {
    const extra = {
      functions: [...metadata.functions, { id: "NEW", name: "NEW", parameters: [] }],
    };
    expect(() => localizeMetadata(extra, nl)).toThrow(/no translation for function NEW/);
    const moreParams = {
      functions: [
        { ...metadata.functions[0]!, parameters: [{ name: "due_date" }, { name: "grace" }] },
        metadata.functions[1]!,
      ],
    };
    expect(() => localizeMetadata(moreParams, nl)).toThrow(/DAYSOVERDUE\.grace/);
    expect(() => localizeMetadata({ functions: [metadata.functions[0]!] }, nl)).toThrow(
      /unknown function AGEBUCKET/
    );
  });

  it("uses Dutch names that collide with no built-in function and are valid Excel names", () => {
    for (const t of Object.values(nl)) {
      expect(DUTCH_BUILTINS).not.toContain(t.name);
      expect(t.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      for (const p of Object.values(t.parameters)) expect(p.name).toMatch(/^[a-z_]+$/);
    }
  });
});
