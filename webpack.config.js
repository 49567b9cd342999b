// Builds the add-in (one shared-runtime page: task pane + custom functions), the standalone workbench
// (the same page outside Excel) and the CLI bundle.
//
//   webpack --mode production          dist/ for hosting: manifest URLs rewritten, office.js from the CDN
//   webpack --mode development         dist/ for local runs: office.js from @microsoft/office-js
//
// Two pages from one template: addin.html is what Office opens (manifest.xml): office.js, the custom
// functions, a policy that lets Office's script in; taskpane.html is the standalone workbench: no
// office.js, no functions, a policy that allows nothing but the page's own origin.
//   webpack serve --env standalone     http://127.0.0.1:3000, the workbench on the demo ledger
//   webpack serve --env https          https://localhost:3000 for sideloading into Excel
//   webpack --env cli                  dist/cli/openstaand.cjs for `npx openstaand`
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsPlugin } = require("./scripts/localize-functions.cjs");
const { functionReference } = require("./scripts/function-reference.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * The Content-Security-Policy of a page. The workbench (officeJs null) may load nothing but its own
 * origin; the add-in page adds Microsoft's office.js host when it loads office.js from the CDN.
 *
 * - script-src without 'unsafe-eval' or 'unsafe-inline': the charts run vega's expression
 *   interpreter (`ast: true`), dev builds use a source-map devtool without eval.
 * - style-src 'unsafe-inline' (styles only): Fluent UI (griffel) writes its atomic CSS into <style>
 *   elements at run time (17 of them on the overview alone) and vega-embed and vega-tooltip add
 *   theirs. A nonce would need a server that mints one per response; the page is a static file,
 *   where a fixed nonce is as public as the page. Inline CSS cannot run script, and every script
 *   stays limited to 'self'. style-src-attr 'none': no style="" attribute in markup (React and
 *   vega set styles through the CSSOM, which the policy does not govern).
 * - connect-src 'self': nothing is fetched from elsewhere (also the dev server's socket).
 * - frame-src 'self': the template preview is a srcdoc frame (sandboxed, its own policy).
 * - img-src data: blob:: vega's and Fluent's inline images; downloads are blob: links.
 * - Inside Office, office.js adds a telemetry frame of Microsoft's (firstpartyapps.oaspapps.com);
 *   the policy lets Office have it there, where the workbook already lives with Microsoft.
 */
function pageCsp(officeJs) {
  const office = officeJs && /^https:/.test(officeJs) ? new URL(officeJs).origin : null;
  const withOffice = (list, ...extra) => [...list, ...(officeJs ? extra : [])].join(" ");
  return [
    "default-src 'none'",
    `script-src ${withOffice(["'self'"], ...(office ? [office] : []))}`,
    "style-src 'self' 'unsafe-inline'",
    // Only the workbench: office.js and Office's error pages are not ours to vouch for.
    ...(officeJs ? [] : ["style-src-attr 'none'"]),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${withOffice(["'self'"], ...(office ? [office] : []))}`,
    `frame-src ${withOffice(["'self'"], "https://telemetryservice.firstpartyapps.oaspapps.com")}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Custom functions: every functions/*.functions.ts file. Each is an entry module of the functions
 * bundle and an input of the metadata generator (which appends the CustomFunctions.associate calls).
 */
const functionFiles = fs
  .readdirSync(path.join(__dirname, "functions"))
  .filter((f) => f.endsWith(".functions.ts"))
  .sort()
  .map((f) => `./functions/${f}`);

/** Dutch names per area: functions/locale/nl/*.json, merged; an id defined twice fails the build. */
function dutchFunctionNames() {
  const dir = path.join(__dirname, "functions/locale/nl");
  const merged = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const [id, value] of Object.entries(part)) {
      if (merged[id])
        throw new Error(`functions/locale/nl/${file}: ${id} is already translated elsewhere`);
      merged[id] = value;
    }
  }
  return merged;
}

/** Where the production add-in is hosted; every https://localhost:3000/ in the manifest becomes this. */
function productionUrl() {
  const url = process.env.OPENSTAAND_URL || "https://addin.openstaand.nl/";
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`OPENSTAAND_URL must be an https URL ending in '/', got '${url}'`);
  }
  return url;
}

/** Replaces every occurrence (not only the first) of the dev URL, and the dev origin (AppDomain). */
function rewriteUrls(content, url) {
  const devOrigin = new URL(DEV_URL).origin;
  return content.toString().split(DEV_URL).join(url).split(devOrigin).join(new URL(url).origin);
}

const resolve = { extensions: [".ts", ".tsx", ".js"] };
const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { noEmit: false } },
  },
};

function cliConfig() {
  return {
    name: "cli",
    target: "node20",
    mode: "production",
    devtool: "source-map",
    // The fast CSV reader parses half of a large file in a worker thread, which needs a script of
    // its own: dist/cli/csv-chunk-worker.cjs, found next to openstaand.cjs at run time.
    entry: {
      openstaand: "./src/cli/node-main.ts",
      "csv-chunk-worker": "./src/hosts/node/csv-chunk-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].cjs",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve,
    // Runtime dependencies stay in node_modules: the CLI runs inside the installed package.
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) =>
        /^[@a-z]/i.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    // createRequire stays Node's own (the worker pool resolves tsx with it when run from sources).
    module: { rules: [tsRule], parser: { javascript: { createRequire: false } } },
    optimization: { minimize: false },
    // __dirname is the bundle's folder at run time (for the worker's script), not a build-time value.
    node: { __dirname: false },
  };
}

function addinConfig(env, mode, reference) {
  const production = mode === "production";
  const useCdn = production && !env.localOffice;
  const url = production ? productionUrl() : DEV_URL;
  const standalone = Boolean(env.standalone);
  return {
    name: "addin",
    mode,
    // No eval-based devtool: the pages' policy has no 'unsafe-eval', also in dev and test builds.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/main-pane.tsx",
      functions: functionFiles,
      // The export window Excel opens as an Office dialog (Excel on Mac downloads nothing).
      "export-view": "./src/export-view.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^cli\// },
    },
    resolve,
    module: {
      rules: [
        tsRule,
        // Our modules have no side effects on import (they define; the entries and main-pane run),
        // except the two imported for their effect: zod's jitless switch before any schema. So
        // webpack leaves out every module whose exports nothing on the page uses, also when it is
        // re-exported by a folder's index.ts: the task pane's initial JS holds what the first
        // screen runs (issue 14: ≤ 250 KB gzip, `npm run bench -- ui-initial-js`).
        {
          test: /\.tsx?$/,
          include: [path.join(__dirname, "src"), path.join(__dirname, "taskpane")],
          exclude: /no-eval\.ts$/,
          sideEffects: false,
        },
        // `import text from "file?raw"`: the file as a string (the chart bundles of the HTML report).
        { resourceQuery: /raw/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionFiles,
      }),
      new LocalizedFunctionsPlugin({
        input: "functions.json",
        locales: { nl: dutchFunctionNames() },
        // The functions' help links (@helpurl) go to the hosted support page, like the manifest's.
        rewrite: production ? (json) => rewriteUrls(json, url) : undefined,
      }),
      // What Office opens (manifest.xml): the task pane and the custom functions' shared runtime.
      new HtmlWebpackPlugin({
        filename: "addin.html",
        template: "./taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: officePage(useCdn ? OFFICE_JS_CDN : OFFICE_JS_LOCAL),
      }),
      // The export window (an Office dialog): shows the letters to print or a text file to copy.
      new HtmlWebpackPlugin({
        filename: "export-view.html",
        template: "./taskpane/export-view.html",
        chunks: ["export-view"],
        templateParameters: officePage(useCdn ? OFFICE_JS_CDN : OFFICE_JS_LOCAL),
      }),
      // The standalone workbench: the same pane without office.js or the custom functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: officePage(null),
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./taskpane/support.html",
        chunks: [],
        // The function reference (an anchor per function and language, where each helpUrl points).
        templateParameters: reference,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (production ? rewriteUrls(content, url) : content),
          },
          // Local and test builds carry the whole office.js tree (it loads locale files next to itself).
          ...(useCdn || standalone ? [] : [{ from: officeJsDist, to: "office-js" }]),
        ],
      }),
    ],
    devServer: {
      host: standalone ? "127.0.0.1" : "localhost",
      port: Number(
        process.env.OPENSTAAND_PORT || process.env.npm_package_config_dev_server_port || 3000
      ),
      hot: false,
      liveReload: !process.env.CI,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJsDist, publicPath: "/office-js", watch: false }],
      historyApiFallback: { index: "/taskpane.html" },
      open: false,
      server: standalone ? "http" : { type: "https", options: env.httpsOptions },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.cli) return cliConfig();
  const mode = argv.mode || "development";
  if (!env.standalone && env.WEBPACK_SERVE) {
    // Excel requires https with a trusted certificate: office-addin-dev-certs installs one.
    const devCerts = require("office-addin-dev-certs");
    env.httpsOptions = await devCerts.getHttpsServerOptions();
  }
  const reference = await functionReference(functionFiles, dutchFunctionNames());
  return production(mode)
    ? [addinConfig(env, mode, reference), cliConfig()]
    : addinConfig(env, mode, reference);
};

/** The template parameters of a page: office.js (or null) and its policy. */
function officePage(officeJs) {
  return { officeJs, csp: pageCsp(officeJs) };
}

function production(mode) {
  return mode === "production";
}

module.exports.functionFiles = functionFiles;
module.exports.dutchFunctionNames = dutchFunctionNames;
module.exports.pageCsp = pageCsp;
