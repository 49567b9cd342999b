// ESLint 9 flat config: office-addin-lint's rules (eslint-plugin-office-addins "recommended", which
// brings typescript-eslint, @eslint/js and prettier), plus the architectural fences of DESIGN.md.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeGlobals = ["Excel", "Office", "OfficeRuntime", "OfficeExtension"];

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
  {
    // Only src/excel (and the host bootstrap) may name Excel/Office.
    files: ["src/**/*.ts", "functions/**/*.ts"],
    ignores: ["src/excel/**"],
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
