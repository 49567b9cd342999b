/**
 * Use-case: the workbench's analysis of the ledger it read, with its kept records applied — off the
 * page's main thread where the host can (a Web Worker holding the ledger, see Host.analyseLedger),
 * else in place with the analysis loaded lazily. Either way the one use-case analyseForWorkbench.
 */
import type { Host } from "../host/host";
import { loadWorkbenchAnalysis } from "../loaders";
import type { Settings } from "../settings/settings";
import type { WorkbenchAnalysis, WorkbenchInput } from "./workbench-analysis";

/** Analyses `input` with `settings` as analyseForWorkbench does (the analysis, the customer index, the
 * morning notice and the call list), in the host's worker if it has one. */
export async function analyseLedger(
  host: Host,
  input: WorkbenchInput,
  settings: Settings
): Promise<WorkbenchAnalysis> {
  if (host.analyseLedger) return host.analyseLedger(input, settings);
  const { analyseForWorkbench } = await loadWorkbenchAnalysis();
  return analyseForWorkbench(input, settings);
}
