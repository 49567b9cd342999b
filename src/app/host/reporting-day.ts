/**
 * The reporting day (peildatum): the day an analysis, a reminder run or a hand-over is "as of".
 * For a real source (a file, an Excel sheet) it is today unless the user picks another day; the demo
 * ledger keeps its own story day. Records (Verzendlog, hand-overs) always carry the real run day,
 * whatever day the analysis is as of. Hosts read the clock and pass `today` in; nothing here does.
 */
import { addDays, endOfMonth, isIsoDay, startOfMonth, type IsoDay } from "../../core";

/** Why the analysis is as of its day. */
export type ReportingDayBasis =
  /** The calendar day of the machine the pane or the CLI runs on. */
  | "today"
  /** The source's own day: the demo ledger's story day. */
  | "source"
  /** A day the user chose (the pane's date field, `--as-of`). */
  | "chosen";

/** The reporting day with the reason for it. */
export interface ReportingDay {
  day: IsoDay;
  basis: ReportingDayBasis;
}

/**
 * The calendar day of `now` on this machine's clock (local time): "today" as the user's calendar
 * shows it, also just after midnight in a time zone far from UTC. Called by the hosts only.
 */
export function localDay(now: Date): IsoDay {
  const text = `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  if (!isIsoDay(text)) throw new RangeError(`The clock gives no calendar day: ${String(now)}.`);
  return text;
}

/**
 * The latest month-end on or before `day` ("laatste maandeinde"): `day` itself when it is the last
 * day of its month, else the last day of the month before (2026-12-07 → 2026-11-30,
 * 2027-03-01 → 2027-02-28, 2026-11-30 → 2026-11-30).
 */
export function lastMonthEnd(day: IsoDay): IsoDay {
  return endOfMonth(day) === day ? day : addDays(startOfMonth(day), -1);
}

/**
 * The day a source is analysed as of, before the user chooses one: the user's choice when there is
 * one, else the source's own day (the demo's story day), else today.
 */
export function reportingDay(
  today: IsoDay,
  sourceDay?: IsoDay | null,
  chosen?: IsoDay | null
): ReportingDay {
  if (chosen) return { day: chosen, basis: "chosen" };
  if (sourceDay) return { day: sourceDay, basis: "source" };
  return { day: today, basis: "today" };
}
