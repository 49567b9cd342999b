// Runs the real production build (webpack's Node API) into a temporary folder and checks what a
// deployment needs: the page, the generated metadata in both languages, and a manifest with every
// localhost URL rewritten to the hosting URL.
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const require = createRequire(path.join(root, "package.json"));
const HOST = "https://addin.test.example/openstaand/";

interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    description: string;
    optional?: boolean;
    type: string;
    dimensionality?: string;
  }[];
  result: { type: string };
}

let out = "";

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "openstaand-build-"));
  process.env.OPENSTAAND_URL = HOST;
  const webpack = require("webpack");
  const configs = await require("./webpack.config.js")({}, { mode: "production" });
  const addin = (Array.isArray(configs) ? configs : [configs]).find(
    (c: { name: string }) => c.name === "addin"
  );
  addin.output.path = out;
  addin.devtool = false;
  addin.optimization = { minimize: false };
  await new Promise<void>((resolve, reject) =>
    webpack(
      addin,
      (err: Error | null, stats: { hasErrors(): boolean; toString(o: object): string }) => {
        if (err) return reject(err);
        if (stats.hasErrors())
          return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      }
    )
  );
}, 240_000);

afterAll(() => {
  delete process.env.OPENSTAAND_URL;
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (file: string): string => readFileSync(path.join(out, file), "utf8");

describe("production build", () => {
  it("emits the shared-runtime page loading office.js from the CDN, the task pane and the functions", () => {
    // Office opens addin.html (the manifest's page); the workbench page loads no office.js at all.
    const html = read("addin.html");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toMatch(/src="taskpane\.js"/);
    expect(html).toMatch(/src="functions\.js"/);
    const workbench = read("taskpane.html");
    expect(workbench).toMatch(/src="taskpane\.js"/);
    expect(workbench).not.toContain("office.js");
    expect(workbench).not.toMatch(/src="functions\.js"/);
    expect(existsSync(path.join(out, "functions.js"))).toBe(true);
    expect(existsSync(path.join(out, "office-js"))).toBe(false);
    expect(existsSync(path.join(out, "support.html"))).toBe(true);
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(path.join(out, `assets/icon-${size}.png`))).toBe(true);
  });

  it("generates functions.json from the JSDoc, DAYSOVERDUE and AGEBUCKET among them", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: FunctionMeta[] };
    expect(meta.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining(["AGEBUCKET", "DAYSOVERDUE"])
    );
    for (const f of meta.functions) expect(f.name).toBe(f.id);
    // every function is bound to its code in the bundle
    const bundle = read("functions.js");
    for (const f of meta.functions) expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
    const days = meta.functions.find((f) => f.id === "DAYSOVERDUE")!;
    expect(days.name).toBe("DAYSOVERDUE");
    expect(days.result.type).toBe("number");
    expect(days.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["due_date", false],
      ["as_of", true],
    ]);
    const bucket = meta.functions.find((f) => f.id === "AGEBUCKET")!;
    expect(bucket.result.type).toBe("string");
    expect(bucket.parameters.map((p) => p.name)).toEqual([
      "due_date",
      "as_of",
      "edges",
      "language",
    ]);
    expect(bucket.parameters[2]!.dimensionality).toBe("matrix");
  });

  it("generates functions-nl.json with Dutch names, same ids", () => {
    const nl = JSON.parse(read("functions-nl.json")) as { functions: FunctionMeta[] };
    const en = JSON.parse(read("functions.json")) as { functions: FunctionMeta[] };
    expect(nl.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    const byId = Object.fromEntries(nl.functions.map((f) => [f.id, f]));
    expect(byId.DAYSOVERDUE!.name).toBe("DAGENVERVALLEN");
    expect(byId.AGEBUCKET!.name).toBe("OUDERDOMSKLASSE");
    expect(byId.AGEBUCKET!.parameters.map((p) => p.name)).toEqual([
      "vervaldatum",
      "peildatum",
      "grenzen",
      "taal",
    ]);
    expect(byId.DAYSOVERDUE!.description).toMatch(/vervaldatum/);
  });

  it("links every function to its entry of the hosted support page, per language", () => {
    const page = read("support.html");
    expect(page).not.toContain("<%");
    for (const file of ["functions.json", "functions-nl.json"]) {
      const meta = JSON.parse(read(file)) as { functions: (FunctionMeta & { helpUrl: string })[] };
      const lang = file === "functions.json" ? "en" : "nl";
      for (const f of meta.functions) {
        const anchor = `${lang}-${f.name.toLowerCase()}`;
        expect(f.helpUrl).toBe(`${HOST}support.html#${anchor}`);
        expect(page).toContain(`id="${anchor}"`);
      }
    }
    expect(read("functions.json")).not.toContain("localhost");
  });

  it("rewrites every localhost URL in the manifest, not only the first", () => {
    const source = readFileSync(path.join(root, "manifest.xml"), "utf8");
    const manifest = read("manifest.xml");
    const count = source.split("https://localhost:3000/").length - 1;
    expect(count).toBeGreaterThan(5);
    expect(manifest).not.toContain("localhost");
    expect(manifest.split(HOST).length - 1).toBe(count);
    expect(manifest).toContain(`${HOST}functions-nl.json`);
  });
});
