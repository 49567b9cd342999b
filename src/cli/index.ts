/** The public entry of src/cli: what other folders may use of it. Import through here, never a file inside. */
export { checkJson } from "./check-json";
export { checkReport } from "./check-report";
export { UsageError, parseCliArgs } from "./cli-args";
export { COMMANDS, HELP_TEXT } from "./help-text";
export { run } from "./main";
export type { CliIo } from "./main";
// What the CLI's tests reach through the door it uses: the Node host's chart bundles and the
// report use-case of src/app.
export { findChartBundles } from "../hosts/node";
export { FAST_READER_MIN_BYTES, readReportInput, reportText } from "../app";
