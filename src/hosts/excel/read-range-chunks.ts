/* global Excel */
/** Reading a large block of values in row chunks: one sync per chunk, progress, cancellation. */
import type { ReadProgress } from "../../app";
import { a1Range } from "./a1-range";
import { DEFAULT_CHUNK_BUDGET, rowsPerChunk, type ChunkBudget } from "./chunk-budget";
import { ExcelHostError, isPayloadError, toExcelHostError } from "./excel-host-error";

/** The block to read: a sheet and 0-based position and size, with a label for messages. */
export interface RangeBlock {
  sheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** "the table 'Debiteuren' on sheet 'Blad1'" / "de tabel 'Debiteuren' op blad 'Blad1'" */
  label: { en: string; nl: string };
  place: { sheet: string; table?: string };
}

/** Options of {@link readRangeInChunks}. */
export interface ChunkReadOptions {
  budget?: ChunkBudget;
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /**
   * Receives each chunk (values and 0-based sheet row of its first row), in order, instead of
   * collecting: the task pane passes them on to the ledger worker chunk by chunk.
   */
  onChunk?: (values: unknown[][], rowIndex: number) => void;
}

/**
 * Reads `block` values only, in chunks sized by {@link rowsPerChunk}; a chunk Excel refuses as too
 * large is retried with half the rows (and later chunks keep the smaller size). Returns all rows
 * unless `onChunk` takes them. Throws ExcelHostError "cancelled" when `signal` aborts between chunks,
 * and maps every Excel failure to an ExcelHostError that names the block.
 */
export async function readRangeInChunks(
  context: Excel.RequestContext,
  block: RangeBlock,
  options: ChunkReadOptions = {}
): Promise<unknown[][]> {
  const { budget = DEFAULT_CHUNK_BUDGET, onProgress, signal, onChunk } = options;
  const rows: unknown[][] = [];
  let size = rowsPerChunk(block.columnCount, budget);
  let done = 0;
  while (done < block.rowCount) {
    if (signal?.aborted) {
      throw new ExcelHostError(
        "cancelled",
        `Reading ${block.label.en} was cancelled after ${done} of ${block.rowCount} rows.`,
        `Het lezen van ${block.label.nl} is afgebroken na ${done} van ${block.rowCount} rijen.`,
        block.place
      );
    }
    const count = Math.min(size, block.rowCount - done);
    const rowIndex = block.rowIndex + done;
    const range = block.sheet.getRange(
      a1Range(rowIndex, block.columnIndex, count, block.columnCount)
    );
    range.load("values");
    try {
      // One sync per chunk is the point: each stays under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isPayloadError(error) && count > 1) {
        size = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw toExcelHostError(error, {
        en: `Excel could not read rows ${rowIndex + 1}-${rowIndex + count} of ${block.label.en}`,
        nl: `Excel kon rij ${rowIndex + 1}-${rowIndex + count} van ${block.label.nl} niet lezen`,
        place: { ...block.place, row: rowIndex + 1 },
      });
    }
    const values = range.values as unknown[][];
    if (onChunk) onChunk(values, rowIndex);
    else for (const row of values) rows.push(row);
    done += count;
    onProgress?.({ rowsDone: done, rowsTotal: block.rowCount });
  }
  return rows;
}
