// What the Office XSD cannot see in manifest.xml: resids that resolve, one shared runtime, icons that
// exist, URLs that match what webpack emits. XSD validity itself: npm run validate:offline.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");

const all = (re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[1] ?? "");
const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
const urlOf = (id: string): string => {
  const m = new RegExp(
    `<bt:(?:Image|Url) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`
  ).exec(xml);
  if (!m?.[1]) throw new Error(`no URL resource ${id}`);
  return m[1];
};
const residOf = (element: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}[^>]*resid="([^"]+)"`, "g"))].map((m) => m[1] ?? "");

describe("manifest.xml", () => {
  it("defines every resid it references, exactly once", () => {
    const referenced = new Set(all(/resid="([^"]+)"/g));
    expect(referenced.size).toBeGreaterThan(8);
    for (const id of referenced) expect(defined).toContain(id);
    const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses one long-lived shared runtime for the page, the custom functions and the function file", () => {
    const runtimes = [...xml.matchAll(/<Runtime resid="([^"]+)" lifetime="([^"]+)"/g)];
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime[2]).toBe("long");
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1];
    const functionFile = residOf("FunctionFile")[0];
    const taskpaneAction =
      /<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1];
    expect([page, functionFile, taskpaneAction]).toEqual([runtime[1], runtime[1], runtime[1]]);
    expect(xml).not.toContain("TaskpaneId");
    // The add-in page (office.js, custom functions), not the workbench (taskpane.html, no office.js).
    expect(urlOf(runtime[1]!)).toBe("https://localhost:3000/addin.html");
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/addin.html"/>');
    expect(xml).not.toMatch(/taskpane\.html"/);
  });

  it("requires SharedRuntime 1.1, asks ReadWriteDocument and uses the DEB namespace", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    const ns = residOf("Namespace")[0]!;
    expect(xml).toContain(`<bt:String id="${ns}" DefaultValue="DEB"/>`);
  });

  it("gives Dutch Excel in the Netherlands and in Belgium the Dutch function names", () => {
    const url =
      /<bt:Url id="Functions\.Metadata\.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(xml)?.[1] ?? "";
    const overrides = [...url.matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\/>/g)].map(
      (m) => [m[1], m[2]]
    );
    expect(overrides).toEqual([
      ["nl-NL", "https://localhost:3000/functions-nl.json"],
      ["nl-BE", "https://localhost:3000/functions-nl.json"],
    ]);
  });

  it("has a fixed GUID, a support URL and only https URLs", () => {
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+"/);
    const urls = all(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points at icons that exist in assets/, in every size the store and ribbon use", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = path.join(root, "assets", `icon-${size}.png`);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      // PNG signature, then IHDR width and height.
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const iconUrls = all(/(?:DefaultValue)="https:\/\/localhost:3000\/(assets\/[^"]+)"/g);
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const rel of iconUrls) expect(existsSync(path.join(root, rel))).toBe(true);
  });

  it("points the functions metadata, its Dutch override and the script at files webpack emits", async () => {
    expect(urlOf("Functions.Metadata.Url")).toBe("https://localhost:3000/functions.json");
    expect(xml).toContain(
      '<bt:Override Locale="nl-NL" Value="https://localhost:3000/functions-nl.json"/>'
    );
    expect(urlOf("Functions.Script.Url")).toBe("https://localhost:3000/functions.js");
    const { createRequire } = await import("node:module");
    const require = createRequire(path.join(root, "package.json"));
    const configs = await require("./webpack.config.js")({}, { mode: "development" });
    const config = Array.isArray(configs) ? configs[0] : configs;
    expect(Object.keys(config.entry)).toEqual(expect.arrayContaining(["taskpane", "functions"]));
    expect(config.entry.functions).toContain("./functions/ageing.functions.ts");
    expect(config.output.filename).toBe("[name].js");
    const cf = config.plugins.find(
      (p: { constructor: { name: string } }) =>
        p.constructor.name === "CustomFunctionsMetadataPlugin"
    );
    expect(cf.options.output).toBe("functions.json");
    expect(cf.options.input).toEqual(config.entry.functions);
    const html = config.plugins.filter(
      (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin"
    );
    const page = (name: string) =>
      html.find((p: { userOptions: { filename: string } }) => p.userOptions.filename === name);
    // Office opens addin.html: the pane, the functions' shared runtime and office.js (local in dev).
    const addin = page("addin.html");
    expect(addin.userOptions.chunks).toEqual(["taskpane", "functions"]);
    expect(addin.userOptions.templateParameters.officeJs).toBe("office-js/office.js");
    // The workbench: no functions, no office.js, a policy of its own origin only.
    const workbench = page("taskpane.html");
    expect(workbench.userOptions.chunks).toEqual(["taskpane"]);
    expect(workbench.userOptions.templateParameters.officeJs).toBeNull();
    expect(workbench.userOptions.templateParameters.csp).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it("loads office.js from Microsoft's CDN in production and lets only the add-in page have it", async () => {
    const { createRequire } = await import("node:module");
    const require = createRequire(path.join(root, "package.json"));
    const { pageCsp } = require("./webpack.config.js");
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    const policy = (csp: string): Map<string, string[]> =>
      new Map(
        csp.split(";").map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name!, values];
        })
      );
    const office = policy(pageCsp(cdn));
    expect(office.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    const workbench = policy(pageCsp(null));
    for (const [name, values] of workbench) {
      for (const value of values) expect(`${name} ${value}`).not.toMatch(/https?:|\*|unsafe-eval/);
    }
    expect(workbench.get("default-src")).toEqual(["'none'"]);
    expect(workbench.get("script-src")).toEqual(["'self'"]);
    expect(workbench.get("connect-src")).toEqual(["'self'"]);
  });
});
