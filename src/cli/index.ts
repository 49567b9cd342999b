/** The public entry of src/cli: what other folders may use of it. Import through here, never a file inside. */
export { findChartBundles } from "./chart-bundles";
export { checkJson } from "./check-json";
export { checkReport } from "./check-report";
export { UsageError, parseCliArgs } from "./cli-args";
export { COMMANDS, HELP_TEXT } from "./help-text";
export { run } from "./main";
export type { CliIo } from "./main";
export { FAST_READER_MIN_BYTES, readReportInput } from "./report-input";
export { reportText } from "./report-text";
