/** Checks a report spec before any host writes it, so a bad spec never leaves half a sheet. */
import { HostError } from "../host/host-error";
import { ownedSheetName } from "../host/owned-sheet-name";
import type { ReportSheetSpec } from "../../documents";

function bad(en: string, nl: string): HostError {
  return new HostError("report", en, nl);
}

/**
 * Returns the full sheet name ("Openstaand – Rapport") when `spec` can be written: at least one
 * table, every table with headers and rows no wider than them, every chart on an existing table
 * over a contiguous block of at least two of its columns. Throws a HostError "report" otherwise.
 */
export function checkReportSpec(spec: ReportSheetSpec): string {
  const sheet = ownedSheetName(spec.name);
  if (spec.tables.length === 0)
    throw bad(
      `The report '${sheet}' has no tables.`,
      `Het rapport '${sheet}' heeft geen tabellen.`
    );
  spec.tables.forEach((table, t) => {
    if (table.headers.length === 0)
      throw bad(
        `Table ${t + 1} ('${table.title}') of '${sheet}' has no columns.`,
        `Tabel ${t + 1} ('${table.title}') van '${sheet}' heeft geen kolommen.`
      );
    const wide = table.rows.findIndex((row) => row.length > table.headers.length);
    if (wide >= 0)
      throw bad(
        `Row ${wide + 1} of table '${table.title}' has more cells than the ${table.headers.length} headers.`,
        `Rij ${wide + 1} van tabel '${table.title}' heeft meer cellen dan de ${table.headers.length} kolomkoppen.`
      );
  });
  for (const chart of spec.charts ?? []) {
    const table = spec.tables[chart.tableIndex];
    const cols = chart.columns;
    const contiguous = cols.every((c, i) => i === 0 || c === (cols[i - 1] ?? NaN) + 1);
    const inside =
      table !== undefined &&
      cols.every((c) => Number.isInteger(c) && c >= 0 && c < table.headers.length);
    if (!table || cols.length < 2 || !contiguous || !inside)
      throw bad(
        `The chart '${chart.title}' needs table ${chart.tableIndex + 1} and a block of adjacent columns (categories first, then the series).`,
        `De grafiek '${chart.title}' heeft tabel ${chart.tableIndex + 1} en een blok aangrenzende kolommen nodig (eerst de categorieën, dan de reeksen).`
      );
    const rows = chart.rows;
    if (rows !== undefined && (!Number.isInteger(rows) || rows < 1 || rows > table.rows.length))
      throw bad(
        `The chart '${chart.title}' covers ${rows} rows, but table ${chart.tableIndex + 1} has ${table.rows.length}.`,
        `De grafiek '${chart.title}' beslaat ${rows} rijen, maar tabel ${chart.tableIndex + 1} heeft er ${table.rows.length}.`
      );
  }
  return sheet;
}
