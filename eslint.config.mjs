// ESLint 9 flat config: office-addin-lint's rules (eslint-plugin-office-addins "recommended", which
// brings typescript-eslint, @eslint/js and prettier), plus the architectural fences of DESIGN.md.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeGlobals = ["Excel", "Office", "OfficeRuntime", "OfficeExtension"];

/**
 * The layers of DESIGN.md: what each folder may import of the project (values and types; `types`
 * lists folders a door may take types from only). Dependencies point down; everything not listed is
 * refused by lint, and any folder is reached through its index.ts (see DEEP below).
 */
const UNITS = [
  "core",
  "ledger",
  "dunning",
  "payments",
  "analytics",
  "documents",
  "records",
  "demo",
  "formats",
  "app",
  "hosts",
  "cli",
  "taskpane",
  "functions",
];
const DOMAIN = ["core", "ledger", "dunning", "payments", "analytics", "documents", "records"];
export const LAYERS = {
  "src/core": { may: [] },
  "src/ledger": { may: ["core"] },
  "src/dunning": { may: ["core", "ledger"] },
  // Bank statements matched to open invoices, and the confirmed payments applied to a ledger.
  "src/payments": { may: ["core", "ledger"] },
  "src/analytics": { may: ["core", "ledger", "dunning"] },
  "src/documents": { may: ["core", "ledger", "dunning", "analytics"] },
  "src/records": { may: ["core", "ledger", "dunning", "analytics", "documents", "payments"] },
  "src/demo": { may: ["core"] },
  "src/formats": { may: [...DOMAIN] },
  "src/app": { may: [...DOMAIN, "demo", "formats"] },
  "src/hosts": { may: [...DOMAIN, "demo", "formats", "app"] },
  // The doors: the CLI and the pane call use-cases in app (core is the shared vocabulary), and may
  // name the types of any layer.
  "src/cli": { may: ["core", "app", "hosts"], types: [...DOMAIN, "formats"] },
  taskpane: { may: ["core", "app"], types: [...DOMAIN, "formats"] },
  // Custom functions are thin wrappers over the pure rules (and the Excel host's display language).
  functions: { may: ["core", "ledger", "dunning", "documents", "hosts"] },
};
const unitRegex = (units) => `^(\\.\\./)+(src/)?(${units.join("|")})(/|$)`;
/** A cross-folder import that reaches past the folder's index.ts. */
const DEEP = `^(\\.\\./)+(src/)?(${UNITS.filter((u) => u !== "hosts").join("|")})/(?!index$).|^(\\.\\./)+(src/)?hosts/(excel|browser|node)/(?!index$).`;
/** The same for tests: any src folder through its index (the pane's and functions' files are tested as they are). */
const DEEP_FROM_TESTS = `^(\\.\\./)+src/(${UNITS.filter((u) => u !== "hosts").join("|")})/(?!index$).|^(\\.\\./)+src/hosts/(excel|browser|node)/(?!index$).`;
const fence = (unit) => {
  const { may, types = [] } = LAYERS[unit];
  const self = unit.replace(/^src\//, "");
  const refused = UNITS.filter((u) => u !== self && !may.includes(u));
  const patterns = [
    {
      regex: DEEP,
      message:
        "Import another folder through its index.ts (DESIGN.md: cross-folder imports go through the folder's entry).",
    },
  ];
  const typeOnly = refused.filter((u) => types.includes(u));
  const never = refused.filter((u) => !types.includes(u));
  if (never.length > 0)
    patterns.push({
      regex: unitRegex(never),
      message: `${unit} may import only ${may.join(", ") || "nothing of the project"} (DESIGN.md's layers).`,
    });
  if (typeOnly.length > 0)
    patterns.push({
      regex: unitRegex(typeOnly),
      allowTypeImports: true,
      message: `${unit} is a front door: it calls use-cases in src/app (types of lower layers aside).`,
    });
  return {
    files: [`${unit}/**/*.{ts,tsx}`],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  };
};

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.recommended,
  {
    // The task pane's React components (.tsx) get the recommended block's plugins and rules too.
    ...officeAddins.configs.recommended.find((c) => c.files),
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      // office-addins' recommended config names a parser its bundled copy does not export here.
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // TypeScript checks undefined names itself (and knows Office's ambient globals).
      "no-undef": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
  },
  ...Object.keys(LAYERS).map(fence),
  {
    // src/*.tsx are the composition roots: each wires a host to a front door (any layer, through
    // its index.ts).
    files: ["src/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: DEEP, message: "Import a folder through its index.ts." }] },
      ],
    },
  },
  {
    // Tests and benchmarks use a folder through its public entry, so moving a file inside a folder
    // breaks none of them.
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: DEEP_FROM_TESTS, message: "Tests import a folder through its index.ts." },
          ],
        },
      ],
    },
  },
  {
    // Only src/hosts/excel may name Excel/Office.
    files: ["src/**/*.ts", "functions/**/*.ts"],
    ignores: ["src/hosts/excel/**"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // src/core is pure: no Office, DOM, I/O, clock or randomness; no UI or data-frame libraries.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        "CustomFunctions",
        "window",
        "document",
        "navigator",
        "localStorage",
        "fetch",
        "process",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "@fluentui/*",
            "arquero",
            "vega*",
            "zod",
            "exceljs",
            "papaparse",
            "node:*",
            "fs",
            "path",
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/core has no clock: pass asOf as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/core has no clock: pass asOf as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "src/core is deterministic: no Math.random.",
        },
      ],
    },
  },
];
