/* global Excel */
/**
 * "Toon in blad" both ways, read-only: selecting a ledger's rows in the sheet they were read from,
 * and telling the pane which row the user selects there. Nothing here writes a value or a format:
 * the only calls that change anything are Worksheet.activate and Range(Areas).select.
 */
import type { SelectRowsRequest, SelectedRows, SheetRowPick } from "../../app";
import { cellText, columnIndexOfLetter } from "../../ledger";
import { a1Range } from "./a1-range";
import { resolveSource } from "./data-sources";
import { isExcelApiSupported, runExcel, runExcelIn } from "./excel-run";
import { ExcelHostError } from "./excel-host-error";

/**
 * Members only "Toon in blad" uses, each checked where it is used, so they do not raise the
 * adapter's minimum (MIN_EXCEL_API). Selecting several areas at once needs getRanges (1.9).
 */
export const EXCEL_SELECTION_FEATURES = {
  "Worksheet.activate": "1.1",
  "Range.select": "1.1",
  "Worksheet.getRanges": "1.9",
  "RangeAreas.select": "1.9",
  "Worksheet.onSelectionChanged": "1.7",
} as const;

/** How many invoice numbers to show in the message when rows no longer hold theirs. */
const SHOWN_MISMATCHES = 3;

/** Runs of adjacent sheet rows (1-based, sorted, distinct): [first, last] each. */
export function rowRuns(sheetRows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of sheetRows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * Selects the rows of `request` (within the source's columns) after checking that each still holds
 * its invoice number. Adjacent rows form one area; rows apart are separate areas of one selection
 * (ExcelApi 1.9), so exactly the requested rows are selected and none between them.
 */
export async function selectSheetRows(
  context: Excel.RequestContext,
  request: SelectRowsRequest
): Promise<SelectedRows> {
  const { block } = await resolveSource(context, request.sourceId);
  const sheetName = block.place.sheet;
  const expected = new Map<number, string>();
  for (const { sheetRow, invoiceId } of request.rows) expected.set(sheetRow, invoiceId);
  const rows = [...expected.keys()].sort((a, b) => a - b);
  if (rows.length === 0) {
    throw new ExcelHostError(
      "not-found",
      `There are no rows to show in '${sheetName}'.`,
      `Er zijn geen rijen om te tonen in '${sheetName}'.`,
      block.place
    );
  }
  const first = block.rowIndex + 1;
  const last = block.rowIndex + block.rowCount;
  const keyColumn = block.columnIndex + request.keyColumn;
  const inside = rows.filter((r) => r >= first && r <= last);
  const cells = inside.map((row) => {
    const cell = block.sheet.getRange(a1Range(row - 1, keyColumn, 1, 1));
    cell.load("values");
    return { row, cell };
  });
  await context.sync();
  const now = new Map<number, string>();
  for (const { row, cell } of cells) now.set(row, cellText(cell.values[0]?.[0]));
  const moved = rows.filter((row) => now.get(row) !== expected.get(row));
  if (moved.length > 0) throw movedError(block.place, moved, expected, now, sheetName);

  const runs = rowRuns(rows);
  const areas = runs.map(([a, b]) =>
    a1Range(a - 1, block.columnIndex, b - a + 1, block.columnCount)
  );
  const address = areas.join(",");
  if (areas.length > 1 && !isExcelApiSupported(EXCEL_SELECTION_FEATURES["Worksheet.getRanges"])) {
    throw new ExcelHostError(
      "unsupported",
      `These ${rows.length} rows lie apart in '${sheetName}'; selecting them at once needs Excel API 1.9 (Microsoft 365, Excel 2021 or Excel on the web). Rows: ${rows.join(", ")}.`,
      `Deze ${rows.length} rijen staan niet bij elkaar in '${sheetName}'; ze samen selecteren vraagt Excel API 1.9 (Microsoft 365, Excel 2021 of Excel op het web). Rijen: ${rows.join(", ")}.`,
      block.place
    );
  }
  block.sheet.activate();
  if (areas.length === 1) block.sheet.getRange(address).select();
  else block.sheet.getRanges(address).select();
  await context.sync();
  return { sheet: sheetName, address, rows: rows.length, areas: areas.length };
}

function movedError(
  place: { sheet: string; table?: string },
  moved: number[],
  expected: Map<number, string>,
  now: Map<number, string>,
  sheetName: string
): ExcelHostError {
  const shown = moved.slice(0, SHOWN_MISMATCHES);
  const what = (lang: "en" | "nl") =>
    shown
      .map((row) => {
        const was = expected.get(row) ?? "";
        const is = now.get(row);
        if (is === undefined)
          return lang === "en"
            ? `row ${row} (invoice ${was}) is no longer in the list`
            : `rij ${row} (factuur ${was}) valt buiten de lijst`;
        const holds = is === "" ? (lang === "en" ? "nothing" : "niets") : is;
        return lang === "en"
          ? `row ${row} held invoice ${was} and now holds ${holds}`
          : `rij ${row} bevatte factuur ${was} en bevat nu ${holds}`;
      })
      .join("; ");
  const more = moved.length - shown.length;
  const moreEn = more > 0 ? ` (and ${more} more)` : "";
  const moreNl = more > 0 ? ` (en nog ${more})` : "";
  return new ExcelHostError(
    "moved",
    `'${sheetName}' changed after it was read: ${what("en")}${moreEn}. Nothing was selected. Read the sheet again (Vernieuwen) and try once more.`,
    `'${sheetName}' is gewijzigd na het inlezen: ${what("nl")}${moreNl}. Er is niets geselecteerd. Lees het blad opnieuw in (Vernieuwen) en probeer het nog eens.`,
    { ...place, row: moved[0] as number }
  );
}

/**
 * The first cell of a selection address ("B12", "Blad1!B12:D14", "A3:G3,A7:G8"), 0-based; a whole
 * row ("5:5", the user clicked the row number) has column null; whole columns give null.
 */
export function firstCellOf(address: string): { row: number; column: number | null } | null {
  const text = address.trim().replace(/^.*!/, "");
  const wholeRow = /^\$?(\d+)(?::|,|$)/.exec(text);
  if (wholeRow) return { row: Number(wholeRow[1]) - 1, column: null };
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(text);
  if (!m) return null;
  const column = columnIndexOfLetter(m[1] as string);
  if (column === null) return null;
  return { row: Number(m[2]) - 1, column };
}

/** The text of one cell (0-based row and column) of sheet `sheetName`. */
async function cellTextAt(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  column: number
): Promise<string> {
  const cell = context.workbook.worksheets
    .getItemOrNullObject(sheetName)
    .getRange(a1Range(row, column, 1, 1));
  cell.load("values");
  await context.sync();
  return cellText(cell.values[0]?.[0]);
}

/**
 * Listens to the user's selections on the sheet of source `sourceId`: for a selection whose first
 * cell lies within the source, calls `listener` with its sheet row and the invoice number there now
 * (read in a batch of its own). Resolves with a function that removes the handler.
 */
export async function watchSheetSelection(
  request: { sourceId: string; keyColumn: number },
  listener: (pick: SheetRowPick) => void
): Promise<() => Promise<void>> {
  return runExcel(async (context) => {
    const { block } = await resolveSource(context, request.sourceId);
    const sheetName = block.place.sheet;
    const top = block.rowIndex;
    const bottom = block.rowIndex + block.rowCount - 1;
    const left = block.columnIndex;
    const right = block.columnIndex + block.columnCount - 1;
    const keyColumn = block.columnIndex + request.keyColumn;
    const handler = block.sheet.onSelectionChanged.add(async (event) => {
      const at = firstCellOf(event.address);
      if (at === null || at.row < top || at.row > bottom) return;
      if (at.column !== null && (at.column < left || at.column > right)) return;
      const invoiceId = await runExcel((ctx) =>
        cellTextAt(ctx, sheetName, at.row, keyColumn)
      ).catch(() => null);
      if (invoiceId !== null) listener({ sheetRow: at.row + 1, invoiceId });
    });
    await context.sync();
    return async () => {
      await runExcelIn(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}
