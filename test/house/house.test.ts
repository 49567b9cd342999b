// The house of DESIGN.md, checked: lint refuses an import that crosses a layer the wrong way or
// reaches past a folder's index.ts (eslint.config.mjs, LAYERS), and no folder imports another that
// imports it back (scripts/house.mjs), in this tree and in a small tree built to have a cycle.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";

const root = process.cwd();
const FENCE = "@typescript-eslint/no-restricted-imports";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The fence messages lint gives `code` as if it were the file `file` of the project. */
async function fenceMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === FENCE).map((m) => m.message);
}

describe("lint fences every layer", () => {
  it.each([
    [
      "core imports nothing of the project",
      "src/core/money/x.ts",
      'import { analyse } from "../../app";\nexport const a = analyse;\n',
    ],
    [
      "ledger is below dunning",
      "src/ledger/x.ts",
      'import { reminderRun } from "../dunning";\nexport const a = reminderRun;\n',
    ],
    [
      "documents never import formats",
      "src/documents/x.ts",
      'import { readLedgerFile } from "../formats";\nexport const a = readLedgerFile;\n',
    ],
    [
      "records never import app",
      "src/records/x.ts",
      'import { loadLedger } from "../app";\nexport const a = loadLedger;\n',
    ],
    [
      "app never imports a host",
      "src/app/x.ts",
      'import { excelHost } from "../hosts/excel";\nexport const a = excelHost;\n',
    ],
    [
      "the CLI goes through app",
      "src/cli/x.ts",
      'import { readLedgerFile } from "../formats";\nexport const a = readLedgerFile;\n',
    ],
    [
      "the pane goes through app",
      "taskpane/views/x.tsx",
      'import { readLedger } from "../../src/ledger";\nexport const a = readLedger;\n',
    ],
    [
      "past core's index.ts",
      "src/ledger/x.ts",
      'import { cents } from "../core/money/money";\nexport const a = cents;\n',
    ],
    [
      "a test past the index",
      "test/ledger/x.test.ts",
      'import { readLedger } from "../../src/ledger/read-ledger";\nexport const a = readLedger;\n',
    ],
  ])("refuses an import: %s", async (_why, file, code) => {
    expect(await fenceMessages(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/ledger/x.ts", 'import { cents } from "../core";\nexport const a = cents;\n'],
    ["src/dunning/x.ts", 'import { readLedger } from "../ledger";\nexport const a = readLedger;\n'],
    [
      "src/cli/x.ts",
      'import { analyse } from "../app";\nimport type { Ledger } from "../ledger";\nexport const a: Ledger | null = null;\nexport const b = analyse;\n',
    ],
    [
      "taskpane/views/x.tsx",
      'import type { Ledger } from "../../src/ledger";\nexport const a: Ledger | null = null;\n',
    ],
    [
      "src/ledger/header/x.ts",
      'import { cellText } from "../cells/cell";\nexport const a = cellText;\n',
    ],
  ])("allows %s", async (file, code) => {
    expect(await fenceMessages(file, code)).toEqual([]);
  });
});

describe("no folder-level import cycle", () => {
  it("holds for this tree", () => {
    const out = execFileSync(process.execPath, ["scripts/house.mjs", root, "--json"], {
      encoding: "utf8",
    });
    const house = JSON.parse(out) as {
      cycles: string[][];
      folders: string[];
      edges: Record<string, string[]>;
    };
    expect(house.cycles).toEqual([]);
    // The layers point down: core takes nothing, the domain never reaches a door or a host.
    expect(house.edges["src/core"]).toBeUndefined();
    for (const low of [
      "src/ledger",
      "src/dunning",
      "src/analytics",
      "src/documents",
      "src/records",
    ])
      for (const up of [
        "src/app",
        "src/formats",
        "src/cli",
        "taskpane",
        "src/hosts/excel",
        "src/hosts/browser",
        "src/hosts/node",
      ])
        expect(house.edges[low] ?? []).not.toContain(up);
  });

  it("finds a cycle when one is made", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "openstaand-house-"));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      };
      write("src/a/index.ts", 'import { b } from "../b";\nexport const a = () => b;\n');
      write("src/b/index.ts", 'import { c } from "../c";\nexport const b = () => c;\n');
      write("src/c/index.ts", 'import { a } from "../a";\nexport const c = () => a;\n');
      write("src/d/index.ts", 'import type { a } from "../a";\nexport type D = typeof a;\n');
      const run = spawnSync(process.execPath, [path.join(root, "scripts/house.mjs"), dir], {
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("CYCLES: src/a <-> src/b <-> src/c");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
