import { readLedger } from "../ledger/read-ledger";
import type { LedgerReadResult, ReadLedgerOptions } from "../ledger/types";
import type { Host } from "./host";

/** A read ledger together with the source it came from and the day it was read as of. */
export interface LoadedLedger extends LedgerReadResult {
  source: string;
  asOf: string;
}

/**
 * Use-case: read the open items the host points at into a typed ledger with issues and control
 * totals. Never throws for bad rows (they become issues); throws LedgerError when nothing is readable.
 */
export async function loadLedger(
  host: Host,
  options: ReadLedgerOptions = {}
): Promise<LoadedLedger> {
  const sheet = await host.readOpenItems();
  const asOf = options.asOf ?? host.today();
  const result = readLedger(sheet.values, {
    ...options,
    asOf,
    dateSystem: sheet.dateSystem,
    firstRow: sheet.firstRow,
  });
  return { ...result, source: sheet.source, asOf };
}
