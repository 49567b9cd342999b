/**
 * The demo ledger as files: an .xlsx workbook and a Dutch CSV, for the workbench's download buttons,
 * `openstaand demo --out`, benchmarks and the round-trip tests (both must read back with no issues).
 */
import { demoColumnType, demoLedger, type DemoLedger } from "../../demo";
import { writeCsvTable, type WriteCsvOptions, writeXlsxTable } from "../../formats";
import type { SheetTable } from "../../documents";

function demoTable(demo: DemoLedger): SheetTable {
  return { headers: demo.headers, rows: demo.rows, types: demo.headers.map(demoColumnType) };
}

/** The demo ledger as .xlsx bytes (sheet "Openstaande posten"; real dates, € amounts, filter on the header). */
export async function demoXlsxBytes(demo: DemoLedger = demoLedger()): Promise<Uint8Array> {
  return writeXlsxTable(demoTable(demo));
}

/**
 * The demo ledger as CSV text; by default Dutch (";", decimal comma, dd-mm-jjjj, UTF-8 BOM). Encode
 * with `new TextEncoder().encode(...)` for the file's bytes.
 */
export function demoCsvText(
  demo: DemoLedger = demoLedger(),
  options: WriteCsvOptions = {}
): string {
  return writeCsvTable(demoTable(demo), options);
}
