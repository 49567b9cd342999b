/**
 * Refuses a CSV file too large for the full reader before it is decoded. The reader decodes the
 * whole file into one string and keeps every field as a string: past 512 MB of text JavaScript
 * cannot hold the string at all ("Invalid string length"), and long before that a browser tab runs
 * out of memory. The same cap as the unpacked size of a workbook (see xlsx-size-guard.ts).
 */
import { LedgerFileError } from "./ledger-file-error";
import { XLSX_MAX_UNPACKED_BYTES } from "./xlsx-size-guard";

/** Most bytes of one CSV file the full reader reads. */
export const CSV_MAX_BYTES = XLSX_MAX_UNPACKED_BYTES;

const megabytes = (bytes: number, lang: "en" | "nl"): string => {
  const n = Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-US");
  return `${lang === "nl" ? n.replace(/,/g, ".") : n} MB`;
};

/** Throws a {@link LedgerFileError} naming `fileName`, its size and the cap when `bytes` is over it. */
export function checkCsvSize(bytes: number, fileName: string): void {
  if (bytes <= CSV_MAX_BYTES) return;
  throw new LedgerFileError(
    `${fileName} is too large to read: the file is ${megabytes(bytes, "en")}, and Openstaand reads CSV files of at most ${megabytes(CSV_MAX_BYTES, "en")}. Export only the open items (not settled invoices or other years), or split the file per administration.`,
    `${fileName} is te groot om in te lezen: het bestand is ${megabytes(bytes, "nl")}, en Openstaand leest CSV-bestanden van hooguit ${megabytes(CSV_MAX_BYTES, "nl")}. Exporteer alleen de openstaande posten (geen betaalde facturen of andere jaren), of splits het bestand per administratie.`
  );
}
