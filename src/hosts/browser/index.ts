/** The public entry of src/hosts/browser: what other folders may use of it. Import through here, never a file inside. */
export { demoCsvText, demoXlsxBytes } from "./demo-files";
export { downloadFile } from "./download-file";
export {
  ADMINISTRATIONS_KEY,
  demoHost,
  lastRunKey,
  memorySettingsStore,
  recordsKey,
} from "./demo-host";
export { readLedgerFileOffThread } from "./file-worker/read-file-off-thread";
export { analyseOffThread, ledgerFromChunksOffThread } from "./file-worker/ledger-worker";
export { ledgerWorkerCore } from "./file-worker/ledger-worker-core";
export {
  AnalysisAssembler,
  analyseHeld,
  analysisMessages,
  rebuiltAnalysis,
  transferables,
} from "./file-worker/analysis-job";
export type {
  AnalysisRequest,
  ColumnPatch,
  PostedAnalysis,
  PostedFacts,
} from "./file-worker/analysis-job";
export { FileJobAssembler } from "./file-worker/file-job";
export { postResult, runFileJob } from "./file-worker/run-file-job";
export type { FileJob, FileJobMessage } from "./file-worker/file-job";
export { indexedDbFileStore, memoryFileStore } from "./kept-files";
export type { KeptFileStore } from "./kept-files";
