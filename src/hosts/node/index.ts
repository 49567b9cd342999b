/** The public entry of src/hosts/node: what other folders may use of it. Import through here, never a file inside. */
export { findChartBundles } from "./chart-bundles";
export type { CliIo } from "./cli-io";
export { CsvChunkWorker, parallelCsvFrame } from "./csv-chunk-worker-pool";
export { nodeIo } from "./node-io";
export { fileNames, readHandoverFiles, readLogFiles, shownValue } from "./record-files";
export { readFileShared, sharedBytes } from "./shared-columns";
export { writeArrangementPlan } from "./conversation-files";
export {
  assertRecordsReadable,
  readRecordsFolder,
  RECORD_FILES,
  recordPath,
  recordsFolderHost,
} from "./records-folder";
export type { RecordsFolderHost } from "./records-folder";
