/**
 * The browser bundles of vega, vega-lite and vega-embed as text, for inlining into the downloaded
 * HTML report (the CLI reads the same files from node_modules: src/cli/chart-bundles.ts). Webpack
 * inlines them as strings (`?raw` → asset/source); import this module with `import()` only, so the
 * ~830 kB stay in a chunk that loads when the user downloads the report, with no network needed.
 *
 * The paths go through node_modules directly: the packages' `exports` maps do not expose their
 * build folders. They are direct dependencies, so npm installs them at the top level.
 */
import type { ChartBundles } from "../../src/documents";
import vega from "../../node_modules/vega/build/vega.min.js?raw";
import vegaEmbed from "../../node_modules/vega-embed/build/vega-embed.min.js?raw";
import vegaLite from "../../node_modules/vega-lite/build/vega-lite.min.js?raw";

/** The three bundles, in the shape {@link reportHtml} inlines. */
export const chartBundles: ChartBundles = { vega, vegaLite, vegaEmbed };
