/**
 * A ledger file the workbench cannot read, as a HostError in both languages naming the file: light
 * on purpose (no reader in it), so a file read in a worker gets the same message as one read here.
 */
import { HostError, isHostError } from "../host/host-error";

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
