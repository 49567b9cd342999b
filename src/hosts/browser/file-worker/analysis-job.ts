/**
 * The analysis of a ledger held by a ledger worker (see ledger-worker.ts), both ends as plain
 * functions so a test can run them with structuredClone between them, as postMessage does.
 *
 * The worker holds the ledger (the one it read, or one the page fed it in slices) and runs the one
 * use-case the page would run (analyseForWorkbench of src/app) on it; what comes back is the analysis
 * as plain data: the report's frame names its invoice numbers by a function, which does not survive
 * postMessage, so it travels as the list of numbers and is a function again on the page; the
 * customer index travels as it is (a Map of plain values); and of the
 * ledger with the kept records applied only the columns the records changed travel back (the page
 * has the rest already).
 */
import {
  analyseForWorkbench,
  type Analysis,
  type AnalysisInput,
  type Settings,
  type WorkbenchAnalysis,
} from "../../../app";
import type { Ledger } from "../../../ledger";
import type { Columns } from "./file-job";

/** What the page asks the worker to analyse: the input without the ledger the worker holds. */
export type AnalysisRequest = Omit<AnalysisInput, "ledger">;

/**
 * The analysis as the worker posts it: everything analyseForWorkbench gives (what was not applied,
 * the customer index, …) as it is, but the frame's invoice numbers as a list, and of the ledger
 * only the columns the records changed.
 */
export type PostedAnalysis = Omit<WorkbenchAnalysis, "ledger" | "analysis"> & {
  analysis: Omit<Analysis, "report"> & {
    report: Omit<Analysis["report"], "frame"> & {
      frame: Omit<Analysis["report"]["frame"], "invoiceId"> & { invoiceIds: string[] };
    };
  };
  /** The columns of the ledger the records changed (stages, days, hand-overs), by name. */
  changed: Partial<Record<keyof Columns, unknown[]>>;
};

/** The worker's side: analyses `ledger` as the page asked and gives the result as plain data. */
export function analyseHeld(
  ledger: Ledger,
  request: AnalysisRequest,
  settings: Settings
): PostedAnalysis {
  const {
    ledger: applied,
    analysis,
    ...rest
  } = analyseForWorkbench({ ...request, ledger }, settings);
  const { frame, ...report } = analysis.report;
  const { invoiceId, ...columns } = frame;
  const invoiceIds: string[] = new Array<string>(frame.length);
  for (let i = 0; i < frame.length; i++) invoiceIds[i] = invoiceId(i);
  const changed: Partial<Record<keyof Columns, unknown[]>> = {};
  for (const key of Object.keys(applied.columns) as (keyof Columns)[])
    if (applied.columns[key] !== ledger.columns[key])
      changed[key] = applied.columns[key] as unknown[];
  return {
    ...rest,
    analysis: { ...analysis, report: { ...report, frame: { ...columns, invoiceIds } } },
    changed,
  };
}

/** The page's side: the analysis again as analyseForWorkbench gives it, over the page's `ledger`. */
export function rebuiltAnalysis(posted: PostedAnalysis, ledger: Ledger): WorkbenchAnalysis {
  const { analysis, changed, ...rest } = posted;
  const { frame, ...report } = analysis.report;
  const { invoiceIds, ...columns } = frame;
  const applied: Ledger =
    Object.keys(changed).length === 0
      ? ledger
      : { ...ledger, columns: { ...ledger.columns, ...changed } as Columns };
  return {
    ...rest,
    ledger: applied,
    analysis: {
      ...analysis,
      report: { ...report, frame: { ...columns, invoiceId: (i) => invoiceIds[i] ?? "" } },
    },
  };
}
