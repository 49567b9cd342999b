/**
 * Use-case: open the ledger the workbench (the task pane) shows — the source the host points at
 * (the workbook's sheet, the demo) or a file the user picked — as of the reporting day, with the
 * column mapping of the settings. Light on purpose: the pane imports it up front; the file reader
 * (exceljs, papaparse) loads only when a file is opened.
 */
import type { IsoDay } from "../../core";
import type { LedgerReadResult } from "../../ledger";
import type { Host, ReadProgress } from "../host/host";
import { loadFileOpening, loadLedgerReading } from "../loaders";
import { mappingReadOptions } from "../settings/mapping-profiles";
import { reportingDay, type ReportingDayBasis } from "../host/reporting-day";
import { fileError } from "./file-error";
import type { Settings } from "../settings/settings";

/** A ledger as read for the workbench, with where it came from and the days it is read on. */
export interface WorkbenchLedger extends LedgerReadResult {
  source: string;
  /** Today on the user's clock: the day records are made on. */
  today: IsoDay;
  /** The day it was read as of (the reporting day before the analysis' own choice). */
  asOf: IsoDay;
  /** Why: the user's choice, the source's own day (the demo's story day), or today. */
  dayBasis: ReportingDayBasis;
  /** The host's id of the source read (Excel: "table:…", "sheet:…"); absent for a file. */
  sourceId?: string;
}

/**
 * What the workbench reads: a source of the host (default: its preferred one), or a file: its bytes,
 * or the File itself, which a host with a worker reads off the main thread.
 */
export type WorkbenchSource =
  | { kind: "host"; sourceId?: string | undefined }
  | { kind: "file"; name: string; bytes: Uint8Array | ArrayBuffer | Blob };

/** Options of {@link openLedger}. */
export interface OpenLedgerOptions {
  /** The settings whose column mapping (global and remembered per export) the reader applies. */
  settings: Pick<Settings, "columnMapping" | "mappingProfiles">;
  /** The reporting day the user chose; null for the default (the source's own day, or today). */
  chosenDay: IsoDay | null;
  /** Progress (the workbook's rows, or a file's rows in the worker) and cancellation. */
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}

/**
 * Reads `source` for the workbench. A host source is read as of the chosen day, else its own day
 * (the demo's story day), else today; a file is a real ledger, read as of the chosen day or today.
 * Unreadable input throws a HostError naming the source (see loadLedger and openLedgerFile).
 */
export async function openLedger(
  host: Host,
  source: WorkbenchSource,
  options: OpenLedgerOptions
): Promise<WorkbenchLedger> {
  const mapping = mappingReadOptions(options.settings);
  const today = host.today();
  if (source.kind === "file") {
    const { bytes, name } = source;
    if (bytes instanceof Blob && host.readLedgerFile) {
      // Off the main thread (a Web Worker with the same reader): the page stays responsive, the
      // progress counts rows, Cancel stops the read at once; the reader never loads on the page.
      const day = reportingDay(today, null, options.chosenDay);
      try {
        const result = await host.readLedgerFile(
          bytes,
          name,
          { ...mapping, asOf: day.day },
          {
            onProgress: ({ rowsDone, rowsTotal }) => options.onProgress?.({ rowsDone, rowsTotal }),
            ...(options.signal ? { signal: options.signal } : {}),
          }
        );
        return { ...result, source: name, today, asOf: day.day, dayBasis: day.basis };
      } catch (e) {
        throw fileError(e, name);
      }
    }
    const { openLedgerFile } = await loadFileOpening();
    const data = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
    return openLedgerFile(data, name, {
      ...mapping,
      today,
      chosenDay: options.chosenDay,
    });
  }
  // The page's ledger reader (and its zod read options) loads on first use, not with the first screen.
  const { loadLedger } = await loadLedgerReading();
  const result = await loadLedger(host, {
    ...(source.sourceId !== undefined ? { sourceId: source.sourceId } : {}),
    ...mapping,
    ...(options.chosenDay ? { asOf: options.chosenDay } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { ...result, today, asOf: result.asOf as IsoDay };
}
