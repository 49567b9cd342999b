/**
 * The human-readable report of `openstaand check`: what was read and how (kind, sheet, header row,
 * day order, notation), the column mapping, the control totals that must reconcile, and the issues
 * (capped, with a count of the rest) — in English, or in Dutch with each issue's `messageNl`.
 */
import { formatMoney, type Cents } from "../core";
import { blockedRows } from "../app";
import type { CurrencyControl } from "../ledger";
import type { LedgerFileResult } from "../formats";
import { CHECK_TEXTS_EN, CHECK_TEXTS_NL, type CheckTexts } from "./check-texts";

/** Options of {@link checkReport}. */
export interface CheckReportOptions {
  /** Amount format: "nl" € 1.234,56 or "en" €1,234.56. */
  locale: "nl" | "en";
  /** Issues listed before "... and N more". */
  maxIssues: number;
  /** Language of the labels and issue messages (default "en"). */
  lang?: "nl" | "en";
}

/** The report as text, lines ending in "\n". */
export function checkReport(
  file: string,
  result: LedgerFileResult,
  options: CheckReportOptions
): string {
  const t = options.lang === "nl" ? CHECK_TEXTS_NL : CHECK_TEXTS_EN;
  const lines: string[] = [];
  const { control } = result;
  const how =
    result.kind === "csv"
      ? t.csv(
          result.delimiter === "\t" ? t.tab : JSON.stringify(result.delimiter),
          String(result.encoding)
        )
      : t.xlsx(JSON.stringify(result.sheet));
  const label = (text: string): string => text.padEnd(t.labelWidth);
  lines.push(
    `${label(t.file)}${file}`,
    `${label(t.kind)}${how}`,
    `${label(t.headerRowLabel)}${t.headerRow(result.headerRow)}`,
    `${label(t.dayOrderLabel)}${result.dayOrder ? t.dayOrders[result.dayOrder] : t.undecided}`,
    `${label(t.notationLabel)}${result.notation ? t.notations[result.notation] : t.undecided}`,
    ""
  );

  lines.push(t.columns(result.columns.length));
  const fields = result.columns.map((column) => t.field(column.field));
  const fieldWidth = Math.max(5, ...fields.map((field) => field.length));
  const headerWidth = Math.max(6, ...result.columns.map((c) => c.header.length + 2));
  result.columns.forEach((column, i) => {
    const header = JSON.stringify(column.header).padEnd(headerWidth);
    const confidence = `${Math.round(column.confidence * 100)}%`.padStart(4);
    lines.push(
      `  ${(fields[i] ?? "").padEnd(fieldWidth)}  <- ${column.letter.padEnd(3)} ${header} ${confidence}`
    );
  });
  if (result.ignoredHeaders.length > 0)
    lines.push(`  ${t.notUsed}: ${result.ignoredHeaders.join(", ")}`);
  lines.push("");

  // One table per currency when there is more than one: amounts in different currencies are
  // never added, so each currency's rows reconcile on their own.
  const blocks: { title: string; totals: Omit<CurrencyControl, "currency">; currency: string }[] =
    control.currencies.length > 1
      ? control.currencies.map((c) => ({
          title: `${t.controlTotals} (${c.currency})`,
          totals: c,
          currency: c.currency,
        }))
      : [
          {
            title: t.controlTotals,
            totals: control,
            currency: control.currencies[0]?.currency ?? "EUR",
          },
        ];
  for (const { title, totals, currency } of blocks) {
    const money = (c: Cents): string => formatMoney(c, currency, options.locale);
    const table: [string, string, string, string][] = [
      ["", ...t.tableHeads],
      [t.read, String(totals.rowsRead), money(totals.amount.read), money(totals.open.read)],
      [
        t.accepted,
        String(totals.accepted),
        money(totals.amount.accepted),
        money(totals.open.accepted),
      ],
      [
        t.rejected,
        String(totals.rejected),
        money(totals.amount.rejected),
        money(totals.open.rejected),
      ],
      // The export's own totals rows, left out of every figure (in the one-currency table).
      ...(blocks.length === 1 && control.excluded.rows > 0
        ? [
            [
              t.excluded,
              String(control.excluded.rows),
              money(control.excluded.amount),
              money(control.excluded.open),
            ] as [string, string, string, string],
          ]
        : []),
    ];
    const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
    lines.push(title);
    for (const row of table) {
      lines.push(
        `  ${row[0].padEnd(widths[0] ?? 0)}  ${row
          .slice(1)
          .map((cell, i) => cell.padStart(widths[i + 1] ?? 0))
          .join("  ")}`
      );
    }
  }
  if (blocks.length > 1 && control.excluded.rows > 0)
    lines.push(`  ${t.excluded}: ${control.excluded.rows}`);
  lines.push(`  ${t.blankRows}: ${control.blankRows}`, "");
  const blocked = blockedRows(result.ledger);
  if (blocked > 0) lines.push(t.blocked(blocked), "");

  lines.push(...issueLines(result, options.maxIssues, t));
  return lines.map((line) => `${line.trimEnd()}\n`).join("");
}

function issueLines(result: LedgerFileResult, maxIssues: number, t: CheckTexts): string[] {
  const { issues } = result;
  if (issues.length === 0) return [t.noIssues];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const infos = issues.filter((issue) => issue.severity === "info").length;
  const lines = [t.issues(issues.length, errors, issues.length - errors - infos, infos)];
  for (const issue of issues.slice(0, maxIssues)) {
    const where = `${t.row} ${issue.row}${issue.column === null ? "" : `, ${issue.column}`}`;
    const value = issue.value === "" ? "" : ` ${JSON.stringify(issue.value)}`;
    lines.push(`  ${t[issue.severity]}  ${where}${value}: ${t.message(issue)}`);
  }
  if (issues.length > maxIssues) lines.push(`  ${t.more(issues.length - maxIssues)}`);
  return lines;
}
