/**
 * The analysis of a ledger held by a ledger worker (see ledger-worker.ts), both ends as plain
 * functions so a test can run them with structuredClone between them, as postMessage does.
 *
 * The worker holds the ledger (the one it read, or one the page fed it in slices) and runs the one
 * use-case the page would run (analyseForWorkbench of src/app) on it; what comes back is the analysis
 * as plain data: the report's frame names its invoice numbers by a function, which does not survive
 * postMessage, so it travels as the list of numbers (or not at all when they are the ledger's own)
 * and is a function again on the page; the customer index travels as flat lists, the frame's and
 * the index's typed arrays are moved rather than copied; and of the ledger with the kept records
 * applied only the cells the records changed travel back (the page has the rest already).
 */
import {
  analyseForWorkbench,
  type Analysis,
  type Settings,
  type WorkbenchAnalysis,
  type WorkbenchInput,
} from "../../../app";
import type { CustomerFacts } from "../../../app";
import type { Ledger } from "../../../ledger";
import type { AnalysisMessage, Columns } from "./file-job";

/** What the page asks the worker to analyse: the input without the ledger the worker holds. */
export type AnalysisRequest = Omit<WorkbenchInput, "ledger">;

/** A column the records changed: the rows where it differs from the page's, and their values. */
export interface ColumnPatch {
  at: number[];
  values: unknown[];
}

/** The customer index as flat lists (the rows of customer k are rows[offsets[k]..offsets[k+1]]). */
export interface PostedFacts {
  ids: string[];
  facts: Omit<CustomerFacts, "rows">[];
  offsets: Int32Array;
  rows: Int32Array;
}

/**
 * The analysis as the worker posts it: everything analyseForWorkbench gives (what was not applied,
 * the morning notice, the call list, …) as it is, but the frame's invoice numbers as a list (null when they are the ledger's own, row
 * for row), the customer index as flat lists, and of the ledger only the cells the records changed
 * — so that receiving it costs the page little (a message is copied on the page's main thread).
 */
export type PostedAnalysis = Omit<WorkbenchAnalysis, "ledger" | "analysis" | "facts"> & {
  analysis: Omit<Analysis, "report"> & {
    report: Omit<Analysis["report"], "frame"> & {
      frame: Omit<Analysis["report"]["frame"], "invoiceId"> & { invoiceIds: string[] | null };
    };
  };
  facts: PostedFacts;
  /** The columns of the ledger the records changed (stages, days, hand-overs), by name. */
  changed: Partial<Record<keyof Columns, ColumnPatch>>;
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
    facts,
    ...rest
  } = analyseForWorkbench({ ...request, ledger }, settings);
  const { frame, ...report } = analysis.report;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a function: it travels as a list
  const { invoiceId, ...columns } = frame;
  return {
    ...rest,
    analysis: {
      ...analysis,
      report: { ...report, frame: { ...columns, invoiceIds: frameIds(frame, applied) } },
    },
    facts: flatFacts(facts),
    changed: patches(ledger, applied),
  };
}

/** The frame's invoice numbers; null when they are the ledger's own, row for row. */
function frameIds(frame: Analysis["report"]["frame"], ledger: Ledger): string[] | null {
  const own = ledger.columns.invoiceId;
  let same = frame.length === ledger.length;
  for (let i = 0; same && i < frame.length; i++) same = frame.invoiceId(i) === (own[i] ?? "");
  if (same) return null;
  const ids = new Array<string>(frame.length);
  for (let i = 0; i < frame.length; i++) ids[i] = frame.invoiceId(i);
  return ids;
}

function flatFacts(index: Map<string, CustomerFacts>): PostedFacts {
  const ids: string[] = [];
  const facts: Omit<CustomerFacts, "rows">[] = [];
  const offsets = new Int32Array(index.size + 1);
  let total = 0;
  for (const { rows } of index.values()) total += rows.length;
  const rows = new Int32Array(total);
  let k = 0;
  for (const [id, { rows: own, ...rest }] of index) {
    ids.push(id);
    facts.push(rest);
    rows.set(own, offsets[k] as number);
    offsets[k + 1] = (offsets[k] as number) + own.length;
    k++;
  }
  return { ids, facts, offsets, rows };
}

function patches(ledger: Ledger, applied: Ledger): Partial<Record<keyof Columns, ColumnPatch>> {
  const changed: Partial<Record<keyof Columns, ColumnPatch>> = {};
  for (const key of Object.keys(applied.columns) as (keyof Columns)[]) {
    const before = ledger.columns[key] as unknown[];
    const after = applied.columns[key] as unknown[];
    if (after === before) continue;
    const patch: ColumnPatch = { at: [], values: [] };
    for (let i = 0; i < applied.length; i++)
      if (after[i] !== before[i]) {
        patch.at.push(i);
        patch.values.push(after[i]);
      }
    if (patch.at.length > 0) changed[key] = patch;
  }
  return changed;
}

/** The buffers of `posted` that can move to the page instead of being copied. */
export function transferables(posted: PostedAnalysis): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(posted.analysis.report.frame))
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
  buffers.add(posted.facts.offsets.buffer as ArrayBuffer);
  buffers.add(posted.facts.rows.buffer as ArrayBuffer);
  return [...buffers];
}

/** The page's side: the analysis again as analyseForWorkbench gives it, over the page's `ledger`. */
export function rebuiltAnalysis(posted: PostedAnalysis, ledger: Ledger): WorkbenchAnalysis {
  const { analysis, changed, facts, ...rest } = posted;
  const { frame, ...report } = analysis.report;
  const { invoiceIds, ...columns } = frame;
  const patched: Partial<Record<keyof Columns, unknown[]>> = {};
  for (const [key, patch] of Object.entries(changed) as [keyof Columns, ColumnPatch][]) {
    const column = (ledger.columns[key] as unknown[]).slice();
    for (let j = 0; j < patch.at.length; j++) column[patch.at[j] as number] = patch.values[j];
    patched[key] = column;
  }
  const applied: Ledger = { ...ledger, columns: { ...ledger.columns, ...patched } as Columns };
  const ids = invoiceIds ?? applied.columns.invoiceId;
  const index = new Map<string, CustomerFacts>();
  facts.ids.forEach((id, k) => {
    const rows = Array.from(facts.rows.subarray(facts.offsets[k], facts.offsets[k + 1]));
    index.set(id, { ...(facts.facts[k] as Omit<CustomerFacts, "rows">), rows });
  });
  return {
    ...rest,
    ledger: applied,
    analysis: {
      ...analysis,
      report: { ...report, frame: { ...columns, invoiceId: (i) => ids[i] ?? "" } },
    },
    facts: index,
  };
}

/**
 * The long lists of a posted analysis, by path: they travel in parts, each a message of its own,
 * because a message is copied on the page's main thread in one go when it arrives — the reminder
 * proposals of 200,000 rows alone are some 40 MB, seconds in one task; in parts, many short tasks.
 */
export const SLICED_PATHS = [
  "analysis.reminders.proposals",
  "analysis.reminders.excluded",
  "analysis.report.customers",
  "calls",
  "notice.newlyOverdue",
  "notice.lines",
  "facts.ids",
  "facts.facts",
] as const;

/** Weight of a part: an item counts 1, plus its invoices (a proposal lists them). */
const PART_WEIGHT = 2_000;

type Holder = Record<string, unknown>;
const parentOf = (root: unknown, path: string): [Holder, string] | null => {
  const keys = path.split(".");
  let at = root as Holder | undefined;
  for (const key of keys.slice(0, -1)) at = at?.[key] as Holder | undefined;
  return at && typeof at === "object" ? [at, keys.at(-1) as string] : null;
};

/**
 * The worker's messages for analysis `id`: the long lists of `posted` in parts (taken out of it),
 * then `posted` itself (with those lists empty). Post them in order.
 */
export function analysisMessages(id: number, posted: PostedAnalysis): AnalysisMessage[] {
  const messages: AnalysisMessage[] = [];
  for (const path of SLICED_PATHS) {
    const place = parentOf(posted, path);
    const list = place?.[0][place[1]];
    if (!place || !Array.isArray(list) || list.length === 0) continue;
    place[0][place[1]] = [];
    let from = 0;
    while (from < list.length) {
      let to = from;
      let weight = 0;
      while (to < list.length && (to === from || weight < PART_WEIGHT)) {
        const invoices = (list[to] as { invoices?: unknown } | null)?.invoices;
        weight += 1 + (Array.isArray(invoices) ? invoices.length : 0);
        to++;
      }
      messages.push({ kind: "analysis-part", id, path, items: list.slice(from, to) });
      from = to;
    }
  }
  messages.push({ kind: "analysis", id, posted });
  return messages;
}

/** The page's side: collects the parts of one analysis and puts them back in place at the end. */
export class AnalysisAssembler {
  private readonly lists = new Map<string, unknown[]>();

  /** Takes a part (appended in the task that received it). */
  part(path: string, items: readonly unknown[]): void {
    const list = this.lists.get(path) ?? [];
    for (let i = 0; i < items.length; i++) list.push(items[i]);
    this.lists.set(path, list);
  }

  /** `posted` with its lists back in place. */
  whole(posted: PostedAnalysis): PostedAnalysis {
    for (const [path, list] of this.lists) {
      const place = parentOf(posted, path);
      if (place) place[0][place[1]] = list;
    }
    return posted;
  }
}
