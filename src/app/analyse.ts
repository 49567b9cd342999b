/**
 * Use-case: analyse a read ledger for the task pane — the receivables report model (KPIs, ageing,
 * customers, credit flags, charts) and the reminder review (proposals and exclusions) — with the
 * user's settings applied. Both are pure computations on the ledger; the task pane loads this module
 * lazily, so the analytics code stays out of its first bundle.
 */
import { buildReport, type ReportModel } from "../analytics";
import { fromEpochDay, toEpochDay, type IsoDay } from "../core";
import {
  agreementsOn,
  deliveryStopAdvice,
  reclaimWindows,
  type ConversationEntry,
  type DeliveryStop,
  type ReminderReview,
} from "../dunning";
import type { Ledger } from "../ledger";
import { NO_HANDOVERS, type HandoverState } from "../records";
import type { ActiveAdministration } from "./books/administration";
import { markScope, marksInScope } from "./reminders/do-not-remind";
import {
  applyRecordsWithEffects,
  unmatchedRecords,
  unmatchedRecordsText,
  type RecordsToApply,
} from "./books/records";
import { reviewRun } from "./reminders/reminder-review";
import type { ReportingDayBasis } from "./host/reporting-day";
import type { Settings } from "./settings/settings";

export { withHandoverKinds } from "./reminders/reminder-review";

/** The analysis of one ledger on one day. */
export interface Analysis {
  /** The reporting day (peildatum) every figure, proposal and letter is as of. */
  asOf: IsoDay;
  /**
   * The real day the run is made on (today): the day records of it (Verzendlog, hand-overs) carry,
   * also when the analysis is as of another day.
   */
  runDay: IsoDay;
  report: ReportModel;
  reminders: ReminderReview;
  /**
   * Leveringsstop advice per customer with its reasons (ladder done or handed over, over the credit
   * limit, a broken arrangement, a reclaim window closing); Kredietcheck and the dossier show it.
   */
  deliveryStops?: DeliveryStop[];
}

/**
 * The day to analyse a ledger on, as `openstaand report` picks it: today when something is still
 * open; for a ledger of settled invoices only (a payment history) its last invoice day, so the
 * figures show the receivables as they stood when the history ends rather than an empty ledger.
 */
export function analysisDay(ledger: Ledger, today: IsoDay): IsoDay {
  const c = ledger.columns;
  let last = -Infinity;
  for (let i = 0; i < ledger.length; i++) {
    if (c.openAmount[i] !== 0 && !c.writtenOff[i]) return today;
    const day = c.invoiceDate[i];
    if (day) last = Math.max(last, toEpochDay(day));
  }
  return last === -Infinity ? today : fromEpochDay(last);
}

/**
 * Builds the report model and the reminder review of `ledger` on `asOf` with `settings`: ageing
 * edges, the new-customer thresholds of the credit check, the reminder tolerance and the user's
 * do-not-remind marks. `runDay` is today, for the records made from this analysis (default:
 * `asOf`). `handovers`, the kept hand-over records, say to whom a handed-over invoice went;
 * `conversation`, the kept conversation log, holds the ladder for promises, arrangements and
 * disputes (see reviewRun).
 */
export function analyse(
  ledger: Ledger,
  asOf: IsoDay,
  settings: Settings,
  runDay: IsoDay = asOf,
  handovers: HandoverState = NO_HANDOVERS,
  conversation: readonly ConversationEntry[] = []
): Analysis {
  const report = buildReport(ledger, {
    asOf,
    edges: settings.ageingEdges,
    newCustomerDays: settings.thresholds.newCustomerDays,
    newCustomerThreshold: settings.thresholds.exposureCents,
    creditYield: settings.creditYield,
  });
  return {
    asOf,
    runDay,
    report,
    reminders: reviewRun(ledger, asOf, settings, handovers, conversation),
    deliveryStops: deliveryStopAdvice(
      ledger,
      agreementsOn(ledger, conversation, asOf, settings.calls.promiseGraceDays),
      {
        reclaim: settings.calls.deliversGoods
          ? reclaimWindows(ledger, asOf, { warningDays: settings.calls.reclaimWarningDays })
          : [],
        retentionOfTitle: settings.calls.retentionOfTitle,
      }
    ),
  };
}

/** What {@link analyseWithRecords} analyses: the ledger read, on its days, with its kept records. */
export interface AnalysisInput {
  ledger: Ledger;
  /** The day it was read as of, and why (a default day of today may move, see below). */
  asOf: IsoDay;
  dayBasis: ReportingDayBasis;
  /** Today: the day records of this run carry. */
  today: IsoDay;
  /** The kept records (loadRecords): all of them are applied (see applyRecords). */
  records: RecordsToApply;
  /** Whose books these are: only the do-not-remind marks of these books apply. */
  administration: ActiveAdministration | null;
}

/** The analysis of the workbench's ledger, the ledger it was made from, and the records left out. */
export interface AnalysisWithRecords {
  /** The ledger read with the kept records applied (stages of letters sent, claims handed over). */
  ledger: Ledger;
  analysis: Analysis;
  /** What to say about kept records not applied (see unmatchedRecordsText); null when all applied. */
  recordsNotApplied: { en: string; nl: string } | null;
  /** What the payments record lowered the open amounts by, in cents (0 when it holds nothing new). */
  paymentsApplied: number;
}

/**
 * Use-case: analyse the ledger the workbench read with its kept records applied. The day is the
 * one it was read as of; for a default day of today, a ledger of settled invoices only is analysed
 * as of its last invoice day (as `openstaand report` does, see {@link analysisDay}). Only the
 * do-not-remind marks of these books apply (one settings store serves every file).
 */
export function analyseWithRecords(input: AnalysisInput, settings: Settings): AnalysisWithRecords {
  const day = input.dayBasis === "today" ? analysisDay(input.ledger, input.asOf) : input.asOf;
  const applied = applyRecordsWithEffects(input.ledger, input.records, day);
  const scope = markScope(input.administration);
  const marks = { ...settings, doNotRemind: marksInScope(settings, scope) };
  const { handovers, conversation = [] } = input.records;
  return {
    ledger: applied.ledger,
    analysis: analyse(applied.ledger, day, marks, input.today, handovers, conversation),
    recordsNotApplied: unmatchedRecordsText(unmatchedRecords(input.ledger, input.records)),
    paymentsApplied: applied.paymentsApplied,
  };
}
