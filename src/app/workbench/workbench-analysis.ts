/**
 * Use-case: all the workbench computes from a ledger it read — the analysis with the kept records
 * applied (analyseWithRecords) and the customer index of its customer table and dossier — in one
 * call, so a host can run the whole of it off the page's main thread (see analyseLedger).
 */
import { analyseWithRecords, type AnalysisInput, type AnalysisWithRecords } from "../analyse";
import type { Settings } from "../settings/settings";
import { customerIndex, type CustomerFacts } from "./customer-index";

/** The analysis with the customer index of the ledger it was made from. */
export interface WorkbenchAnalysis extends AnalysisWithRecords {
  /** Per customer id: the ledger rows and the table's facts (see customerIndex). */
  facts: Map<string, CustomerFacts>;
}

/** Analyses `input` with `settings` and indexes the ledger's customers on the analysis' day. */
export function analyseForWorkbench(input: AnalysisInput, settings: Settings): WorkbenchAnalysis {
  const result = analyseWithRecords(input, settings);
  return { ...result, facts: customerIndex(result.ledger, result.analysis.asOf) };
}
