#!/usr/bin/env node
// `npx openstaand`: runs the webpack-built CLI bundle (npm run build:cli).
"use strict";

let cli;
try {
  cli = require("../dist/cli/openstaand.cjs");
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).includes("openstaand.cjs")
  ) {
    process.stderr.write("Build the CLI first: npm run build:cli\n");
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`openstaand: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
