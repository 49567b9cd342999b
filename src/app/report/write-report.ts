/** Use-case: write a report sheet through the host (Excel writes an owned sheet). */
import { checkReportSpec } from "./check-report-spec";
import type { Host } from "../host/host";
import { HostError } from "../host/host-error";
import type { ReportSheetSpec, WrittenReport } from "../../documents";

/**
 * Checks `spec` and has the host write it. Throws a HostError "report" for a bad spec and
 * "unsupported" when the host writes no sheets (the workbench offers the downloads instead).
 */
export async function writeReport(host: Host, spec: ReportSheetSpec): Promise<WrittenReport> {
  const sheet = checkReportSpec(spec);
  if (!host.writeReport) {
    throw new HostError(
      "unsupported",
      `The report '${sheet}' can only be written into a workbook inside Excel; download it instead.`,
      `Het rapport '${sheet}' kan alleen binnen Excel in een werkmap worden geschreven; download het in plaats daarvan.`
    );
  }
  return host.writeReport(spec);
}
