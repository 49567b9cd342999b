/**
 * How many rows go in one `context.sync()`. Excel on the web refuses a request or response over
 * 5 MB, and every platform refuses more than 5,000,000 cells in one range read. The payload per
 * cell is unknown before reading, so the estimate is conservative; a chunk that still turns out too
 * large is retried with half the rows (see readRangeInChunks).
 */

/** Limits and the per-cell estimate used to size chunks. */
export interface ChunkBudget {
  /** Bytes a single sync may move; below Excel on the web's 5 MB to leave room for JSON framing. */
  payloadBytes: number;
  /** Estimated bytes per cell in the JSON Excel sends (a number, date serial or short text + ","). */
  bytesPerCell: number;
  /** Cells per range read (Excel's limit is 5,000,000). */
  maxCells: number;
}

/** Excel on the web's request/response limit: 5 MB. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Excel's limit of cells per range read. */
export const EXCEL_CELL_LIMIT = 5_000_000;

/** 4 MB (80 % of the limit) at 50 bytes a cell: 80,000 cells, e.g. 4,000 rows of 20 columns. */
export const DEFAULT_CHUNK_BUDGET: ChunkBudget = Object.freeze({
  payloadBytes: 4 * 1024 * 1024,
  bytesPerCell: 50,
  maxCells: EXCEL_CELL_LIMIT,
});

/** Rows per chunk for a range `columns` wide: at least 1. */
export function rowsPerChunk(columns: number, budget: ChunkBudget = DEFAULT_CHUNK_BUDGET): number {
  const cells = Math.min(Math.floor(budget.payloadBytes / budget.bytesPerCell), budget.maxCells);
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}
