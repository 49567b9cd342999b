/**
 * Use-case: open a ledger file in the workbench — the bytes and name of a CSV or XLSX file, the
 * column mapping and the day the user chose → the ledger read as of its reporting day, with why that
 * day. The pane loads this module lazily ({@link loadFileOpening}), so exceljs and papaparse load
 * only when a file is opened.
 */
import type { IsoDay } from "../../core";
import { readLedgerFile, type LedgerFileResult } from "../../formats";
import type { ReadLedgerOptions } from "../../ledger";
import { fileError } from "./file-error";
import { reportingDay } from "../host/reporting-day";
import type { WorkbenchLedger } from "./open-ledger";

export { fileError } from "./file-error";

/** Options of {@link openLedgerFile}: the column mapping, today and the day the user chose. */
export interface OpenFileOptions extends Pick<ReadLedgerOptions, "mapping" | "profiles"> {
  /** Today on the user's clock: the day records are made on. */
  today: IsoDay;
  /** The reporting day the user chose; null or absent for the default (today: a file is a real ledger). */
  chosenDay?: IsoDay | null;
}

/** A file opened in the workbench: the ledger read, how the file was read, and its day basis. */
export type OpenedFile = WorkbenchLedger & LedgerFileResult;

/**
 * Reads `bytes` named `fileName` as of the chosen day, else today. A file that cannot be read
 * (no ledger in it, an .xls, a corrupt workbook) throws a HostError in both languages naming the
 * file, so the error bar says what is wrong and the pane can open the column mapping.
 */
export async function openLedgerFile(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: OpenFileOptions
): Promise<OpenedFile> {
  const { today, chosenDay, ...mapping } = options;
  const day = reportingDay(today, null, chosenDay);
  try {
    const result = await readLedgerFile(bytes, fileName, { ...mapping, asOf: day.day });
    return { ...result, source: fileName, today, asOf: day.day, dayBasis: day.basis };
  } catch (e) {
    throw fileError(e, fileName);
  }
}
