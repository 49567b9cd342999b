/**
 * Use-case: read a ledger file — CSV or XLSX bytes, whatever the export — into a typed ledger with
 * its issues per row and control totals, as `openstaand check`, `remind` and `handoff` read their
 * file argument. `isLedgerField` checks a field name of the column mapping (`--map field=column`).
 */
import { readLedgerFile, type LedgerFileResult, type ReadLedgerFileOptions } from "../../formats";

export { isLedgerField } from "../../ledger";

/**
 * The ledger of a file's `bytes` named `name` (the name its messages use). Throws when nothing is
 * readable (no header row, a required column missing: a LedgerError, or a LedgerFileError for a
 * file that is no ledger at all); bad rows become issues.
 */
export async function loadLedgerFile(
  bytes: Uint8Array,
  name: string,
  options: ReadLedgerFileOptions = {}
): Promise<LedgerFileResult> {
  return readLedgerFile(bytes, name, options);
}
