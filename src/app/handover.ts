/**
 * Use-case: the Overdracht view — which customers can be handed over
 * ({@link handoverCandidates}), the exports for an incassobureau / deurwaarder and for a
 * factoring company ({@link collectionExport}, {@link factoringExport}), and the batches of
 * claims handed over ({@link nextBatchId}, {@link handoverBatches}, undone with `undoHandover`,
 * named with `handoverKindText` from src/records). This module gathers them so the task pane can
 * load them as one chunk on first use ({@link loadHandover}).
 */
export { handoverCandidates, type HandoverCandidate } from "./handover/handover-candidates";
export {
  collectionExport,
  factoringExport,
  type CollectionExport,
  type ExportFile,
  type FactoringExport,
  type HandoverExport,
} from "./handover/handover-exports";
export { handoverBatches, nextBatchId, type HandoverBatch } from "./handover/handover-batches";
export { handedOverOn } from "./host/record-day";
export { handoverKindText, undoHandover } from "../records";
