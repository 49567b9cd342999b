// Benchmarks: print figures, assert nothing. `npm run bench` runs every bench/*.bench.ts module
// (each exports `run()`); `npm run bench -- ledger` runs the modules whose name contains "ledger".
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const filter = process.argv[2] ?? "";
  const modules = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
    .sort();
  console.log(`Openstaand benchmarks — node ${process.version}, ${process.arch}`);
  for (const file of modules) {
    console.log(`\n# ${file.replace(".bench.ts", "")}`);
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
      run: () => Promise<void>;
    };
    await mod.run();
  }
}

void main();
