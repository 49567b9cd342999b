/**
 * Use-case: a ledger file's report with the kept records applied (`openstaand report --records`):
 * the file read by the full reader, every record applied (applyRecords: payments lower the open
 * amounts, the rest flags), and the bridge from the export's open total to the report's — the
 * payments recorded but not yet in the export named as the bridge item, to the cent.
 */
import { frameFromLedger } from "../../analytics";
import type { IsoDay } from "../../core";
import { readLedgerFile, type ReadLedgerFileOptions } from "../../formats";
import type { ReportInput } from "../report/report-file";
import { applyRecordsWithEffects, type RecordsToApply } from "./records";

/** From the export's open total to the open total the report starts from, in cents. */
export interface RecordsBridge {
  /** Σ open amounts (in the report's currency) as the export lists them. */
  exportedOpen: number;
  /** What the payments record lowered them by (a payment the export already shows counts 0). */
  paymentsRecorded: number;
  /** Invoices whose open amount the payments record lowered. */
  invoicesPaid: number;
  /** exportedOpen − paymentsRecorded: the report's control.ledgerOpen. */
  ledgerOpen: number;
}

const REPORT_CURRENCY = "EUR";

/**
 * Reads `bytes` (named `file`) with the full reader, applies `records` (on `asOf` for the disputes,
 * see applyRecords) and gives the report input with the bridge.
 */
export async function readReportInputWithRecords(
  bytes: Uint8Array,
  file: string,
  options: ReadLedgerFileOptions,
  records: RecordsToApply,
  asOf?: IsoDay
): Promise<{ input: ReportInput; bridge: RecordsBridge }> {
  const result = await readLedgerFile(bytes, file, options);
  const ledger = result.ledger;
  const applied = applyRecordsWithEffects(ledger, records, asOf);
  const c = ledger.columns;
  const inReport = (row: number): boolean =>
    (c.currency[row] ?? REPORT_CURRENCY) === REPORT_CURRENCY;
  let exportedOpen = 0;
  for (let i = 0; i < ledger.length; i++) if (inReport(i)) exportedOpen += c.openAmount[i] ?? 0;
  let paymentsRecorded = 0;
  let invoicesPaid = 0;
  for (const effect of applied.payments)
    if (inReport(effect.row) && effect.openAfter < effect.openBefore) {
      paymentsRecorded += effect.openBefore - effect.openAfter;
      invoicesPaid += 1;
    }
  return {
    input: {
      frame: frameFromLedger(applied.ledger),
      rows: result.control.accepted,
      issues: result.issues.length,
      rejected: result.control.rejected,
      reader: "full",
      declined: null,
    },
    bridge: {
      exportedOpen,
      paymentsRecorded,
      invoicesPaid,
      ledgerOpen: exportedOpen - paymentsRecorded,
    },
  };
}
