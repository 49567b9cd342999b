/**
 * The hand-over state as a file: `overdracht-<day>.csv`, which the CLI writes after every hand-over
 * and reads back with `remind --handovers` (the pane keeps the same table in an owned sheet or the
 * browser). One codec for both: the records' table, with its control line, as Dutch CSV.
 */
import { handoverTable, type HandoverState } from "../../records";
import { exportCsvBytes } from "../../formats";

export { handoverKindText } from "../../records";

/** The hand-over state as CSV bytes (the file `openstaand handoff` writes). */
export function handoverStateCsv(state: HandoverState): Uint8Array {
  return exportCsvBytes(handoverTable(state));
}
