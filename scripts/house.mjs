// The house at folder scale (DESIGN.md): the import graph between the folders of src/ (hosts/excel,
// hosts/browser and hosts/node count apart), taskpane/ and functions/. Prints the folders, their
// value edges, any cycle, and the cross-folder imports that reach past a folder's index.ts.
// Exits 1 on a cycle. Type-only imports are left out of the cycle check (they vanish at run time).
// usage: node scripts/house.mjs [project dir] [--json]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--")) ?? ".");
const json = args.includes("--json");

const files = [];
function walk(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!["node_modules", "dist"].includes(entry)) walk(path);
    } else if (/\.tsx?$/.test(entry) && !/\.d\.ts$/.test(entry)) files.push(path);
  }
}
for (const top of ["src", "taskpane", "functions"])
  if (existsSync(join(root, top))) walk(join(root, top));

/** The folder a file belongs to: src/<name>, src/hosts/<name>, taskpane, functions; src/*.ts is "src". */
function folderOf(file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] !== "src") return parts[0];
  if (parts.length === 2) return "src";
  if (parts[1] === "hosts" && parts.length > 3) return `src/hosts/${parts[2]}`;
  return `src/${parts[1]}`;
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile())
      return candidate;
  return null;
}

const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?[^'"`;]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;
const edges = new Map();
const deep = [];
let cross = 0;
for (const file of files) {
  for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const spec = match[2] ?? match[3] ?? match[4];
    const target = resolveImport(file, spec);
    if (target === null) continue;
    const a = folderOf(file);
    const b = folderOf(target);
    if (a === b || b === "src") continue;
    cross++;
    if (!/^index\.tsx?$/.test(relative(join(root, b), target)))
      deep.push(`${relative(root, file)} -> ${spec}`);
    if (match[1]) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a).add(b);
  }
}

// Cycles: strongly connected components of more than one folder (Tarjan).
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
let counter = 0;
function connect(v) {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
const folders = [
  ...new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]),
].sort();
for (const v of folders) if (!index.has(v)) connect(v);

const result = {
  files: files.length,
  folders,
  edges: Object.fromEntries([...edges].map(([a, s]) => [a, [...s].sort()]).sort()),
  cycles,
  crossFolderImports: cross,
  pastIndex: deep,
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `${files.length} source files in ${folders.length} folders; ${cross} cross-folder imports, ${deep.length} past an index.ts`
  );
  for (const [a, s] of Object.entries(result.edges)) console.log(`  ${a} -> ${s.join(", ")}`);
  for (const d of deep) console.log(`  past index: ${d}`);
  console.log(
    cycles.length === 0
      ? "no folder-level import cycle"
      : `CYCLES: ${cycles.map((c) => c.join(" <-> ")).join("; ")}`
  );
}
process.exit(cycles.length === 0 ? 0 : 1);
