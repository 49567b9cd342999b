/**
 * The control bridge of a report: from the open total the ledger states to the receivables on the
 * reporting day, item by item, so the reader sees why they differ and that nothing got lost.
 */
import type { Ageing } from "./ageing";
import { type ArTotals, openAt } from "./open-at";
import { NO_DAY, type ReceivablesFrame } from "./receivables-frame";

// Local copies for the row loops: run by tsx as CommonJS, every read of an imported binding is a
// getter call on the module object, which V8 does not inline (it was a third of the report's time).
const noDay = NO_DAY;
const openAtRow = openAt;

/** The bridge, in cents: ledgerOpen + the four adjustments = ar; the ageing adds up to ar too. */
export interface ReportControl {
  rows: number;
  /** Σ open amounts as the ledger gives them. */
  ledgerOpen: number;
  /** Open items invoiced after the reporting day (not yet receivable then). */
  invoicedAfter: number;
  /** Written off on or before the reporting day (no longer receivable). */
  writtenOff: number;
  /** Settled after the reporting day: still fully open on it. */
  settledAfter: number;
  /** Settled on or before the day although the ledger lists an open amount. */
  settledButListedOpen: number;
  ar: number;
  agedTotal: number;
  /** True when the bridge and the ageing both arrive at ar exactly. */
  reconciles: boolean;
}

/** The control bridge on epoch day `d`. */
export function reportControl(
  frame: ReceivablesFrame,
  d: number,
  age: Ageing,
  totals: ArTotals
): ReportControl {
  let ledgerOpen = 0;
  let invoicedAfter = 0;
  let writtenOff = 0;
  let settledAfter = 0;
  let settledButListedOpen = 0;
  let ar = 0;
  for (let i = 0; i < frame.length; i++) {
    const listed = frame.open[i] as number;
    const open = openAtRow(frame, i, d);
    ledgerOpen += listed;
    ar += open;
    if (open === listed) continue;
    const inv = frame.invoiceDay[i] as number;
    const settled = frame.settledDay[i] as number;
    if (inv !== noDay && inv > d) invoicedAfter -= listed;
    else if (
      frame.writtenOff[i] === 1 &&
      (frame.writeOffDay[i] === noDay || (frame.writeOffDay[i] as number) <= d)
    )
      writtenOff -= listed;
    else if (settled !== noDay && settled > d) settledAfter += open - listed;
    else settledButListedOpen -= listed;
  }
  const bridged = ledgerOpen + invoicedAfter + writtenOff + settledAfter + settledButListedOpen;
  return {
    rows: frame.length,
    ledgerOpen,
    invoicedAfter,
    writtenOff,
    settledAfter,
    settledButListedOpen,
    ar: totals.ar,
    agedTotal: age.total,
    reconciles: bridged === ar && ar === totals.ar && age.total === ar,
  };
}
