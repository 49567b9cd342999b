/**
 * Use-case: all the workbench computes from a ledger it read — the analysis with the kept records
 * applied (analyseWithRecords), the customer index of its customer table and dossier, the morning
 * notice of Overzicht and today's call list of Bellen — in one call, so a host can run the whole of
 * it off the page's main thread (see analyseLedger) and the views receive ready figures.
 */
import type { Contact, CallItem } from "../../dunning";
import { analyseWithRecords, type AnalysisInput, type AnalysisWithRecords } from "../analyse";
import { callOptionsOf } from "../calls/call-desk";
import type { LastRun } from "../calls/last-run";
import { noticeAndCalls, type MorningNotice } from "../calls/morning-notice";
import { markScope } from "../reminders/do-not-remind";
import type { Settings } from "../settings/settings";
import { customerIndex, type CustomerFacts } from "./customer-index";

/** What the workbench analyses: the analysis' input with what the notice and call list need. */
export interface WorkbenchInput extends AnalysisInput {
  /**
   * The kept records: those the analysis applies, and the contacts (Contactpersonen) the call
   * list names; the conversation log is `records.conversation`.
   */
  records: AnalysisInput["records"] & { contacts?: readonly Contact[] };
  /** The last run kept for these books (lastRunOf): the morning notice counts from it. */
  lastRun?: LastRun | null;
}

/** The analysis with the customer index, the morning notice and the call list of its ledger. */
export interface WorkbenchAnalysis extends AnalysisWithRecords {
  /** Per customer id: the ledger rows and the table's facts (see customerIndex). */
  facts: Map<string, CustomerFacts>;
  /** The morning notice on the analysis' day (see morningNotice). */
  notice: MorningNotice;
  /** Today's call list on the analysis' day, most urgent first (see todaysCalls). */
  calls: CallItem[];
}

/**
 * Analyses `input` with `settings`, indexes the ledger's customers on the analysis' day and makes
 * the morning notice and the call list with the Bellen view's options (the do-not-remind marks of
 * these books), on the ledger with the kept records applied.
 */
export function analyseForWorkbench(input: WorkbenchInput, settings: Settings): WorkbenchAnalysis {
  const result = analyseWithRecords(input, settings);
  const asOf = result.analysis.asOf;
  const conversation = {
    entries: input.records.conversation ?? [],
    contacts: [...(input.records.contacts ?? [])],
  };
  const options = callOptionsOf(settings, markScope(input.administration));
  const { notice, calls } = noticeAndCalls(
    result.ledger,
    conversation,
    input.lastRun ?? null,
    asOf,
    options,
    // The analysis' reminder run: the same ledger, conversation, day, tolerance and marks.
    result.analysis.reminders
  );
  return { ...result, facts: customerIndex(result.ledger, asOf), notice, calls };
}
