/**
 * The hand-off exports as file contents, the same for the CLI and the task pane: the claim file as
 * xlsx or csv bytes or JSON text, and the two factoring lists as xlsx or csv bytes. Every text cell
 * is neutralised against formula injection by the export writers.
 */
import { exportCsvBytes, exportJsonText, exportXlsxBytes } from "../../formats";
import {
  factoringDebtorTable,
  factoringInvoiceTable,
  type FactoringFile,
  type HandoffFile,
  handoffJson,
  handoffTable,
} from "../../documents";

/** The claim file in `format`: xlsx (sheet "Vorderingen") or csv bytes, or JSON text. */
export async function handoffFileData(
  file: HandoffFile,
  format: "xlsx" | "csv" | "json"
): Promise<Uint8Array | string> {
  if (format === "json") return exportJsonText(handoffJson(file));
  if (format === "csv") return exportCsvBytes(handoffTable(file));
  return exportXlsxBytes(handoffTable(file), "Vorderingen");
}

/** One of the two factoring lists: its part of the file name and its contents. */
export interface FactoringPart {
  part: "debiteuren" | "facturen";
  data: Uint8Array;
}

/** The debtor list and the invoice assignment list in `format`, in that order. */
export async function factoringFileData(
  file: FactoringFile,
  format: "xlsx" | "csv"
): Promise<FactoringPart[]> {
  const tables = [
    ["debiteuren", "Debiteuren", factoringDebtorTable(file)],
    ["facturen", "Facturen", factoringInvoiceTable(file)],
  ] as const;
  const parts: FactoringPart[] = [];
  for (const [part, sheet, table] of tables)
    parts.push({
      part,
      data: format === "csv" ? exportCsvBytes(table) : await exportXlsxBytes(table, sheet),
    });
  return parts;
}
