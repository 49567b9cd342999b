/**
 * The human-readable report of `openstaand check`: what was read and how (kind, sheet, header row,
 * day order, notation), the column mapping, the control totals that must reconcile, and the issues
 * (capped, with a count of the rest).
 */
import { formatCents, type Cents } from "../core/money";
import type { LedgerFileResult } from "../files/read-ledger-file";

/** Options of {@link checkReport}. */
export interface CheckReportOptions {
  /** Amount format: "nl" € 1.234,56 or "en" €1,234.56. */
  locale: "nl" | "en";
  /** Issues listed before "... and N more". */
  maxIssues: number;
}

const DAY_ORDERS: Record<string, string> = {
  dmy: "day-month-year (dmy)",
  mdy: "month-day-year (mdy)",
};
const NOTATIONS: Record<string, string> = { nl: "decimal comma (nl)", en: "decimal point (en)" };

/** The report as text, lines ending in "\n". */
export function checkReport(
  file: string,
  result: LedgerFileResult,
  options: CheckReportOptions
): string {
  const lines: string[] = [];
  const { control } = result;
  const how =
    result.kind === "csv"
      ? `CSV, delimiter ${result.delimiter === "\t" ? "tab" : JSON.stringify(result.delimiter)}, encoding ${result.encoding}`
      : `XLSX, sheet ${JSON.stringify(result.sheet)}`;
  lines.push(`File         ${file}`, `Kind         ${how}`, `Header row   ${result.headerRow}`);
  lines.push(
    `Day order    ${result.dayOrder ? DAY_ORDERS[result.dayOrder] : "not needed or not decidable"}`
  );
  lines.push(
    `Notation     ${result.notation ? NOTATIONS[result.notation] : "not needed or not decidable"}`,
    ""
  );

  lines.push(`Columns (${result.columns.length} recognised)`);
  const fieldWidth = Math.max(5, ...result.columns.map((c) => c.field.length));
  const headerWidth = Math.max(6, ...result.columns.map((c) => c.header.length + 2));
  for (const column of result.columns) {
    const header = JSON.stringify(column.header).padEnd(headerWidth);
    const confidence = `${Math.round(column.confidence * 100)}%`.padStart(4);
    lines.push(
      `  ${column.field.padEnd(fieldWidth)}  <- ${column.letter.padEnd(3)} ${header} ${confidence}`
    );
  }
  if (result.ignoredHeaders.length > 0)
    lines.push(`  not used: ${result.ignoredHeaders.join(", ")}`);
  lines.push("");

  const money = (c: Cents): string => formatCents(c, options.locale);
  const table: [string, string, string, string][] = [
    ["", "rows", "amount", "open"],
    ["read", String(control.rowsRead), money(control.amount.read), money(control.open.read)],
    [
      "accepted",
      String(control.accepted),
      money(control.amount.accepted),
      money(control.open.accepted),
    ],
    [
      "rejected",
      String(control.rejected),
      money(control.amount.rejected),
      money(control.open.rejected),
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  lines.push("Control totals");
  for (const row of table) {
    lines.push(
      `  ${row[0].padEnd(widths[0] ?? 0)}  ${row
        .slice(1)
        .map((cell, i) => cell.padStart(widths[i + 1] ?? 0))
        .join("  ")}`
    );
  }
  lines.push(`  blank rows skipped: ${control.blankRows}`, "");

  lines.push(...issueLines(result, options.maxIssues));
  return lines.map((line) => `${line.trimEnd()}\n`).join("");
}

function issueLines(result: LedgerFileResult, maxIssues: number): string[] {
  const { issues } = result;
  if (issues.length === 0) return ["Issues: none"];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const lines = [
    `Issues (${issues.length}: ${errors} error${errors === 1 ? "" : "s"}, ${issues.length - errors} warning${issues.length - errors === 1 ? "" : "s"})`,
  ];
  for (const issue of issues.slice(0, maxIssues)) {
    const where = `row ${issue.row}${issue.column === null ? "" : `, ${issue.column}`}`;
    const value = issue.value === "" ? "" : ` ${JSON.stringify(issue.value)}`;
    lines.push(
      `  ${issue.severity === "error" ? "error  " : "warning"}  ${where}${value}: ${issue.message}`
    );
  }
  if (issues.length > maxIssues) lines.push(`  ... and ${issues.length - maxIssues} more`);
  return lines;
}
