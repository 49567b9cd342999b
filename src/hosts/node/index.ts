/** The public entry of src/hosts/node: what other folders may use of it. Import through here, never a file inside. */
export { findChartBundles } from "./chart-bundles";
export type { CliIo } from "./cli-io";
export { CsvChunkWorker, parallelCsvFrame } from "./csv-chunk-worker-pool";
export { nodeIo } from "./node-io";
export {
  fileNames,
  readHandoverFiles,
  readLogFiles,
  readPaymentsFile,
  shownValue,
} from "./record-files";
export { readFileShared, sharedBytes } from "./shared-columns";
export {
  CONTACTS_FILE,
  CONVERSATION_FILE,
  readConversationFolder,
  writeArrangementPlan,
  writeContactsFile,
  writeConversationFile,
} from "./conversation-files";
