/**
 * Use-case: open a ledger file in the workbench — the bytes and name of a CSV or XLSX file, the
 * column mapping and the day the user chose → the ledger read as of its reporting day, with why that
 * day. The pane loads this module lazily ({@link loadFileOpening}), so exceljs and papaparse load
 * only when a file is opened.
 */
import type { IsoDay } from "../../core";
import { readLedgerFile, type LedgerFileResult } from "../../formats";
import type { ReadLedgerOptions } from "../../ledger";
import { HostError, isHostError } from "../host-error";
import { reportingDay } from "../reporting-day";
import type { WorkbenchLedger } from "./open-ledger";

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

/** A file that cannot be read becomes a HostError with both languages, naming the file. */
export function fileError(error: unknown, fileName: string): unknown {
  if (!(error instanceof Error) || isHostError(error)) return error;
  const detail = error.message.replace(/\.$/, "");
  if (error.name === "LedgerError") {
    const dutch = (error as { messageNl?: unknown }).messageNl;
    const detailNl = typeof dutch === "string" ? dutch.replace(/\.$/, "") : detail;
    return new HostError(
      "ledger",
      `'${fileName}': ${detail}. Pick the columns in Settings (column mapping).`,
      `'${fileName}': ${detailNl}. Kies de kolommen bij Instellingen (kolomindeling).`,
      { sheet: fileName },
      error
    );
  }
  if (error.name === "LedgerFileError") {
    // Its messages name the file, what is wrong and what to do, in both languages.
    const dutch = (error as { messageNl?: unknown }).messageNl;
    return new HostError(
      "empty",
      error.message,
      typeof dutch === "string" ? dutch : error.message,
      { sheet: fileName },
      error
    );
  }
  return error;
}
