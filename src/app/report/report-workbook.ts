/**
 * Use-case: the report sheet as an .xlsx download (the workbench's "Download as Excel"): the spec
 * checked as for a sheet written inside Excel, then the formats' writer. The pane loads this module
 * lazily ({@link loadReportWorkbook}), so exceljs loads on the first download.
 */
import type { ReportSheetSpec } from "../../documents";
import { writeReportXlsx, type ReportXlsxOptions } from "../../formats";
import { checkReportSpec } from "./check-report-spec";

/**
 * The workbook of `spec` as bytes (see writeReportXlsx): one sheet "Openstaand – <name>" with the
 * spec's tables, and a note naming the charts only Excel draws. Throws the HostError "report" of
 * {@link checkReportSpec} for a spec Excel could not take either.
 */
export async function reportXlsxBytes(
  spec: ReportSheetSpec,
  options: ReportXlsxOptions = {}
): Promise<Uint8Array> {
  return writeReportXlsx(spec, checkReportSpec(spec), options);
}
