/**
 * Finds the browser bundles of vega, vega-lite and vega-embed in a node_modules folder at or above
 * the given directories, for inlining into the HTML report. (vega-lite's package exports hide its
 * build folder from require.resolve, so we look for the files themselves.)
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ChartBundles } from "../../documents";

const FILES = {
  vega: "vega/build/vega.min.js",
  vegaLite: "vega-lite/build/vega-lite.min.js",
  vegaEmbed: "vega-embed/build/vega-embed.min.js",
} as const;

/** The bundles from the first node_modules (walking up from each start) that has all three. */
export async function findChartBundles(starts: readonly string[]): Promise<ChartBundles | null> {
  for (const start of starts) {
    for (let dir = start, previous = ""; dir !== previous; previous = dir, dir = dirname(dir)) {
      const modules = join(dir, "node_modules");
      try {
        const [vega, vegaLite, vegaEmbed] = await Promise.all(
          [FILES.vega, FILES.vegaLite, FILES.vegaEmbed].map((file) =>
            readFile(join(modules, file), "utf8")
          )
        );
        return {
          vega: vega as string,
          vegaLite: vegaLite as string,
          vegaEmbed: vegaEmbed as string,
        };
      } catch {
        // not here; try the parent folder
      }
    }
  }
  return null;
}
