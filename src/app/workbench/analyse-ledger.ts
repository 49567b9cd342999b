/**
 * Use-case: the workbench's analysis of the ledger it read, with its kept records applied — off the
 * page's main thread where the host can (a Web Worker holding the ledger, see Host.analyseLedger),
 * else in place with the analysis loaded lazily. Either way the one use-case analyseWithRecords.
 */
import type { AnalysisInput, AnalysisWithRecords } from "../analyse";
import type { Host } from "../host/host";
import { loadAnalysis } from "../loaders";
import type { Settings } from "../settings/settings";

/** Analyses `input` with `settings` as analyseWithRecords does, in the host's worker when it has one. */
export async function analyseLedger(
  host: Host,
  input: AnalysisInput,
  settings: Settings
): Promise<AnalysisWithRecords> {
  if (host.analyseLedger) return host.analyseLedger(input, settings);
  const { analyseWithRecords } = await loadAnalysis();
  return analyseWithRecords(input, settings);
}
