/* global Excel */
/**
 * Writes a report spec into an owned sheet: titled tables (values in chunks within the payload
 * budget, number formats, `worksheet.tables.add`, autofit columns) and native charts beside them.
 */
import { checkReportSpec } from "../../app";
import {
  type ReportChartType,
  type ReportSheetSpec,
  type WrittenReport,
  NUMBER_FORMATS,
  excelCell,
} from "../../documents";
import type { DateSystem } from "../../core";
import { a1Range } from "./a1-range";
import { DEFAULT_CHUNK_BUDGET, type ChunkBudget } from "./chunk-budget";
import { probeDateSystem } from "./date-system-probe";
import { toExcelHostError } from "./excel-host-error";
import { replaceOwnedSheet } from "./owned-sheets";

const CHART_TYPES: { readonly [T in ReportChartType]: Excel.ChartType } = {
  columnClustered: "ColumnClustered" as Excel.ChartType,
  columnStacked: "ColumnStacked" as Excel.ChartType,
  barClustered: "BarClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
  pie: "Pie" as Excel.ChartType,
  area: "Area" as Excel.ChartType,
};

/** Rows between two tables, and the size of a chart in rows and columns. */
const GAP_ROWS = 2;
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

/**
 * Where a table went: 0-based row of its title, header on the next row, then the body. A table
 * without a title (title "") starts with its header, so a sheet of one such table has its header
 * in row 1 — what Word's mail merge expects of an Excel data source.
 */
interface Placed {
  titleRow: number;
  headerRow: number;
  rows: unknown[][];
  formats: string[];
  width: number;
}

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Writes `spec` to the sheet "Openstaand – <spec.name>", replacing an earlier one of Openstaand's
 * and refusing (ExcelHostError "not-owned") when the user has a sheet of that name. Every Excel
 * failure becomes an ExcelHostError naming the sheet.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  spec: ReportSheetSpec,
  budget: ChunkBudget = DEFAULT_CHUNK_BUDGET
): Promise<WrittenReport> {
  const name = checkReportSpec(spec);
  const action = {
    en: `Excel could not write the sheet '${name}'`,
    nl: `Excel kon het blad '${name}' niet schrijven`,
    place: { sheet: name },
  };
  try {
    const needsDates = spec.tables.some((t) => t.formats?.includes("date"));
    const system: DateSystem = needsDates ? await probeDateSystem(context) : 1900;
    const { sheet, replaced } = await replaceOwnedSheet(context, name);

    let row = 0;
    const placed: Placed[] = spec.tables.map((table) => {
      const width = table.headers.length;
      const kinds = table.headers.map((_, c) => table.formats?.[c] ?? "text");
      const rows = table.rows.map((cells) =>
        kinds.map((kind, c) => excelCell(cells[c] ?? null, kind, system))
      );
      const titled = table.title !== "";
      const at: Placed = {
        titleRow: row,
        headerRow: titled ? row + 1 : row,
        rows,
        formats: kinds.map((k) => NUMBER_FORMATS[k]),
        width,
      };
      row = at.headerRow + 1 + Math.max(rows.length, 1) + GAP_ROWS;
      return at;
    });

    // Values and formats in chunks: a sync whenever the next piece would pass the budget.
    let pending = 0;
    let cells = 0;
    const flushIfFull = async (bytes: number, count: number): Promise<void> => {
      if (
        pending > 0 &&
        (pending + bytes > budget.payloadBytes || cells + count > budget.maxCells)
      ) {
        await context.sync();
        pending = 0;
        cells = 0;
      }
      pending += bytes;
      cells += count;
    };
    let written = 0;
    for (const [t, table] of spec.tables.entries()) {
      const at = placed[t] as Placed;
      const titled = at.headerRow > at.titleRow;
      const head = titled ? [[table.title], table.headers] : [table.headers];
      await flushIfFull(jsonBytes(head), (titled ? 1 : 0) + at.width);
      if (titled) {
        const title = sheet.getRange(a1Range(at.titleRow, 0, 1, 1));
        title.values = [[table.title]];
        title.format.font.bold = true;
      }
      sheet.getRange(a1Range(at.headerRow, 0, 1, at.width)).values = [table.headers];
      written += (titled ? 1 : 0) + at.width;
      let done = 0;
      while (done < at.rows.length) {
        let bytes = 4; // the brackets around the values and the formats
        let count = 0;
        const rowFormatBytes = jsonBytes(at.formats) + 1; // + the comma between rows
        while (done + count < at.rows.length) {
          const next = jsonBytes(at.rows[done + count]) + 1 + rowFormatBytes;
          if (
            count > 0 &&
            (bytes + next > budget.payloadBytes || (count + 1) * at.width > budget.maxCells)
          )
            break;
          bytes += next;
          count += 1;
        }
        await flushIfFull(bytes, count * at.width);
        const body = sheet.getRange(a1Range(at.headerRow + 1 + done, 0, count, at.width));
        body.numberFormat = Array.from({ length: count }, () => at.formats);
        body.values = at.rows.slice(done, done + count);
        written += count * at.width;
        done += count;
      }
    }

    // Tables, autofit and charts: small requests, one sync.
    const widest = Math.max(...placed.map((p) => p.width));
    for (const at of placed) {
      const range = a1Range(at.headerRow, 0, 1 + Math.max(at.rows.length, 1), at.width);
      sheet.tables.add(range, true);
      sheet.getRange(range).format.autofitColumns();
    }
    (spec.charts ?? []).forEach((chart, i) => {
      const at = placed[chart.tableIndex] as Placed;
      const first = chart.columns[0] ?? 0;
      const source = sheet.getRange(
        a1Range(at.headerRow, first, 1 + (chart.rows ?? at.rows.length), chart.columns.length)
      );
      const made = sheet.charts.add(
        CHART_TYPES[chart.type],
        source,
        "Columns" as Excel.ChartSeriesBy
      );
      made.title.text = chart.title;
      const top = i * (CHART_ROWS + 1);
      made.setPosition(
        a1Range(top, widest + 1, 1, 1),
        a1Range(top + CHART_ROWS - 1, widest + CHART_COLUMNS, 1, 1)
      );
    });
    await context.sync();
    return { sheet: name, replaced, cellsWritten: written };
  } catch (error) {
    throw toExcelHostError(error, action);
  }
}
