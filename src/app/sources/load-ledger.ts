import {
  LedgerError,
  readLedger,
  type LedgerReadResult,
  type ReadLedgerOptions,
} from "../../ledger";
import type { IsoDay } from "../../core";
import type { Host, ReadRequest } from "../host/host";
import { reportingDay, type ReportingDayBasis } from "../host/reporting-day";
import { HostError } from "../host/host-error";

/** A read ledger together with the source it came from and the day it was read as of. */
export interface LoadedLedger extends LedgerReadResult {
  source: string;
  asOf: string;
  /** Why it is read as of that day: the caller's choice, the source's own day (demo), or today. */
  dayBasis: ReportingDayBasis;
  /** The source's own reporting day (the demo's story day), when it has one. */
  sourceDay?: IsoDay;
  /** The host's id of the source, where it can point at it again ("Toon in blad"). */
  sourceId?: string;
}

/** Reader options plus which source to read, progress and cancellation. */
export type LoadLedgerOptions = ReadLedgerOptions & ReadRequest;

/**
 * Use-case: read the open items the host points at into a typed ledger with issues and control
 * totals. Bad rows become issues; when nothing is readable (no header row, a required column
 * missing) it throws a HostError "ledger" that names the source, so the task pane can open the
 * column mapping.
 */
export async function loadLedger(
  host: Host,
  options: LoadLedgerOptions = {}
): Promise<LoadedLedger> {
  const { sourceId, onProgress, signal, ...readOptions } = options;
  const request: ReadRequest = {};
  if (sourceId !== undefined) request.sourceId = sourceId;
  if (onProgress !== undefined) request.onProgress = onProgress;
  if (signal !== undefined) request.signal = signal;
  // Off the page where the host can: each chunk of rows goes to the reader's worker as it is read.
  const chunked = host.ledgerFromChunks?.();
  if (chunked) request.onChunk = (values) => chunked.push(values);
  // A cancel while the worker reads the ledger gives it up there and then.
  const cancel = () => chunked?.cancel();
  if (chunked) signal?.addEventListener("abort", cancel);
  let sheet: Awaited<ReturnType<Host["readOpenItems"]>>;
  try {
    sheet = await host.readOpenItems(request);
  } catch (error) {
    chunked?.cancel();
    signal?.removeEventListener("abort", cancel);
    throw error;
  }
  const day = reportingDay(host.today(), sheet.asOf, readOptions.asOf);
  const asOf = day.day;
  try {
    const options = {
      ...readOptions,
      asOf,
      dateSystem: sheet.dateSystem,
      firstRow: sheet.firstRow,
    };
    let result: LedgerReadResult;
    if (chunked) {
      // A host that read in one go (the demo) gave its values instead of chunks.
      if (sheet.values.length > 0) chunked.push(sheet.values);
      try {
        result = await chunked.finish(options);
      } finally {
        signal?.removeEventListener("abort", cancel);
      }
    } else result = readLedger(sheet.values, options);
    return {
      ...result,
      source: sheet.source,
      asOf,
      dayBasis: day.basis,
      ...(sheet.asOf ? { sourceDay: sheet.asOf } : {}),
      ...(sheet.sourceId !== undefined ? { sourceId: sheet.sourceId } : {}),
    };
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    const detail = error.message.replace(/\.$/, "");
    const detailNl = error.messageNl.replace(/\.$/, "");
    throw new HostError(
      "ledger",
      `'${sheet.source}': ${detail}. Pick the columns in Settings (column mapping).`,
      `'${sheet.source}': ${detailNl}. Kies de kolommen bij Instellingen (kolomindeling).`,
      { sheet: sheet.source },
      error
    );
  }
}
