import type { DateSystem } from "../core/excel-serial";
import type { IsoDay } from "../core/day";

/** The values of a sheet or file as read by a host, with where they came from. */
export interface SheetValues {
  /** What the user would call the source: "Debiteuren (Blad1)", "demo-ledger.xlsx". */
  source: string;
  /** Rows of cell values as Excel gives them; values[0] is sheet row `firstRow`. */
  values: unknown[][];
  /** Sheet row number of values[0] (1-based). */
  firstRow: number;
  /** The workbook's date system; serials in `values` are in this system. */
  dateSystem: DateSystem;
}

/**
 * What the use-cases need from where they run: Excel (src/excel) or the standalone workbench over a
 * file or the demo ledger (src/files). The task pane calls use-cases, never a host directly.
 */
export interface Host {
  readonly kind: "excel" | "standalone";
  /** The day the analysis is "as of"; hosts read the clock, core never does. */
  today(): IsoDay;
  /** The open-items values the user points at (the active sheet, a file, the demo ledger). */
  readOpenItems(): Promise<SheetValues>;
}
