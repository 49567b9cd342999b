// Issue 14's pane target: the task pane's initial JS ≤ 250 KB gzip — the scripts taskpane.html loads
// before anything else (its <script> tags; lazy chunks load later), each gzipped at level 9 (as
// `gzip -9`). Reads the production build: run `npm run build` first. Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const TARGET_KB = 250;

/** The scripts `page` loads up front, by their src (relative to dist/). */
export function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

/** Gzip -9 size in bytes of the file `src` in dist/. */
export const gzipSize = (src: string): number =>
  gzipSync(readFileSync(path.join(DIST, src)), { level: constants.Z_BEST_COMPRESSION }).length;

export async function run(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("No production build in dist/: run `npm run build` first. Skipped.");
    return;
  }
  for (const page of ["taskpane.html", "addin.html"]) {
    const scripts = initialScripts(page);
    const sizes = scripts.map((src) => ({ src, bytes: gzipSize(src) }));
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0) / 1000;
    const list = sizes.map((s) => `${s.src} ${(s.bytes / 1000).toFixed(1)} KB`).join(", ");
    const verdict =
      page === "taskpane.html"
        ? ` (target ≤ ${TARGET_KB} KB: ${total <= TARGET_KB ? "met" : "NOT met"})`
        : " (with the custom functions' shared runtime)";
    console.log(`${page} initial JS, gzip -9: ${total.toFixed(1)} KB${verdict} — ${list}`);
  }
}
