/**
 * A report sheet as a plain object: use-cases build it, a host writes it (src/excel as a sheet with
 * native tables and charts; the workbench can turn the same object into an xlsx download).
 */
import type { IsoDay, Cents } from "../../core";

/**
 * How a column is shown. `cents`: integer cents shown as euros; `date`: an ISO day written as an
 * Excel date; `percent`: a fraction (0.25 = 25 %); `integer`/`days`: whole numbers; `number`: two
 * decimals; `text`: kept as typed (so "00123" stays text).
 */
export type ReportFormat = "text" | "integer" | "days" | "number" | "cents" | "date" | "percent";

/** One cell of a report table; `cents` and `date` columns hold Cents and IsoDay values. */
export type ReportCell = string | number | boolean | null | Cents | IsoDay;

/** A titled table; `formats` has one entry per header (missing entries are `text`). */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: ReportCell[][];
  formats?: ReportFormat[];
}

/** A native chart type (a subset of Excel's). */
export type ReportChartType =
  "columnClustered" | "columnStacked" | "barClustered" | "line" | "pie" | "area";

/**
 * A chart over one table. `columns` are 0-based column indexes of that table forming one
 * contiguous block; the first is the category axis (bucket, month, customer), the rest the series.
 */
export interface ReportChart {
  title: string;
  type: ReportChartType;
  tableIndex: number;
  columns: number[];
  /**
   * Body rows the chart covers, from the first (default: all). Set it to leave a total row at the
   * bottom of the table out of the chart.
   */
  rows?: number;
}

/** A whole report sheet. `name` is the part after "Openstaand – " (the host adds the prefix). */
export interface ReportSheetSpec {
  name: string;
  tables: ReportTable[];
  charts?: ReportChart[];
}

/** What a host wrote. */
export interface WrittenReport {
  /** The full sheet name, "Openstaand – Rapport". */
  sheet: string;
  /** Whether an earlier sheet of Openstaand's with this name was replaced. */
  replaced: boolean;
  cellsWritten: number;
}
